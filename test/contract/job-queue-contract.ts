/**
 * The job queue's contract: what every engine (embedded, graphile-worker) must do, as one
 * suite each engine runs. Time is real here (graphile-worker keeps its own), so every check
 * is about order and counts, never about how fast the machine is.
 */
import { describe, expect, it } from 'vitest';
import type { JobKind } from '../../src/jobs/job-kinds.js';
import type { JobHandlers, JobQueue } from '../../src/jobs/job-queue.js';
import { createLogger } from '../../src/log.js';

export interface QueueRig {
  queue: JobQueue;
  cleanup(): Promise<void>;
}

type Calls = { kind: JobKind; payload: unknown; at: number }[];

/**
 * Handlers that record each call; `override` replaces some kinds. The sweep is not recorded:
 * graphile-worker's crontab enqueues one at every minute, whatever the test does.
 */
function recording(calls: Calls, override: Partial<JobHandlers> = {}): JobHandlers {
  const record = (kind: JobKind) => async (payload: unknown) => {
    calls.push({ kind, payload, at: Date.now() });
  };
  return {
    run_step: record('run_step'),
    sync_calendar: record('sync_calendar'),
    sync_inbox: record('sync_inbox'),
    channel_ensure: record('channel_ensure'),
    channel_renew: record('channel_renew'),
    channel_reopen: record('channel_reopen'),
    sweep: async () => {},
    ...override,
  } as JobHandlers;
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
}

/** Waits for `check` on the real clock, failing after `ms` (generous: CI is loaded). */
async function eventually(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const limit = Date.now() + ms;
  while (!check()) {
    if (Date.now() > limit) throw new Error(`${what}: not within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function describeJobQueueContract(name: string, make: () => Promise<QueueRig | null>) {
  describe(`job queue contract: ${name}`, () => {
    const withQueue = (fn: (q: JobQueue) => Promise<void>) => async (ctx: { skip: () => void }) => {
      const rig = await make();
      if (!rig) return ctx.skip();
      try {
        await fn(rig.queue);
      } finally {
        await rig.queue.stop(5_000);
        await rig.cleanup();
      }
    };

    it(
      'runs an enqueued job with its payload',
      withQueue(async (q) => {
        const calls: Calls = [];
        await q.start(recording(calls));
        await q.enqueue('run_step', { stepId: 's1' });
        await eventually('the job ran', () => calls.length === 1);
        expect(calls[0]).toMatchObject({ kind: 'run_step', payload: { stepId: 's1' } });
      }),
    );

    it(
      'names the job and its kind on every line logged while it runs',
      withQueue(async (q) => {
        const lines: string[] = [];
        const log = createLogger('info', (line) => lines.push(line));
        const calls: Calls = [];
        await q.start(
          recording(calls, {
            sync_inbox: async () => {
              await Promise.resolve();
              log.info('reading the inbox');
              calls.push({ kind: 'sync_inbox', payload: null, at: Date.now() });
            },
          }),
        );
        await q.enqueue('sync_inbox', { connectionId: 'c1' });
        await eventually('the job ran', () => calls.length === 1);
        log.info('outside any job');
        const [inJob, outside] = lines.map((l) => JSON.parse(l));
        expect(inJob).toMatchObject({ msg: 'reading the inbox', kind: 'sync_inbox' });
        expect(String(inJob.job)).not.toBe('');
        expect(outside.job).toBeUndefined();
      }),
    );

    it(
      'refuses a payload of the wrong shape, naming nothing it did',
      withQueue(async (q) => {
        await expect(q.enqueue('run_step', { stepId: 42 } as never)).rejects.toThrow(/stepId/);
      }),
    );

    it(
      'refuses to start without a handler for every kind',
      withQueue(async (q) => {
        const handlers = recording([]) as Partial<JobHandlers>;
        delete handlers.sweep;
        await expect(q.start(handlers as JobHandlers)).rejects.toThrow(/sweep/);
      }),
    );

    it(
      'does not run a job before its time',
      withQueue(async (q) => {
        const calls: Calls = [];
        await q.start(recording(calls));
        const runAt = new Date(Date.now() + 400);
        await q.enqueue('sync_calendar', { connectionId: 'c1' }, { runAt });
        await eventually('the job ran', () => calls.length === 1);
        expect(calls[0]?.at).toBeGreaterThanOrEqual(runAt.getTime());
      }),
    );

    it(
      'runs the same work enqueued twice while it waits once, with the later time and payload',
      withQueue(async (q) => {
        const calls: Calls = [];
        const soon = new Date(Date.now() + 200);
        await q.enqueue('sync_inbox', { connectionId: 'c1' }, { runAt: soon });
        const later = new Date(Date.now() + 600);
        await q.enqueue('sync_inbox', { connectionId: 'c1' }, { runAt: later });
        await q.start(recording(calls));
        await eventually('the job ran', () => calls.length === 1);
        await q.enqueue('sync_inbox', { connectionId: 'c2' });
        await eventually('a second job ran', () => calls.length === 2);
        expect(
          calls.filter((c) => (c.payload as { connectionId: string }).connectionId === 'c1'),
        ).toHaveLength(1);
        expect(calls[0]?.at).toBeGreaterThanOrEqual(later.getTime());
      }),
    );

    it(
      'keeps the earlier time when asked (a burst of notifications runs once, at the first)',
      withQueue(async (q) => {
        const calls: Calls = [];
        const first = new Date(Date.now() + 300);
        const last = new Date(Date.now() + 60_000);
        await q.enqueue('sync_calendar', { connectionId: 'c1' }, { runAt: first, timing: 'keep_earlier' });
        await q.enqueue('sync_calendar', { connectionId: 'c1' }, { runAt: last, timing: 'keep_earlier' });
        await q.start(recording(calls));
        await eventually('the job ran', () => calls.length === 1);
        expect(calls[0]?.at).toBeLessThan(last.getTime());
      }),
    );

    it(
      'runs work enqueued again while it runs once more, after the running one',
      withQueue(async (q) => {
        const events: string[] = [];
        const started = gate();
        const release = gate();
        let runs = 0;
        await q.start(
          recording([], {
            sync_calendar: async () => {
              runs++;
              events.push(`start ${runs}`);
              if (runs === 1) {
                started.open();
                await release.opened;
              }
              events.push(`end ${runs}`);
            },
          }),
        );
        await q.enqueue('sync_calendar', { connectionId: 'c1' });
        await started.opened;
        await q.enqueue('sync_calendar', { connectionId: 'c1' });
        release.open();
        await eventually('the second run ended', () => events.includes('end 2'));
        expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
      }),
    );

    it(
      "never runs two jobs of one connection's queue at once, but other queues side by side",
      withQueue(async (q) => {
        let channelActive = 0;
        let channelMax = 0;
        const both = gate();
        let calendarRunning = false;
        let inboxRunning = false;
        const meet = async (mine: 'calendar' | 'inbox') => {
          if (mine === 'calendar') calendarRunning = true;
          else inboxRunning = true;
          if (calendarRunning && inboxRunning) both.open();
          await both.opened;
        };
        const channel = async () => {
          channelActive++;
          channelMax = Math.max(channelMax, channelActive);
          await new Promise((r) => setTimeout(r, 100));
          channelActive--;
        };
        const done: string[] = [];
        await q.start(
          recording([], {
            sync_calendar: async () => {
              await meet('calendar');
              done.push('calendar');
            },
            sync_inbox: async () => {
              await meet('inbox');
              done.push('inbox');
            },
            channel_ensure: async () => {
              await channel();
              done.push('ensure');
            },
            channel_renew: async () => {
              await channel();
              done.push('renew');
            },
            channel_reopen: async () => {
              await channel();
              done.push('reopen');
            },
          }),
        );
        const c = { connectionId: 'c1' };
        await q.enqueue('channel_ensure', c);
        await q.enqueue('channel_renew', c);
        await q.enqueue('channel_reopen', c);
        await q.enqueue('sync_calendar', c);
        await q.enqueue('sync_inbox', c);
        await eventually('all five ran', () => done.length === 5);
        expect(channelMax).toBe(1);
        expect(done).toEqual(expect.arrayContaining(['calendar', 'inbox']));
      }),
    );

    it(
      'runs a job whose handler threw again',
      withQueue(async (q) => {
        let attempts = 0;
        await q.start(
          recording([], {
            channel_ensure: async () => {
              attempts++;
              if (attempts === 1) throw new Error('provider down for a moment');
            },
          }),
        );
        await q.enqueue('channel_ensure', { connectionId: 'c1' });
        await eventually('the retry ran', () => attempts === 2);
      }),
    );

    it(
      'lets a running job finish on stop, and takes no job after',
      withQueue(async (q) => {
        const started = gate();
        let finished = false;
        const calls: Calls = [];
        await q.start(
          recording(calls, {
            sync_calendar: async () => {
              started.open();
              await new Promise((r) => setTimeout(r, 200));
              finished = true;
            },
          }),
        );
        await q.enqueue('sync_calendar', { connectionId: 'c1' });
        await started.opened;
        await q.stop(10_000);
        expect(finished).toBe(true);
        await q.enqueue('run_step', { stepId: 'after-stop' });
        await new Promise((r) => setTimeout(r, 300));
        expect(calls).toHaveLength(0);
      }),
    );
  });
}
