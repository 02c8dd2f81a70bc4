/**
 * Timers that fire only when a test says so, in virtual time: the service's clock is
 * `timers.clock`, and firing a timer moves it to that timer's due time. Each firing waits
 * for the promise its callback returned, so after `fireNext()` the work the timer started
 * (a sync, a step run) is done. Nothing depends on how fast the machine is.
 */
import type { TimerCallback, Timers } from '../../src/jobs/timers.js';

interface Entry {
  at: number;
  /** Creation order: timers due at the same instant fire in the order they were set. */
  seq: number;
  fn: TimerCallback;
  period?: number;
  cancelled: boolean;
}

export class ManualTimers implements Timers {
  private nowMs: number;
  private seq = 0;
  private entries: Entry[] = [];

  constructor(start: Date = new Date()) {
    this.nowMs = start.getTime();
  }

  /** The service's "now" (AppContext.clock). */
  readonly clock = (): Date => new Date(this.nowMs);

  after(ms: number, fn: TimerCallback): () => void {
    return this.add({ at: this.nowMs + Math.max(0, ms), seq: this.seq++, fn, cancelled: false });
  }

  every(ms: number, fn: TimerCallback): () => void {
    const period = Math.max(1, ms);
    return this.add({ at: this.nowMs + period, seq: this.seq++, fn, period, cancelled: false });
  }

  /** When the next timer is due, or undefined when none is set. */
  nextAt(): number | undefined {
    return this.sorted()[0]?.at;
  }

  /** Moves the clock forward without firing anything (a timer already due fires next). */
  moveTo(at: number): void {
    this.nowMs = Math.max(this.nowMs, at);
  }

  /** Fires the earliest timer (the clock moves to its due time) and waits for its work. */
  async fireNext(): Promise<boolean> {
    const next = this.sorted()[0];
    if (!next) return false;
    this.nowMs = Math.max(this.nowMs, next.at);
    if (next.period) {
      next.at += next.period;
      next.seq = this.seq++;
    } else {
      this.entries = this.entries.filter((e) => e !== next);
    }
    await next.fn();
    return true;
  }

  private add(entry: Entry): () => void {
    this.entries.push(entry);
    return () => {
      entry.cancelled = true;
      this.entries = this.entries.filter((e) => e !== entry);
    };
  }

  private sorted(): Entry[] {
    return this.entries.filter((e) => !e.cancelled).sort((a, b) => a.at - b.at || a.seq - b.seq);
  }
}
