/**
 * The `nudge_approval` step: the meeting is near and its agenda still waits for the rep's
 * approval (approval request or Drafts), so the rep gets one reminder with a fresh link to
 * the approval page; the first link may have expired or sunk in the inbox.
 */

import type { AppContext } from '../../context.js';
import type { MessageStatus } from '../../db/types.js';
import type { StepResult } from '../../jobs/step-kinds.js';
import { approvalUrl } from '../../messages/links.js';
import { loadMeetingForCompose } from './compose-meeting-agenda.js';
import { sendNudge } from './send-nudge.js';

/** Why there is nothing to remind of, by the agenda's status. */
const DECIDED: Partial<Record<MessageStatus, string>> = {
  drafted: 'the agenda has not reached the rep for approval yet',
  approved: 'the rep approved the agenda',
  sending: 'the rep approved the agenda',
  sent: 'the agenda was sent',
  skipped: 'the rep skipped the agenda',
  retracted: 'the agenda was withdrawn',
  failed: 'the agenda failed to send',
};

const skipped = (detail: string): StepResult => ({ outcome: 'skipped', detail });

/** Runs the step for one meeting; skipped, with the reason, unless a draft still awaits approval. */
export async function remindApproval(ctx: AppContext, meetingId: string): Promise<StepResult> {
  const meeting = await loadMeetingForCompose(ctx, meetingId);
  if (!meeting.isProspect || meeting.status === 'cancelled') return skipped('meeting cancelled');
  if (meeting.start <= ctx.clock()) return skipped('meeting already started');
  const agenda = await ctx.db.message.findFirst({
    where: { meetingId, kind: 'agenda' },
    orderBy: { createdAt: 'desc' },
  });
  if (!agenda) return skipped('no agenda drafted yet, so nothing awaits approval');
  if (agenda.status !== 'awaiting_approval')
    return skipped(DECIDED[agenda.status] ?? `agenda is ${agenda.status}`);
  // A step run again after a crash must not remind twice.
  const earlier = await ctx.db.message.findFirst({ where: { kind: 'nudge', subjectMessageId: agenda.id } });
  if (earlier) return skipped('the rep was already reminded');
  await sendNudge(
    ctx,
    meeting,
    {
      kind: 'approval',
      approveUrl: approvalUrl(ctx, agenda, meeting),
      inDrafts: agenda.providerDraftId !== null,
    },
    agenda.id,
  );
  return { outcome: 'done', detail: 'rep reminded: agenda awaiting approval' };
}
