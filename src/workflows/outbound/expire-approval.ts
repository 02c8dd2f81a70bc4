/**
 * An agenda is about a meeting that has not happened yet: once the meeting starts, the
 * rep's approval of it has expired. Its approval is refused from then on, and the agenda
 * (in the approval request or the rep's Drafts) is withdrawn with the reason "approval
 * expired", at the latest when the recap prompt runs after the meeting.
 */
import type { AppContext } from '../../context.js';
import { kindsAbout } from '../../messages/prospect-kinds.js';
import { retractMessages } from './retract-unsent.js';

/** True when `message` is an agenda (or its revision) whose meeting has started by now. */
export function approvalExpired(
  ctx: Pick<AppContext, 'clock'>,
  message: { kind: string },
  meeting: { start: Date } | null,
): boolean {
  return (
    (kindsAbout('agenda') as string[]).includes(message.kind) && !!meeting && meeting.start <= ctx.clock()
  );
}

/** Withdraws the meeting's agendas still waiting for approval once it has started; returns how many. */
export async function expireUnapprovedAgendas(ctx: AppContext, meetingId: string): Promise<number> {
  const meeting = await ctx.db.meeting.findUnique({ where: { id: meetingId }, select: { start: true } });
  if (!meeting || meeting.start > ctx.clock()) return 0;
  const waiting = await ctx.db.message.findMany({
    where: {
      meetingId,
      kind: { in: kindsAbout('agenda') },
      status: { in: ['drafted', 'awaiting_approval'] },
    },
  });
  return retractMessages(ctx, waiting, 'approval expired', 'the meeting started before the rep approved it');
}
