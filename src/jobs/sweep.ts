/**
 * The periodic sweep: the source of truth behind push. It enqueues every poll that is due
 * (a calendar without a live push channel every CALENDAR_POLL_SECONDS, with one only as a
 * safety net every CALENDAR_SAFETY_SYNC_MINUTES; an inbox every INBOX_POLL_SECONDS while
 * mail is expected in it and no push watch is live, else every INBOX_IDLE_POLL_MINUTES;
 * a local folder every
 * LOCAL_POLL_SECONDS), channel upkeep before a channel lapses, and any
 * due step that has no job (a crash between writing the step and enqueueing it; a claim
 * that lapsed). Enqueueing is keyed, so a sweep that overlaps a webhook adds nothing.
 */
import type { AppContext } from '../context.js';
import type { Prisma } from '../db/types.js';

/** How long past due a step may wait for its own job before the sweep enqueues it again. */
const STEP_GRACE_MS = 30_000;

type SweepConnection = {
  id: string;
  provider: string;
  calendarPolledAt: Date | null;
  inboxPolledAt: Date | null;
  mailExpectedUntil: Date | null;
  mailPushUntil: Date | null;
  channelExpiresAt: Date | null;
};

function olderThan(at: Date | null, ms: number, now: number): boolean {
  return !at || now - at.getTime() >= ms;
}

/** What the sweep should enqueue for one connection, decided from its stored times alone. */
export function duePolls(
  c: SweepConnection,
  now: number,
  cfg: AppContext['config'],
): { calendar: boolean; inbox: boolean; channel: boolean } {
  const s = cfg.sync;
  const local = c.provider === 'local';
  const channelLive = Boolean(c.channelExpiresAt && c.channelExpiresAt.getTime() > now);
  const calendarEvery = local
    ? s.localPollSeconds * 1000
    : channelLive
      ? cfg.push.safetySyncMinutes * 60_000
      : s.calendarPollSeconds * 1000;
  // An inbox is polled often only when a poll is what brings news: agendum expects mail in
  // it (it sent from it lately, or a draft of its waits there) and no push watch is live.
  // Otherwise the poll is a rare safety net and an idle rep costs a few calls a day.
  const expectingMail = Boolean(c.mailExpectedUntil && c.mailExpectedUntil.getTime() > now);
  const pushLive = Boolean(c.mailPushUntil && c.mailPushUntil.getTime() > now);
  const inboxEvery = local
    ? s.localPollSeconds * 1000
    : expectingMail && !pushLive
      ? s.inboxPollSeconds * 1000
      : s.inboxIdlePollMinutes * 60_000;
  const renewFrom = (c.channelExpiresAt?.getTime() ?? 0) - cfg.push.renewBeforeMinutes * 60_000;
  return {
    calendar: olderThan(c.calendarPolledAt, calendarEvery, now),
    inbox: olderThan(c.inboxPolledAt, inboxEvery, now),
    channel: !local && cfg.push.enabled && Boolean(c.channelExpiresAt) && now >= renewFrom,
  };
}

/**
 * duePolls' rules as a query: the active connections something may be due for, so a sweep
 * of 10,000 idle reps reads the few that are due instead of every row every second.
 * duePolls still decides; a connection this lets through needlessly costs only its read.
 * Nulls are spelled out: `NOT (x > now)` is not true when x is null.
 */
export function mayBeDue(now: Date, cfg: AppContext['config']): Prisma.ConnectionWhereInput {
  const t = now.getTime();
  const ago = (ms: number) => new Date(t - ms);
  const { sync: s, push } = cfg;
  const local = { provider: 'local' } as const;
  const remote = { provider: { not: 'local' } } as const;
  const notLive = (field: 'channelExpiresAt' | 'mailPushUntil'): Prisma.ConnectionWhereInput => ({
    OR: [{ [field]: null }, { [field]: { lte: now } }],
  });
  const localEvery = ago(s.localPollSeconds * 1000);
  return {
    status: 'active',
    OR: [
      { calendarPolledAt: null },
      { inboxPolledAt: null },
      { ...local, OR: [{ calendarPolledAt: { lte: localEvery } }, { inboxPolledAt: { lte: localEvery } }] },
      {
        ...remote,
        channelExpiresAt: { gt: now },
        calendarPolledAt: { lte: ago(push.safetySyncMinutes * 60_000) },
      },
      {
        ...remote,
        AND: [notLive('channelExpiresAt')],
        calendarPolledAt: { lte: ago(s.calendarPollSeconds * 1000) },
      },
      {
        ...remote,
        mailExpectedUntil: { gt: now },
        AND: [notLive('mailPushUntil')],
        inboxPolledAt: { lte: ago(s.inboxPollSeconds * 1000) },
      },
      { ...remote, inboxPolledAt: { lte: ago(s.inboxIdlePollMinutes * 60_000) } },
      ...(push.enabled
        ? [
            {
              ...remote,
              channelExpiresAt: { not: null, lte: new Date(t + push.renewBeforeMinutes * 60_000) },
            },
          ]
        : []),
    ],
  };
}

/**
 * Instances that died holding steps: their jobs were unlocked by the queue; the steps they
 * had claimed go back to pending at once instead of waiting out their lease.
 */
async function freeStepsOfLostInstances(ctx: AppContext): Promise<number> {
  const lost = await ctx.jobs.releaseLost();
  if (lost.length === 0) return 0;
  const held = await ctx.db.step.findMany({
    where: { status: 'running', lockedBy: { in: lost } },
    select: { id: true },
  });
  for (const { id } of held) {
    await ctx.db.step.updateMany({
      where: { id, status: 'running', lockedBy: { in: lost } },
      data: { status: 'pending', lockedUntil: null, lockedBy: null, dueAt: ctx.clock() },
    });
    await ctx.jobs.enqueue('run_step', { stepId: id });
  }
  ctx.log.warn('instances stopped without shutting down: their work runs again', {
    instances: lost.length,
    steps: held.length,
  });
  return held.length;
}

/** Runs one sweep; returns how many jobs it enqueued. */
export async function sweep(ctx: AppContext, opts: { stepsGraceMs?: number } = {}): Promise<number> {
  let enqueued = await freeStepsOfLostInstances(ctx);
  const now = ctx.clock();
  const t = now.getTime();
  const connections = await ctx.db.connection.findMany({
    where: mayBeDue(now, ctx.config),
    select: {
      id: true,
      provider: true,
      calendarPolledAt: true,
      inboxPolledAt: true,
      mailExpectedUntil: true,
      mailPushUntil: true,
      channelExpiresAt: true,
    },
  });
  for (const c of connections) {
    const due = duePolls(c, t, ctx.config);
    const payload = { connectionId: c.id };
    if (due.calendar) await ctx.jobs.enqueue('sync_calendar', payload, { timing: 'keep_earlier' });
    if (due.inbox) await ctx.jobs.enqueue('sync_inbox', payload, { timing: 'keep_earlier' });
    if (due.channel) await ctx.jobs.enqueue('channel_ensure', payload, { timing: 'keep_earlier' });
    enqueued += Number(due.calendar) + Number(due.inbox) + Number(due.channel);
  }
  const before = new Date(t - (opts.stepsGraceMs ?? STEP_GRACE_MS));
  const steps = await ctx.db.step.findMany({
    where: {
      OR: [
        { status: 'pending', dueAt: { lte: before } },
        { status: 'running', lockedUntil: { lt: now } },
      ],
    },
    select: { id: true },
    take: 500,
  });
  for (const s of steps) await ctx.jobs.enqueue('run_step', { stepId: s.id }, { timing: 'keep_earlier' });
  return enqueued + steps.length;
}
