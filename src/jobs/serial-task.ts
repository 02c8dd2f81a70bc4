/**
 * A task that never runs twice at once. Calls during a run fold into one more run; calls
 * through `soon()` wait for a quiet period first, so a burst of webhook notifications costs
 * one run instead of one each.
 */
export interface SerialTask {
  /** Runs now (or once more after the current run); resolves when that run is done. */
  run(): Promise<void>;
  /** Runs after `debounceMs` without further calls. */
  soon(): void;
  /** Resolves when nothing is running or waiting. */
  idle(): Promise<void>;
  /** Drops a pending debounced run. */
  cancel(): void;
}

/**
 * Wraps `task`; `task` must handle its own errors. A steady stream of `soon()` calls still
 * runs the task at least every `maxWaitMs` (default five debounce periods).
 */
export function serialTask(
  task: () => Promise<void>,
  debounceMs: number,
  maxWaitMs = debounceMs * 5,
): SerialTask {
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let firstCallAt: number | null = null;
  let waiting: Promise<void> | null = null;
  let release: (() => void) | null = null;

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
    if (timer) clearTimeout(timer);
    firstCallAt ??= Date.now();
    waiting ??= new Promise<void>((resolve) => {
      release = resolve;
    });
    const delay = Math.max(0, Math.min(debounceMs, firstCallAt + maxWaitMs - Date.now()));
    timer = setTimeout(() => {
      timer = undefined;
      firstCallAt = null;
      const done = release;
      waiting = null;
      release = null;
      void run().finally(() => done?.());
    }, delay);
  };

  return {
    run,
    soon,
    idle: async () => {
      await waiting;
      await running;
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      firstCallAt = null;
      release?.();
      waiting = null;
      release = null;
    },
  };
}
