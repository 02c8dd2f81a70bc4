/**
 * Drives a running service in virtual time (ManualTimers): the polls, debounces, retries
 * and step-runner ticks fire one at a time, each waited for, with the outside world
 * (an emulator's webhook deliveries) settled in between. A test says what should happen
 * and within how much service time — never how long to wait on the wall clock.
 */
import type { Service } from '../../src/main.js';
import type { ManualTimers } from './manual-timers.js';

export interface ServiceDriver {
  timers: ManualTimers;
  /**
   * Lets `ms` of service time pass (default 5 s: every debounced sync, every step due now
   * and the runner ticks between them), firing what falls due in order.
   */
  settle(ms?: number): Promise<void>;
  /**
   * Runs the service timer by timer until `check` returns something truthy; fails when
   * `withinMs` of service time (default 10 min) pass first, naming `what`.
   */
  until<T>(what: string, check: () => Promise<T> | T, withinMs?: number): Promise<NonNullable<T>>;
}

/** What else must rest between two firings: e.g. webhook deliveries still on the wire. */
export type Outside = () => Promise<void>;

export function driveService(
  service: Service,
  timers: ManualTimers,
  outside: Outside = async () => {},
): ServiceDriver {
  /** Waits until neither the service nor the outside has anything in flight. */
  const rest = async () => {
    for (let i = 0; i < 3; i++) {
      await outside();
      await service.quiet();
    }
  };
  return {
    timers,
    async settle(ms = 5_000) {
      const until = timers.clock().getTime() + ms;
      await rest();
      for (let next = timers.nextAt(); next !== undefined && next <= until; next = timers.nextAt()) {
        await timers.fireNext();
        await rest();
      }
      timers.moveTo(until);
    },
    async until<T>(what: string, check: () => Promise<T> | T, withinMs = 600_000) {
      const limit = timers.clock().getTime() + withinMs;
      for (;;) {
        await rest();
        const value = await check();
        if (value) return value as NonNullable<T>;
        const next = timers.nextAt();
        if (next === undefined || next > limit) {
          throw new Error(`${what}: did not happen within ${withinMs / 1000} s of service time`);
        }
        await timers.fireNext();
      }
    },
  };
}
