/**
 * The rep's primary calendar through `calendarView/delta` (docs/providers.md §7.1). A round's
 * window is fixed when it starts (it is encoded in the tokens), so the cursor records the
 * window with the deltaLink and a round is started afresh once the sync window has moved
 * past it. Occurrences of a series arrive bare (id, seriesMasterId, type, start, end): the
 * series master is fetched once per round for subject, body and attendees. Replays are
 * normal, so a round keeps the last copy of each id.
 */
import { errorMessage } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { CalendarChanges, CalendarProvider } from '../types.js';
import { GRAPH_ORIGIN, type GraphCall, PREFER_IMMUTABLE_ID } from './graph-client.js';
import { isDeltaReset, isNotFound } from './graph-errors.js';
import { type GraphEvent, toCalendarEvent } from './graph-event-map.js';

const DAY_MS = 86_400_000;
/** The round's window reaches this far beyond the sync window, so it is re-based weekly, not daily. */
const WINDOW_SLACK_DAYS = 7;
const PAGE_SIZE = 50;
const MAX_PAGES = 2000;

const PREFER = `outlook.timezone="UTC", outlook.body-content-type="text", odata.maxpagesize=${PAGE_SIZE}, ${PREFER_IMMUTABLE_ID}`;

const MASTER_FIELDS = [
  'id',
  'type',
  'subject',
  'body',
  'organizer',
  'attendees',
  'location',
  'locations',
  'onlineMeeting',
  'onlineMeetingUrl',
  'originalStartTimeZone',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'responseStatus',
].join(',');

interface DeltaCursor {
  link: string;
  from: string;
  to: string;
}

interface DeltaPage {
  value?: GraphEvent[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

function parseCursor(cursor: string | null): DeltaCursor | null {
  if (!cursor) return null;
  try {
    const c = JSON.parse(cursor) as Partial<DeltaCursor>;
    return typeof c.link === 'string' && typeof c.from === 'string' && typeof c.to === 'string'
      ? (c as DeltaCursor)
      : null;
  } catch {
    return null;
  }
}

export interface GraphCalendarDeps {
  call: GraphCall;
  repEmail: string;
  log: Logger;
}

/** Creates the Graph calendar provider of one connection. */
export function createGraphCalendarProvider(deps: GraphCalendarDeps): CalendarProvider {
  const { call, log } = deps;

  /** Pages a round to its deltaLink; items keyed by id (a replayed item replaces the earlier copy). */
  async function runRound(first: string): Promise<{ items: Map<string, GraphEvent>; deltaLink: string }> {
    const items = new Map<string, GraphEvent>();
    let link = first;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res: DeltaPage = await call('Graph calendar delta', (c) =>
        c.api(link).header('Prefer', PREFER).get(),
      );
      for (const item of res.value ?? []) items.set(item.id, item);
      const next = res['@odata.nextLink'];
      if (next) {
        link = next;
        continue;
      }
      const deltaLink = res['@odata.deltaLink'];
      if (!deltaLink) throw new Error('Graph calendar delta ended without a deltaLink');
      return { items, deltaLink };
    }
    throw new Error(`Graph calendar delta did not finish within ${MAX_PAGES} pages`);
  }

  async function fetchMaster(id: string): Promise<GraphEvent | null> {
    try {
      return await call('Graph series master', (c) =>
        c
          .api(`/me/events/${encodeURIComponent(id)}`)
          .header('Prefer', PREFER)
          .select(MASTER_FIELDS)
          .get(),
      );
    } catch (err) {
      if (isNotFound(err)) return null; // deleted meanwhile: its occurrences come as @removed
      throw err;
    }
  }

  async function toChanges(
    items: Map<string, GraphEvent>,
  ): Promise<Omit<CalendarChanges, 'cursor' | 'fullResync'>> {
    const changed: CalendarChanges['changed'] = [];
    const removed: string[] = [];
    // One fetch per series per round; a later round re-fetches, since a bare occurrence in
    // delta is the only sign that its master (subject, attendees) may have changed.
    const masters = new Map<string, Promise<GraphEvent | null>>();
    for (const item of items.values()) {
      if (item['@removed']) {
        removed.push(item.id);
        continue;
      }
      let details: GraphEvent | undefined;
      if (item.seriesMasterId && item.subject === undefined) {
        const id = item.seriesMasterId;
        if (!masters.has(id)) masters.set(id, fetchMaster(id));
        const master = await masters.get(id);
        if (!master) continue;
        details = master;
      }
      try {
        changed.push(toCalendarEvent(item, deps.repEmail, details));
      } catch (err) {
        log.warn('Graph event skipped', {
          event: item.id,
          problem: errorMessage(err),
        });
      }
    }
    return { changed, removed };
  }

  async function fullRound(window: { from: Date; to: Date }, fullResync: boolean): Promise<CalendarChanges> {
    const from = window.from.toISOString();
    const to = new Date(window.to.getTime() + WINDOW_SLACK_DAYS * DAY_MS).toISOString();
    const first = `${GRAPH_ORIGIN}/v1.0/me/calendarView/delta?startDateTime=${encodeURIComponent(from)}&endDateTime=${encodeURIComponent(to)}`;
    const { items, deltaLink } = await runRound(first);
    const cursor: DeltaCursor = { link: deltaLink, from, to };
    return { ...(await toChanges(items)), cursor: JSON.stringify(cursor), fullResync };
  }

  return {
    kind: 'microsoft',
    async listChanges(cursor, window) {
      const stored = parseCursor(cursor);
      const covers =
        stored &&
        Date.parse(stored.from) <= window.from.getTime() + DAY_MS &&
        Date.parse(stored.to) >= window.to.getTime();
      if (!stored || !covers) return fullRound(window, cursor !== null);
      try {
        const { items, deltaLink } = await runRound(stored.link);
        return {
          ...(await toChanges(items)),
          cursor: JSON.stringify({ ...stored, link: deltaLink }),
          fullResync: false,
        };
      } catch (err) {
        if (!isDeltaReset(err)) throw err;
        log.info('Graph delta token no longer valid; full calendar resync', { rep: deps.repEmail });
        return fullRound(window, true);
      }
    },
  };
}
