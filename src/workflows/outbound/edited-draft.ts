/**
 * A draft with the rep's edits from the approval page: an agenda's subject and point, or a
 * recap's outcome. The edits are tagged with the kind of draft they were made on, so edits
 * posted for one kind never re-render the other. A preview of them is rendered with the
 * preview confirmation link, so no page ever carries a link that confirms for the prospect.
 */

import { toHeaderText } from '../../compose/clean-text.js';
import { composeAgenda } from '../../compose/compose-agenda.js';
import { composeRecap } from '../../compose/compose-recap.js';
import type { ComposedEmail } from '../../compose/template-set.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { previewConfirmationUrl } from '../../messages/links.js';
import type { MessageContent } from '../../messages/revise-message.js';
import {
  type AgendaEdits,
  agendaInput,
  agendaRecipients,
  composeMeetingAgenda,
  loadMeetingForCompose,
  prospectTemplates,
} from './compose-meeting-agenda.js';
import {
  composeMeetingRecap,
  loadRecapSource,
  type RecapEdits,
  recapInput,
} from './compose-meeting-recap.js';

/** The rep's edits to one draft. */
export type DraftEdits = { kind: 'agenda'; edits: AgendaEdits } | { kind: 'recap'; edits: RecapEdits };

/** True when `draft` changes anything. */
export function hasEdits(draft: DraftEdits | undefined): draft is DraftEdits {
  return draft !== undefined && Object.values(draft.edits).some((v) => v !== undefined);
}

function checkKind(msg: { kind: string; meetingId: string | null }, draft: DraftEdits): string {
  if (!msg.meetingId || draft.kind !== msg.kind) {
    throw new AppError(
      'conflict',
      `These edits are for ${draft.kind === 'agenda' ? 'an agenda' : 'a recap'}; reload the page.`,
    );
  }
  return msg.meetingId;
}

/** The draft's content rendered again with the rep's edits. */
export async function renderEditedDraft(
  ctx: AppContext,
  msg: { kind: string; meetingId: string | null },
  draft: DraftEdits,
): Promise<MessageContent> {
  const meetingId = checkKind(msg, draft);
  if (draft.kind === 'agenda') {
    return composeMeetingAgenda(ctx, await loadMeetingForCompose(ctx, meetingId), draft.edits);
  }
  return composeMeetingRecap(ctx, await loadRecapSource(ctx, meetingId), draft.edits);
}

/**
 * The draft with the rep's edits as renderEditedDraft makes it, but with the preview
 * confirmation link (links.ts) in place of the prospect's: for the page, never for sending.
 */
export async function renderEditedPreview(
  ctx: AppContext,
  msg: { kind: string; meetingId: string | null },
  draft: DraftEdits,
): Promise<ComposedEmail> {
  const meetingId = checkKind(msg, draft);
  const confirmUrl = previewConfirmationUrl(ctx);
  if (draft.kind === 'agenda') {
    const meeting = await loadMeetingForCompose(ctx, meetingId);
    const input = agendaInput(ctx, meeting, await agendaRecipients(ctx, meeting), draft.edits);
    const email = composeAgenda(prospectTemplates(ctx, meeting), { ...input, confirmUrl });
    // As composeMeetingAgenda does: an edited subject replaces the template's.
    if (draft.edits.subject?.trim()) email.subject = toHeaderText(draft.edits.subject);
    return email;
  }
  const source = await loadRecapSource(ctx, meetingId);
  const input = recapInput(ctx, source, draft.edits);
  return composeRecap(prospectTemplates(ctx, source.meeting), { ...input, confirmUrl });
}
