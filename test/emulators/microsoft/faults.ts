/**
 * Fault injection and request accounting. A fault matches a route name
 * (`POST /v1.0/me/messages/{id}/send`, or `*` for every Graph route) and fires `times` times:
 * - `status`: refuse the request (429/503 …) with an optional Retry-After, doing nothing;
 * - `delay`: handle it, then hold the response `ms` (a send accepted, its answer too late);
 * - `drop`: handle it, then reset the connection without answering;
 * - `until`: handle it, then hold the response until the promise settles (a test decides
 *   what happens meanwhile, e.g. a reconnect while a refresh is in flight; `held(route)`
 *   tells it when a request is being held, so it never polls for that);
 * - `deltaReset`: answer a delta request with 410 Gone or 400 syncStateNotFound.
 */
import { ArmedFaults, RequestLog } from '../http-kit.js';

export type Fault =
  | { route: string; times?: number; status: number; retryAfter?: number; code?: string }
  | { route: string; times?: number; delay: number }
  | { route: string; times?: number; drop: true }
  | { route: string; times?: number; until: Promise<unknown> };

export interface RequestRecord {
  method: string;
  route: string;
  path: string;
  /** The Prefer header as sent. */
  prefer: string;
  status: number;
  /** For Graph requests with a valid bearer token: the user it was issued to. */
  userId?: string;
}

/** The fault list and request log of one emulator. */
export class FaultBook {
  private readonly faults = new ArmedFaults<Fault>();
  private readonly log = new RequestLog<RequestRecord>();
  readonly requests = this.log.requests;
  /** Requests no route implements: tests assert this stays empty. */
  readonly unhandled = this.log.unimplemented;
  /** Requests handled whose answer an `until` fault is holding right now. */
  private readonly holding = new Set<RequestRecord>();
  private waiters: { route: string; resolve: (r: RequestRecord) => void }[] = [];

  add(fault: Fault): void {
    this.faults.arm(fault, fault.times ?? 1);
  }

  clear(): void {
    this.faults.clear();
  }

  /** The next fault for `route`, consumed. Identity routes only match by name, never `*`. */
  take(route: string, isGraph: boolean): Fault | undefined {
    return this.faults.take((f) => f.route === route || (isGraph && f.route === '*'));
  }

  /**
   * Resolves with a request on `route` whose answer an `until` fault holds — one held now,
   * or the next one: the emulator has handled it (its effects happened, its record is in
   * `requests`) and the client is still waiting for the answer.
   */
  held(route: string): Promise<RequestRecord> {
    const now = [...this.holding].find((r) => r.route === route);
    if (now) return Promise.resolve(now);
    return new Promise((resolve) => this.waiters.push({ route, resolve }));
  }

  /** The emulator holds `record`'s answer until `until` settles. */
  async hold(record: RequestRecord, until: Promise<unknown>): Promise<void> {
    this.holding.add(record);
    for (const w of this.waiters.filter((w) => w.route === record.route)) w.resolve(record);
    this.waiters = this.waiters.filter((w) => w.route !== record.route);
    try {
      await until.catch(() => {});
    } finally {
      this.holding.delete(record);
    }
  }

  /** How many requests hit `route` (all statuses, unless `status` is given). */
  count(route: string, status?: number): number {
    return this.log.count(route, status);
  }
}
