/** The job handlers' timing wrapper: every run reported with its kind, outcome and duration. */
import { describe, expect, it } from 'vitest';
import type { JobKind } from '../../../src/jobs/job-kinds.js';
import type { JobHandlers } from '../../../src/jobs/job-queue.js';
import type { JobOutcome } from '../../../src/metrics/metrics.js';
import { timeJobs } from '../../../src/metrics/time-jobs.js';

/** A stopwatch that moves only when the test says so. */
function stopwatch() {
  const w = { ms: 1_000, now: () => w.ms };
  return w;
}

function recorder() {
  const runs: { kind: JobKind; outcome: JobOutcome; seconds: number }[] = [];
  return {
    runs,
    jobFinished: (kind: JobKind, outcome: JobOutcome, seconds: number) =>
      runs.push({ kind, outcome, seconds }),
  };
}

function handlers(overrides: Partial<JobHandlers> = {}): JobHandlers {
  const none = async () => {};
  return {
    run_step: none,
    sync_calendar: none,
    sync_inbox: none,
    channel_ensure: none,
    channel_renew: none,
    channel_reopen: none,
    sweep: none,
    ...overrides,
  };
}

describe('timeJobs', () => {
  it('reports a run that returns as ok, with the time it took, and passes the payload on', async () => {
    const watch = stopwatch();
    const metrics = recorder();
    const seen: string[] = [];
    const timed = timeJobs(
      handlers({
        sync_calendar: async ({ connectionId }) => {
          seen.push(connectionId);
          watch.ms += 1_500;
        },
      }),
      metrics,
      watch.now,
    );
    await timed.sync_calendar({ connectionId: 'c1' });
    expect(seen).toEqual(['c1']);
    expect(metrics.runs).toEqual([{ kind: 'sync_calendar', outcome: 'ok', seconds: 1.5 }]);
  });

  it('reports a run that throws as error and rethrows the same error, so the queue retries', async () => {
    const watch = stopwatch();
    const metrics = recorder();
    const boom = new Error('database gone');
    const timed = timeJobs(
      handlers({
        sweep: async () => {
          watch.ms += 250;
          throw boom;
        },
      }),
      metrics,
      watch.now,
    );
    await expect(timed.sweep({})).rejects.toBe(boom);
    expect(metrics.runs).toEqual([{ kind: 'sweep', outcome: 'error', seconds: 0.25 }]);
  });

  it('wraps every kind it is given, each reported under its own name', async () => {
    const metrics = recorder();
    const timed = timeJobs(handlers(), metrics, () => 0);
    expect(Object.keys(timed).sort()).toEqual(Object.keys(handlers()).sort());
    await timed.run_step({ stepId: 's1' });
    await timed.channel_renew({ connectionId: 'c1' });
    expect(metrics.runs.map((r) => r.kind)).toEqual(['run_step', 'channel_renew']);
  });
});
