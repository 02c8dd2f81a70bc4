/**
 * After a template is saved, the drafts still waiting for the rep (`drafted`,
 * `awaiting_approval`) that are written with it are rendered again with the new templates.
 * Mail already approved keeps what the rep approved, and sent mail is never touched (the
 * revision is conditional on the status, messages/revise-message.ts). A draft carrying the
 * rep's edits (`Message.edits`) is rendered with them on top, as a meeting change does.
 * A draft already placed in the rep's own mailbox (`draft` mode) is left as it is: the rep
 * may have edited it there, and agendum cannot read that copy back to tell, so a template
 * save must not write over it (a meeting that moved still does: its time would be wrong).
 */
import type { AppContext } from '../../context.js';
import { DEFAULT_LANGUAGE } from '../../domain/languages.js';
import { draftUsesTemplate } from '../../domain/template-usage.js';
import { type MessageContent, reviseUnsentMessage } from '../../messages/revise-message.js';
import { composeMeetingAgenda, loadMeetingForCompose } from '../outbound/compose-meeting-agenda.js';
import { composeMeetingRecap, loadRecapSource, type RecapEdits } from '../outbound/compose-meeting-recap.js';

/** What a save did to the waiting drafts. */
export interface RerenderResult {
  /** Drafts whose text changed. */
  rerendered: number;
  /** Of those, drafts rendered with their rep's edits kept on top. */
  keptEdits: number;
  /** Drafts already in their rep's mailbox, left as they are. */
  leftInMailbox: number;
}

type Waiting = {
  id: string;
  kind: string;
  meetingId: string | null;
  edits: unknown;
  providerDraftId: string | null;
};

async function newContent(ctx: AppContext, msg: Waiting & { meetingId: string }): Promise<MessageContent> {
  if (msg.kind === 'agenda') {
    const meeting = await loadMeetingForCompose(ctx, msg.meetingId);
    return composeMeetingAgenda(ctx, meeting, (msg.edits as null) ?? null);
  }
  const edits = (msg.edits as RecapEdits | null) ?? null;
  return composeMeetingRecap(ctx, await loadRecapSource(ctx, msg.meetingId), edits);
}

/** Renders again every waiting agenda and recap written with the file at `rel` (English). */
export async function rerenderDraftsFor(ctx: AppContext, rel: string): Promise<RerenderResult> {
  const set = ctx.templates.forLanguage(DEFAULT_LANGUAGE);
  const own = { agenda: new Set<string>(set.agenda.keys()), recap: new Set<string>(set.recap.keys()) };
  const waiting = await ctx.db.message.findMany({
    where: { status: { in: ['drafted', 'awaiting_approval'] }, kind: { in: ['agenda', 'recap'] } },
    select: {
      id: true,
      kind: true,
      meetingId: true,
      edits: true,
      providerDraftId: true,
      subject: true,
      text: true,
      html: true,
      meeting: { select: { stage: true } },
    },
  });
  const result: RerenderResult = { rerendered: 0, keptEdits: 0, leftInMailbox: 0 };
  for (const msg of waiting) {
    const kind = msg.kind as 'agenda' | 'recap';
    const stage = msg.meeting?.stage ?? 'discovery';
    if (!msg.meetingId || !draftUsesTemplate(rel, { kind, stage }, own[kind])) continue;
    const content = await newContent(ctx, { ...msg, meetingId: msg.meetingId });
    const same = content.subject === msg.subject && content.text === msg.text && content.html === msg.html;
    if (same) continue;
    if (msg.providerDraftId) {
      result.leftInMailbox += 1;
      continue;
    }
    if (!(await reviseUnsentMessage(ctx.db, msg.id, content))) continue;
    result.rerendered += 1;
    if (msg.edits) result.keptEdits += 1;
  }
  return result;
}
