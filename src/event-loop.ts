/**
 * Cooperative yielding for long loops. With SQLite, the driver (better-sqlite3) answers each
 * Prisma query synchronously, so a loop of awaited queries runs on microtasks alone and the
 * event loop never reaches timers or sockets: a first sync of 5,000 events held every HTTP
 * request, `/healthz` included, for the whole 30 s. Long loops call a pacer once per item;
 * it yields to the event loop whenever a time slice of work has piled up since the last yield.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Longest stretch of work between two yields. Small enough that a probe or a page waits
 * at most about this long; large enough that the yields cost well under 1% of the work.
 */
export const SLICE_MS = 10;

/** Something to `await` once per item of a long loop; it yields when the slice is used up. */
export type Pacer = () => Promise<void>;

/** Resolves on the next turn of the event loop, after pending I/O callbacks and timers. */
export function yieldToEventLoop(): Promise<void> {
  return nextTurn();
}

/** A pacer that yields once `sliceMs` of work has run since its last yield (or creation). */
export function createPacer(sliceMs = SLICE_MS): Pacer {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
}

/**
 * Runs a synchronous step-wise computation (a generator that yields between steps) to its
 * result, pausing with `pace` between steps, so CPU-bound parsing shares the loop too.
 */
export async function runPaced<T>(steps: Generator<unknown, T, void>, pace: Pacer): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pace();
  }
}

/** Runs a step-wise computation to its result without pausing (for synchronous callers). */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
