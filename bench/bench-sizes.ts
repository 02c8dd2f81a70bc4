/**
 * How big each scenario is: the sizes the product issue names, and `--quick`, a tenth of
 * each (a tenth of the reps, events, changes, time or emails), to run in a few minutes.
 */
export interface BenchSizes {
  initialSync: { reps: number; eventsPerRep: number };
  changeLatency: { reps: number; ratePerSec: number; seconds: number; drainMs: number };
  composeEmails: number;
  /** The meeting is booked this far ahead: its agenda drafted when due, 24 h before. */
  meetingLife: { bookedHoursAhead: number };
  /** `pollingHours` for the poll-every-minute design: its cost is the same every minute. */
  idleDay: { reps: number; hours: number; pollingHours: number };
  idleMemory: { reps: number; settleSeconds: number; maxSeconds: number };
  healthzEvents: number;
}

export const FULL: BenchSizes = {
  initialSync: { reps: 500, eventsPerRep: 400 },
  changeLatency: { reps: 500, ratePerSec: 50, seconds: 60, drainMs: 600_000 },
  composeEmails: 10_000,
  meetingLife: { bookedHoursAhead: 26 },
  idleDay: { reps: 10, hours: 24, pollingHours: 24 },
  idleMemory: { reps: 10_000, settleSeconds: 60, maxSeconds: 1800 },
  healthzEvents: 5_000,
};

export const QUICK: BenchSizes = {
  initialSync: { reps: 50, eventsPerRep: 40 },
  changeLatency: { reps: 50, ratePerSec: 50, seconds: 6, drainMs: 30_000 },
  composeEmails: 1_000,
  meetingLife: { bookedHoursAhead: 2 },
  // A whole day even here: it is virtual time, and the rarest poll comes every 6 hours.
  idleDay: { reps: 1, hours: 24, pollingHours: 2.4 },
  idleMemory: { reps: 1_000, settleSeconds: 6, maxSeconds: 360 },
  healthzEvents: 500,
};
