/**
 * Fields every log line carries while a unit of work runs (a job's id and kind), without
 * passing a logger through every workflow: the queue engines run each job inside
 * `withLogContext`, and the logger adds the fields (pino's `mixin`, log.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const store = new AsyncLocalStorage<Record<string, string>>();

/** Runs `fn` with `fields` on every line logged in it (and in what it awaits). */
export function withLogContext<T>(fields: Record<string, string>, fn: () => T): T {
  return store.run({ ...store.getStore(), ...fields }, fn);
}

/** The fields of the work running now; empty outside any. */
export function logContextFields(): Record<string, string> {
  return store.getStore() ?? {};
}
