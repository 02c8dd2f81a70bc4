/**
 * Where the service's loops get their timers. Production uses the real ones; the service
 * tests pass a manual set that fires in virtual time and waits for what each firing
 * started, so no test depends on how fast the machine is. A callback may return a
 * promise: the real timers ignore it (each callback handles its own errors), the manual
 * ones await it.
 */

export type TimerCallback = () => unknown;

export interface Timers {
  /** Calls `fn` once after `ms`; returns a function that cancels it. */
  after(ms: number, fn: TimerCallback): () => void;
  /** Calls `fn` every `ms`; returns a function that cancels it. */
  every(ms: number, fn: TimerCallback): () => void;
}

/**
 * Node's timers, unref'd: a pending poll or debounce never keeps a stopping process alive
 * (the HTTP server does that while the service runs).
 */
export const realTimers: Timers = {
  after(ms, fn) {
    const t = setTimeout(fn, ms);
    t.unref();
    return () => clearTimeout(t);
  },
  every(ms, fn) {
    const t = setInterval(fn, ms);
    t.unref();
    return () => clearInterval(t);
  },
};
