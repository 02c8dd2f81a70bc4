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
import { kindsAbout, PROSPECT_KINDS } from '../../messages/prospect-kinds.js';
import { agendaInput, agendaRecipients, loadMeetingForCompose } from './compose-meeting-agenda.js';
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
 * The newest message of the thread, the newest `target` email (the one revised), and the
 * prospect's reply when it came after them: the revision answers that reply.
 */
async function threadEnd(ctx: AppContext, meetingId: string, target: ActionTarget) {
  const last = await ctx.db.message.findFirst({
    where: { meetingId, kind: { in: [...PROSPECT_KINDS] }, status: 'sent' },
    orderBy: { sentAt: 'desc' },
  });
  const original = await ctx.db.message.findFirst({
    where: {
      meetingId,
      kind: { in: kindsAbout(target) },
      status: 'sent',
    },
    orderBy: { sentAt: 'desc' },
  });
  if (!last || !original) {
    throw new AppError(
      'conflict',
      `No ${target} was sent for this meeting, so there is nothing to revise: edit the draft on its approval page.`,
    );
  }
  const answer = await ctx.db.confirmation.findFirst({
    where: {
      meetingId,
      source: 'reply',
      inboundMessageId: { not: null },
      createdAt: { gt: last.sentAt ?? last.createdAt },
    },
    orderBy: { createdAt: 'desc' },
  });
  return { last, original, replyId: answer?.inboundMessageId ?? null };
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
  const { last, original, replyId } = await threadEnd(ctx, meetingId, target);
  const note = { note: revision.note, originalSubject: original.subject };
  // The rep's preview must not carry the prospect's working link.
  const withLink = <T extends { confirmUrl: string }>(input: T): T =>
    opts.preview ? { ...input, confirmUrl: previewConfirmationUrl(ctx) } : input;
  let email: ComposedEmail;
  let changes: string[];
  let to: string[];
  if (revision.edits.kind === 'agenda') {
    const meeting = await loadMeetingForCompose(ctx, meetingId);
    const recipients = await agendaRecipients(ctx, meeting);
    const before = agendaInput(ctx, meeting, recipients, null).point;
    const input = withLink(agendaInput(ctx, meeting, recipients, revision.edits.edits));
    changes = pointChanges(before, input.point);
    email = composeAgendaRevision(ctx.templates, input, { ...note, changes });
    to = recipients.map((r) => r.email);
  } else {
    const source = await loadRecapSource(ctx, meetingId);
    const before = editedOutcome(source.outcome, null);
    const input = withLink(recapInput(ctx, source, revision.edits.edits));
    changes = recapChanges(before, input.outcome, source.meeting.timeZone, source.meeting.start);
    email = composeRecapRevision(ctx.templates, input, { ...note, changes });
    to = source.prospects.map((p) => p.email);
  }
  if (changes.length === 0 && !opts.preview) throw new AppError('bad_request', NOTHING_CHANGED);
  if (to.length === 0)
    throw new AppError('conflict', 'Nobody at this meeting can receive mail from agendum any more.');
  return {
    ...email,
    kind: target === 'agenda' ? 'agenda_revision' : 'recap_revision',
    to,
    cc: (last.cc as string[] | null) ?? [],
    changes,
    ...threading(last, replyId),
  };
}
