/**
 * Decides a meeting's steps after every change: schedule (or move) the agenda draft, the
 * nudges and the recap prompt, refresh a draft that is waiting for approval when the
 * meeting moved, or retract everything unsent when the meeting is cancelled or no longer
 * a prospect meeting.
 */
import type { AppContext } from '../../context.js';
import { planAgendaDraft } from '../../domain/plan-agenda.js';
import { planFollowUps } from '../../domain/plan-follow-ups.js';
import { cancelPendingSteps, scheduleStep } from '../../jobs/schedule-step.js';
import { refreshAgendaDraft } from '../outbound/refresh-agenda-draft.js';
import { retractUnsentMessages } from '../outbound/retract-unsent.js';
import { toRepProfile } from '../reps/rep-profile.js';
import { applyNudgePlan } from './apply-nudge-plan.js';

type PlannedMeeting = {
  id: string;
  start: Date;
  end: Date;
  rep: Parameters<typeof toRepProfile>[0] & { unconfirmedNudgeMinutes: number };
};

/** Schedules (or moves) the recap prompt and the nudges before the meeting. */
async function planFollowUpSteps(ctx: AppContext, meeting: PlannedMeeting): Promise<void> {
  const profile = toRepProfile(meeting.rep);
  const plan = planFollowUps(
    meeting,
    {
      ...profile,
      unconfirmedNudgeMinutes: meeting.rep.unconfirmedNudgeMinutes,
      // One setting for every rep: the Rep row has no column of its own for it yet.
      approvalReminderMinutes: ctx.config.repDefaults.approvalReminderMinutes,
    },
    ctx.clock(),
  );
  await scheduleStep(ctx, {
    kind: 'recap_prompt',
    payload: { meetingId: meeting.id },
    dueAt: plan.recapPromptAt,
    meetingId: meeting.id,
  });
  await applyNudgePlan(ctx, 'nudge_unconfirmed', meeting.id, plan.unconfirmedNudge);
  await applyNudgePlan(ctx, 'nudge_approval', meeting.id, plan.approvalReminder);
}

type ChangeKind = 'new' | 'moved' | 'cancelled' | 'uncancelled' | 'details' | 'unchanged';

/** Plans (or re-plans) one meeting; returns a short description for logs and tests. */
export async function planMeeting(ctx: AppContext, meetingId: string, change: ChangeKind): Promise<string> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { rep: true },
  });
  if (!meeting.isProspect || meeting.status === 'cancelled') {
    const why =
      meeting.status === 'cancelled' ? 'meeting cancelled' : `not a prospect meeting: ${meeting.reason}`;
    const cancelled = await cancelPendingSteps(ctx.db, meeting.id, why);
    const reason = meeting.status === 'cancelled' ? 'meeting cancelled' : 'not a prospect meeting';
    const retracted = await retractUnsentMessages(ctx, meeting.id, reason, why);
    return `retracted ${retracted} message(s), cancelled ${cancelled} step(s): ${why}`;
  }

  await planFollowUpSteps(ctx, meeting);
  const agenda = await ctx.db.message.findFirst({
    where: { meetingId, kind: 'agenda', status: { notIn: ['retracted', 'skipped', 'failed'] } },
  });
  if (agenda) {
    if (agenda.status === 'sent' || agenda.status === 'sending') return 'agenda already sent';
    if (change === 'moved' || change === 'details') {
      await refreshAgendaDraft(ctx, agenda.id);
      return 'agenda draft refreshed';
    }
    return 'agenda already drafted';
  }

  const plan = planAgendaDraft(meeting, toRepProfile(meeting.rep), ctx.clock());
  if ('skip' in plan) {
    await cancelPendingSteps(ctx.db, meeting.id, plan.skip);
    return plan.skip;
  }
  const res = await scheduleStep(ctx, {
    kind: 'draft_agenda',
    payload: { meetingId: meeting.id },
    dueAt: plan.dueAt,
    meetingId: meeting.id,
  });
  return `agenda draft ${res} for ${plan.dueAt.toISOString()} (${plan.note})`;
}
