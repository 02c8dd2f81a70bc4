/**
 * A task that never runs twice at once. Calls during a run fold into one more run; calls
 * through `soon()` wait for a quiet period first, so a burst of webhook notifications costs
 * one run instead of one each.
 */
import { realTimers, type Timers } from './timers.js';

export interface SerialTask {
  /** Runs now (or once more after the current run); resolves when that run is done. */
  run(): Promise<void>;
  /** Runs after `debounceMs` without further calls. */
  soon(): void;
  /**
   * Resolves when no run is in progress. A debounced run that has not started does not
   * count (its timer may be one a test fires by hand): `cancel` it or let it fire.
   */
  idle(): Promise<void>;
  /** True while a run is in progress. */
  busy(): boolean;
  /** Drops a pending debounced run. */
  cancel(): void;
}

/** The time a serial task runs on: the service's timers and clock. */
export interface TaskTime {
  timers: Timers;
  now: () => number;
}

const REAL_TIME: TaskTime = { timers: realTimers, now: () => Date.now() };

/**
 * Wraps `task`; `task` must handle its own errors. A steady stream of `soon()` calls still
 * runs the task at least every `maxWaitMs` (default five debounce periods).
 */
export function serialTask(
  task: () => Promise<void>,
  debounceMs: number,
  maxWaitMs = debounceMs * 5,
  time: TaskTime = REAL_TIME,
): SerialTask {
  let running: Promise<void> | null = null;
  let again = false;
  let timer: (() => void) | undefined;
  let firstCallAt: number | null = null;

  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const soon = (): void => {
    timer?.();
    firstCallAt ??= time.now();
    const delay = Math.max(0, Math.min(debounceMs, firstCallAt + maxWaitMs - time.now()));
    timer = time.timers.after(delay, () => {
      timer = undefined;
      firstCallAt = null;
      return run();
    });
  };

  return {
    run,
    soon,
    idle: async () => {
      await running;
    },
    busy: () => running !== null,
    cancel() {
      timer?.();
      timer = undefined;
      firstCallAt = null;
    },
  };
}
