/**
 * The email a template file makes, for the editor's preview and the check before a save:
 * the file's own template rendered with real data when the caller has a meeting (an
 * agenda), else with the sample data beside the templates (preview-data.ts). A partial is
 * shown in the email that uses it; the playbook makes no email (its check is the parse).
 */
import { STAGES, type Stage } from '../domain/types.js';
import { type AgendaInput, agendaView } from './compose-agenda.js';
import { composeApprovalRequest } from './compose-approval-request.js';
import { composeNotSendingNotice } from './compose-not-sending-notice.js';
import { composeNudge } from './compose-nudge.js';
import { recapView } from './compose-recap.js';
import { composeRecapPrompt } from './compose-recap-prompt.js';
import { composeRepNotice } from './compose-rep-notice.js';
import { composeAgendaRevision, composeRecapRevision } from './compose-revision.js';
import {
  PREVIEW_AGENDA,
  PREVIEW_AGENDA_REVISION,
  PREVIEW_NOT_SENDING,
  PREVIEW_NUDGE,
  PREVIEW_RECAP,
  PREVIEW_RECAP_PROMPT,
  PREVIEW_REP_NOTICE,
  previewApprovalRequest,
} from './preview-data.js';
import { type ComposedEmail, type EmailTemplate, renderEmail, type TemplateSet } from './template-set.js';

/** Which email a file is previewed in. */
export type PreviewKind = 'agenda' | 'recap' | 'agenda_revision' | 'recap_revision' | 'notify' | 'playbook';

const asStage = (name: string): Stage | undefined => STAGES.find((s) => s === name);

/** The stage a file of `agenda/` or `recap/` is for (undefined for `default.hbs` and others). */
export function stageOfPath(rel: string): Stage | undefined {
  const m = /^(?:agenda|recap)\/([\w-]+)\.hbs$/.exec(rel);
  return m?.[1] ? asStage(m[1]) : undefined;
}

/** The kind of email `rel` is shown in; partials by their name (recap-…, rep-actions-…, else agenda). */
export function previewKindOf(rel: string): PreviewKind {
  if (rel === 'playbook.yaml') return 'playbook';
  if (rel.startsWith('agenda/')) return 'agenda';
  if (rel.startsWith('recap/')) return 'recap';
  if (rel === 'revision/agenda.hbs') return 'agenda_revision';
  if (rel === 'revision/recap.hbs') return 'recap_revision';
  if (rel.startsWith('notify/') || rel.startsWith('partials/rep-actions')) return 'notify';
  if (rel.startsWith('partials/recap')) return 'recap';
  return 'agenda';
}

function byStage(map: TemplateSet['agenda'], rel: string, stage: Stage): EmailTemplate {
  const own = rel.endsWith('/default.hbs') ? map.get('default') : map.get(stage);
  return own ?? (map.get('default') as EmailTemplate);
}

function notifyEmail(set: TemplateSet, rel: string): ComposedEmail {
  switch (rel) {
    case 'notify/approval-request.hbs':
      return composeApprovalRequest(set, previewApprovalRequest(set));
    case 'notify/recap-prompt.hbs':
      return composeRecapPrompt(set, PREVIEW_RECAP_PROMPT);
    case 'notify/nudge.hbs':
      return composeNudge(set, PREVIEW_NUDGE);
    case 'notify/not-sending.hbs':
      return composeNotSendingNotice(set, PREVIEW_NOT_SENDING);
    default:
      // notify/rep-notice.hbs and the rep-actions partials it shows.
      return composeRepNotice(set, PREVIEW_REP_NOTICE);
  }
}

/**
 * The email `rel` makes with `set` (compiled with the edited text). `agenda` is a real
 * meeting's agenda data; without it the sample is used, in the file's own stage. Throws
 * AppError('template_invalid') with the position when it does not render. Null for the playbook.
 */
export function previewTemplateEmail(
  set: TemplateSet,
  rel: string,
  agenda?: AgendaInput,
): ComposedEmail | null {
  const kind = previewKindOf(rel);
  const stage = stageOfPath(rel);
  switch (kind) {
    case 'playbook':
      return null;
    case 'agenda': {
      const input = agenda ?? { ...PREVIEW_AGENDA, stage: stage ?? PREVIEW_AGENDA.stage };
      return renderEmail(byStage(set.agenda, rel, input.stage), agendaView(input));
    }
    case 'recap': {
      const input = { ...PREVIEW_RECAP, stage: stage ?? PREVIEW_RECAP.stage };
      return renderEmail(byStage(set.recap, rel, input.stage), recapView(input));
    }
    case 'agenda_revision':
      return composeAgendaRevision(set, PREVIEW_AGENDA_REVISION.input, PREVIEW_AGENDA_REVISION.revision);
    case 'recap_revision':
      return composeRecapRevision(set, PREVIEW_RECAP, PREVIEW_AGENDA_REVISION.revision);
    case 'notify':
      return notifyEmail(set, rel);
  }
}
