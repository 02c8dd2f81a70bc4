/**
 * Fault injection for the emulator: each fault targets one route name (e.g.
 * `gmail.messages.send`) and fires for its next `times` requests. Faults model what
 * Google's edge actually does: refuse (429 + Retry-After, 403 usageLimits), fail (500/503),
 * invalidate a cursor (410), or accept a request and answer too late for the client (or
 * only when the test says so).
 */
import { ArmedFaults, retryAfterHeader } from '../http-kit.js';
import { type EmuResponse, errorResponse, GoogleHttpError } from './google-http.js';

export type Fault =
  /** 429 rateLimitExceeded, optionally with Retry-After (seconds). */
  | { kind: 'rate_limit_429'; retryAfterSeconds?: number }
  /** 403 usageLimits (`userRateLimitExceeded` or `rateLimitExceeded`), as Calendar and Gmail send it. */
  | {
      kind: 'rate_limit_403';
      reason?: 'userRateLimitExceeded' | 'rateLimitExceeded';
      retryAfterSeconds?: number;
    }
  /** 500 backendError, before the request is processed. */
  | { kind: 'server_error'; status?: 500 | 502 | 503 }
  /** 410 fullSyncRequired on events.list (the sync token is no longer valid). */
  | { kind: 'gone' }
  /** Processes the request, then holds the response for `delayMs` (past the client's timeout). */
  | { kind: 'accept_then_delay'; delayMs: number }
  /**
   * Processes the request, then holds the response until `until` settles: the test decides
   * what happens meanwhile (e.g. a reconnect while a refused refresh is on the wire).
   * `onHold` is called once the answer is ready and held, so a test driving the service in
   * virtual time (whose timer firing is stuck on this very request) knows when to act.
   */
  | { kind: 'accept_then_hold'; until: Promise<unknown>; onHold?: () => void }
  /** Holds the request for `delayMs` without processing it, then answers 503. */
  | { kind: 'hang'; delayMs: number };

/** The set of armed faults. */
export class FaultInjector {
  private readonly armed = new ArmedFaults<{ route: string; fault: Fault }>();
  /** Faults that fired, in order (route + kind), for assertions. */
  readonly fired: { route: string; kind: Fault['kind'] }[] = [];

  /** Arms `fault` for the next `times` requests to `route`. */
  add(route: string, fault: Fault, times = 1): void {
    this.armed.arm({ route, fault }, times);
  }

  clear(): void {
    this.armed.clear();
  }

  /** Takes the fault for this request, if one is armed. */
  take(route: string): Fault | undefined {
    const hit = this.armed.take((a) => a.route === route);
    if (!hit) return undefined;
    this.fired.push({ route, kind: hit.fault.kind });
    return hit.fault;
  }
}

/** The response a refusing or failing fault produces instead of the route's own. */
export function faultResponse(fault: Fault): EmuResponse | undefined {
  switch (fault.kind) {
    case 'rate_limit_429':
      return errorResponse(
        new GoogleHttpError(
          429,
          'Too many requests',
          'rateLimitExceeded',
          'usageLimits',
          retryAfterHeader(fault.retryAfterSeconds),
        ),
      );
    case 'rate_limit_403': {
      const reason = fault.reason ?? 'userRateLimitExceeded';
      const message = reason === 'userRateLimitExceeded' ? 'User Rate Limit Exceeded' : 'Rate Limit Exceeded';
      return errorResponse(
        new GoogleHttpError(403, message, reason, 'usageLimits', retryAfterHeader(fault.retryAfterSeconds)),
      );
    }
    case 'server_error':
      return errorResponse(new GoogleHttpError(fault.status ?? 500, 'Backend Error', 'backendError'));
    case 'gone':
      return errorResponse(
        new GoogleHttpError(
          410,
          'Sync token is no longer valid, a full sync is required.',
          'fullSyncRequired',
        ),
      );
    default:
      return undefined;
  }
}
