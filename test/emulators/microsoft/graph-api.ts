/**
 * Graph routes for the profile, the calendar and subscriptions. Each handler gets the
 * signed-in user (the emulator checked the bearer token) and returns a response value.
 */

import { parseJsonBody } from '../http-kit.js';
import type { Calendar } from './calendar.js';
import type { DeltaRounds } from './delta-rounds.js';
import { type EmuRequest, type EmuResponse, graphError, json, preferences } from './graph-http.js';
import type { EmuUser } from './identity.js';
import type { Subscriptions } from './subscriptions.js';

export interface GraphContext {
  user: EmuUser;
  scopes: string[];
}

export type GraphHandler = (req: EmuRequest, ctx: GraphContext) => EmuResponse | Promise<EmuResponse>;

const CALENDAR_DELTA = 'https://graph.microsoft.com/v1.0/me/calendarView/delta';

/** The page size a request asked for (`Prefer: odata.maxpagesize`), Graph's default otherwise. */
export function pageSizeOf(req: EmuRequest): number {
  const n = Number(preferences(req.headers.prefer).get('odata.maxpagesize'));
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 10;
}

/** A JSON request body, or null when it is not JSON. */
export function jsonBody(req: EmuRequest): Record<string, unknown> | null {
  return (parseJsonBody(req) ?? null) as Record<string, unknown> | null;
}

const badJson = () => graphError(400, 'BadRequest', 'Unable to read JSON request payload.');

/** The profile, calendar and subscription routes, by route name. */
export function graphRoutes(deps: {
  calendarOf: (user: EmuUser) => Calendar;
  rounds: DeltaRounds;
  subscriptions: Subscriptions;
}): Record<string, GraphHandler> {
  const { rounds, subscriptions } = deps;
  return {
    'GET /v1.0/me': (_req, { user }) =>
      json(200, { id: user.id, displayName: user.name, mail: user.email, userPrincipalName: user.email }),

    'GET /v1.0/me/mailboxSettings': (_req, { user, scopes }) =>
      scopes.some((s) => /^MailboxSettings\.(Read|ReadWrite)$/i.test(s))
        ? json(200, { timeZone: user.windowsTimeZone })
        : graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),

    'GET /v1.0/me/calendarView/delta': (req, { user }) => {
      const tz = preferences(req.headers.prefer).get('outlook.timezone');
      if (tz && tz !== 'UTC')
        return graphError(501, 'NotEmulated', `outlook.timezone="${tz}" is not emulated`);
      const size = pageSizeOf(req);
      const skip = req.query.get('$skiptoken');
      if (skip) return rounds.next(skip, user.id, CALENDAR_DELTA, size);
      const cal = deps.calendarOf(user);
      const deltaToken = req.query.get('$deltatoken');
      if (deltaToken !== null) {
        const state = rounds.stateFor(deltaToken, user.id, CALENDAR_DELTA);
        if ('status' in state) return state as EmuResponse;
        const items = cal.changesSince(state.version, new Date(state.from ?? 0), new Date(state.to ?? 0));
        return rounds.start(
          CALENDAR_DELTA,
          items.map((i) => i.value),
          { ...state, version: cal.currentVersion },
          size,
        );
      }
      const from = req.query.get('startDateTime');
      const to = req.query.get('endDateTime');
      if (!from || !to || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) {
        return graphError(400, 'ErrorInvalidParameter', 'startDateTime and endDateTime are required.');
      }
      const items = cal.changesSince(0, new Date(from), new Date(to));
      const state = { userId: user.id, version: cal.currentVersion, from, to };
      return rounds.start(
        CALENDAR_DELTA,
        items.map((i) => i.value),
        state,
        size,
      );
    },

    // Newest first; $select is not applied (the full resource is a superset).
    'GET /v1.0/me/events': (req, { user }) => {
      const top = Number(req.query.get('$top') ?? '10');
      if (!Number.isInteger(top) || top < 1 || top > 1000) {
        return graphError(400, 'ErrorInvalidParameter', '$top must be between 1 and 1000.');
      }
      return json(200, { value: deps.calendarOf(user).list(user.email, top) });
    },

    'GET /v1.0/me/events/{id}': (req, { user }) => {
      const event = deps.calendarOf(user).get(req.params.id ?? '');
      return event
        ? json(200, event)
        : graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    },

    'POST /v1.0/subscriptions': async (req, { user }) => {
      const body = jsonBody(req);
      return body ? subscriptions.create(user, body) : badJson();
    },

    'PATCH /v1.0/subscriptions/{id}': async (req) => {
      const body = jsonBody(req);
      return body ? subscriptions.renew(req.params.id ?? '', body) : badJson();
    },

    'DELETE /v1.0/subscriptions/{id}': (req) => subscriptions.remove(req.params.id ?? ''),
  };
}
