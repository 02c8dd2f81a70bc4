/**
 * The next step agreed at a meeting becomes the point of the next meeting with the same
 * account: re-resolve the point of later meetings (unless their own description or the
 * rep set one) and refresh their unsent agenda drafts.
 */
import type { AppContext } from '../../context.js';
import { resolvePoint } from '../../domain/resolve-point.js';
import type { MeetingPoint } from '../../domain/types.js';
import { refreshAgendaDraft } from '../outbound/refresh-agenda-draft.js';
import { findCarriedNextStep } from './find-carried-next-step.js';

/** Applies a meeting's recorded next step to the account's later meetings; returns how many changed. */
export async function carryForward(ctx: AppContext, meetingId: string): Promise<number> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  if (!meeting.accountId) return 0;
  const later = await ctx.db.meeting.findMany({
    where: {
      accountId: meeting.accountId,
      start: { gt: meeting.start },
      isProspect: true,
      status: { not: 'cancelled' },
    },
  });
  let changed = 0;
  for (const next of later) {
    const source = next.pointSource as Partial<MeetingPoint['source']>;
    if (source.purpose === 'event' || source.purpose === 'rep_edit') continue;
    const carried = await findCarriedNextStep(ctx.db, meeting.accountId, next.start, next.id);
    const { point } = resolvePoint({ event: next, playbook: ctx.playbook, carried });
    if (point.purpose === next.purpose) continue;
    await ctx.db.meeting.update({
      where: { id: next.id },
      data: { purpose: point.purpose, pointSource: { ...source, purpose: point.source.purpose } },
    });
    const draft = await ctx.db.message.findFirst({
      where: {
        meetingId: next.id,
        kind: 'agenda',
        status: { in: ['drafted', 'awaiting_approval', 'approved'] },
      },
    });
    if (draft) await refreshAgendaDraft(ctx, draft.id);
    changed++;
  }
  return changed;
}
