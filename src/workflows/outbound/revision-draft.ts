/**
 * The revised agenda or recap for a meeting, as it would go out now: the rep's edits on the
 * point (or the recap's outcome) the prospect last saw, what changed, and where it goes in
 * the thread. Nothing is saved here: the action page previews with it and
 * revise-and-send.ts sends it.
 */

import { composeAgendaRevision, composeRecapRevision } from '../../compose/compose-revision.js';
import { pointChanges, recapChanges } from '../../compose/revision-changes.js';
import type { ComposedEmail } from '../../compose/template-set.js';
import type { AppContext } from '../../context.js';
import type { Message, MessageKind } from '../../db/types.js';
import type { ActionTarget } from '../../domain/rep-actions.js';
import { AppError } from '../../errors.js';
import { previewConfirmationUrl } from '../../messages/links.js';
import { kindsAbout } from '../../messages/prospect-kinds.js';
import {
  agendaInput,
  agendaRecipients,
  blockedAddresses,
  loadMeetingForCompose,
  prospectTemplates,
} from './compose-meeting-agenda.js';
import { editedOutcome, loadRecapSource, recapInput } from './compose-meeting-recap.js';
import type { DraftEdits } from './edited-draft.js';

/** The rep's revision: edits to the point (agenda) or the outcome (recap), and a note to the prospect. */
export interface Revision {
  edits: DraftEdits;
  note?: string;
}

/** A revision ready to store: its email, recipients, threading and the lines that say what changed. */
export interface RevisionDraft extends ComposedEmail {
  kind: Extract<MessageKind, 'agenda_revision' | 'recap_revision'>;
  to: string[];
  cc: string[];
  changes: string[];
  inReplyTo: string | null;
  references: string | null;
  providerThreadId: string | null;
}

/**
 * The newest `target` email the prospects got (the one revised: the agenda or its last
 * revision, the recap or its last), and the prospect's reply to it when one came after it
 * (not an automatic one): the revision answers that reply, in the same thread.
 */
async function threadEnd(ctx: AppContext, meetingId: string, target: ActionTarget) {
  const original = await ctx.db.message.findFirst({
    where: { meetingId, kind: { in: kindsAbout(target) }, status: 'sent' },
    orderBy: { sentAt: 'desc' },
  });
  if (!original) {
    throw new AppError(
      'conflict',
      `No ${target} was sent for this meeting, so there is nothing to revise: edit the draft on its approval page.`,
    );
  }
  const answer = await ctx.db.confirmation.findFirst({
    where: {
      meetingId,
      target,
      source: 'reply',
      intent: { not: 'auto_reply' },
      inboundMessageId: { not: null },
      createdAt: { gt: original.sentAt ?? original.createdAt },
    },
    orderBy: { createdAt: 'desc' },
  });
  return { original, replyId: answer?.inboundMessageId ?? null };
}

/** Who a revision goes to: whom the email it revises went to, less anyone who opted out or bounces since. */
async function recipientsOf(ctx: AppContext, original: Message) {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const out = await blockedAddresses(ctx, [...list(original.to), ...list(original.cc)]);
  const keep = (e: string) => !out.has(e.toLowerCase());
  return { to: list(original.to).filter(keep), cc: list(original.cc).filter(keep) };
}

/** In-Reply-To and References for a reply to `last` (or to the prospect's answer to it). */
function threading(last: Message, replyId: string | null) {
  const lastId = last.sentMessageId ?? last.messageId;
  const references = [last.references, lastId, replyId].filter(Boolean).join(' ');
  return { inReplyTo: replyId ?? lastId, references, providerThreadId: last.providerThreadId };
}

const NOTHING_CHANGED =
  'Nothing changed: edit the point before sending a revision, or choose "Mark confirmed" or "Keep as is".';

/** The revision of `meetingId`'s agenda or recap with the rep's edits; throws when it changes nothing. */
export async function revisionDraft(
  ctx: AppContext,
  meetingId: string,
  revision: Revision,
  /** A preview: the confirmation link is a placeholder, and an unchanged point is no error. */
  opts: { preview?: boolean } = {},
): Promise<RevisionDraft> {
  const target = revision.edits.kind;
  const { original, replyId } = await threadEnd(ctx, meetingId, target);
  const { to, cc } = await recipientsOf(ctx, original);
  const goesTo = (email: string) => to.some((t) => t.toLowerCase() === email.toLowerCase());
  const note = { note: revision.note, originalSubject: original.subject };
  // The rep's preview must not carry the prospect's working link.
  const withLink = <T extends { confirmUrl: string }>(input: T): T =>
    opts.preview ? { ...input, confirmUrl: previewConfirmationUrl(ctx) } : input;
  let email: ComposedEmail;
  let changes: string[];
  if (revision.edits.kind === 'agenda') {
    const meeting = await loadMeetingForCompose(ctx, meetingId);
    // The greeting names the people it goes to, as the calendar names them.
    const recipients = (await agendaRecipients(ctx, meeting)).filter((r) => goesTo(r.email));
    const before = agendaInput(ctx, meeting, recipients, null).point;
    const input = withLink(agendaInput(ctx, meeting, recipients, revision.edits.edits));
    const templates = prospectTemplates(ctx, meeting);
    changes = pointChanges(before, input.point, templates.agendaRevision.language);
    email = composeAgendaRevision(templates, input, { ...note, changes });
  } else {
    const loaded = await loadRecapSource(ctx, meetingId);
    const source = { ...loaded, prospects: loaded.prospects.filter((p) => goesTo(p.email)) };
    const before = editedOutcome(source.outcome, null);
    const input = withLink(recapInput(ctx, source, revision.edits.edits));
    const templates = prospectTemplates(ctx, source.meeting);
    const { timeZone, start } = source.meeting;
    changes = recapChanges(before, input.outcome, timeZone, start, templates.recapRevision.language);
    email = composeRecapRevision(templates, input, { ...note, changes });
  }
  if (changes.length === 0 && !opts.preview) throw new AppError('bad_request', NOTHING_CHANGED);
  if (to.length === 0)
    throw new AppError('conflict', 'Nobody at this meeting can receive mail from agendum any more.');
  return {
    ...email,
    kind: target === 'agenda' ? 'agenda_revision' : 'recap_revision',
    to,
    cc,
    changes,
    ...threading(original, replyId),
  };
}
