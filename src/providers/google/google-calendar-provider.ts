/**
 * Google Calendar incremental sync (docs/providers.md §3.1, the sync guide): a full listing with
 * `singleEvents=true` and `timeMin` only (no `timeMax`/`orderBy`, which are reported to
 * suppress `nextSyncToken`), paged to the end, then `syncToken` listings with the same
 * parameters minus the forbidden ones. The window is applied here, client-side. A 410
 * (`fullSyncRequired`) turns into a full listing of the window; so does a baseline older
 * than a day, so that events entering the window's far end are picked up without changing.
 */
import type { calendar_v3 } from 'googleapis';
import type { CalendarEvent } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import type { CalendarChanges, CalendarProvider } from '../types.js';
import { googleStatus } from './google-errors.js';
import { mapGoogleEvent } from './google-event-map.js';
import type { GoogleSession } from './google-session.js';

const PAGE_SIZE = 250;
const REBASELINE_MS = 86_400_000;
const CURSOR = /^g1:(\d+):(.+)$/s;

interface Listing {
  items: calendar_v3.Schema$Event[];
  nextSyncToken: string;
  timeZone: string;
}

/** Cursor = when the baseline was taken (window start, ms) + Google's sync token. */
function encodeCursor(baselineFromMs: number, syncToken: string): string {
  return `g1:${baselineFromMs}:${syncToken}`;
}

function decodeCursor(cursor: string | null): { baselineFromMs: number; syncToken: string } | null {
  const m = cursor ? CURSOR.exec(cursor) : null;
  return m ? { baselineFromMs: Number(m[1]), syncToken: m[2] as string } : null;
}

/** Thrown inside a listing when Google invalidated the sync token. */
class SyncTokenGone extends Error {}

async function listAll(
  session: GoogleSession,
  params: { syncToken?: string; timeMin?: string },
): Promise<Listing> {
  const items: calendar_v3.Schema$Event[] = [];
  let pageToken: string | undefined;
  let timeZone = 'UTC';
  for (let page = 1; ; page++) {
    const data = await session.call(`calendar events.list page ${page}`, async ({ calendar }) => {
      try {
        const res = await calendar.events.list({
          calendarId: 'primary',
          singleEvents: true,
          maxResults: PAGE_SIZE,
          ...params,
          ...(pageToken ? { pageToken } : {}),
        });
        return res.data;
      } catch (err) {
        if (googleStatus(err) === 410) throw new SyncTokenGone();
        throw err;
      }
    });
    items.push(...(data.items ?? []));
    if (page === 1 && data.timeZone) timeZone = data.timeZone;
    if (data.nextPageToken) {
      pageToken = data.nextPageToken;
      continue;
    }
    if (!data.nextSyncToken) {
      throw new AppError(
        'provider_unavailable',
        'Google Calendar returned no nextSyncToken on the last page.',
      );
    }
    return { items, nextSyncToken: data.nextSyncToken, timeZone };
  }
}

const inWindow = (e: CalendarEvent, w: { from: Date; to: Date }) => e.end > w.from && e.start < w.to;

/** The calendar provider of one Google connection (its primary calendar). */
export function createGoogleCalendarProvider(session: GoogleSession): CalendarProvider {
  const full = async (window: { from: Date; to: Date }): Promise<CalendarChanges> => {
    const listing = await listAll(session, { timeMin: window.from.toISOString() });
    const changed = listing.items
      .map((item) => mapGoogleEvent(item, listing.timeZone))
      .flatMap((m) => (m.kind === 'event' && inWindow(m.event, window) ? [m.event] : []));
    return {
      changed,
      removed: [],
      cursor: encodeCursor(window.from.getTime(), listing.nextSyncToken),
      fullResync: true,
    };
  };

  const incremental = async (
    state: { baselineFromMs: number; syncToken: string },
    window: { from: Date; to: Date },
  ): Promise<CalendarChanges> => {
    const listing = await listAll(session, { syncToken: state.syncToken });
    const changed: CalendarEvent[] = [];
    const removed: string[] = [];
    for (const item of listing.items) {
      const m = mapGoogleEvent(item, listing.timeZone);
      if (m.kind === 'removed') removed.push(m.id);
      if (m.kind !== 'event' || m.event.end <= window.from) continue; // past: leave history alone
      // Moved beyond the window: like a local event leaving the window, it is gone for now.
      if (m.event.start >= window.to) removed.push(m.event.id);
      else changed.push(m.event);
    }
    return {
      changed,
      removed,
      cursor: encodeCursor(state.baselineFromMs, listing.nextSyncToken),
      fullResync: false,
    };
  };

  return {
    kind: 'google',
    async listChanges(cursor, window) {
      const state = decodeCursor(cursor);
      if (!state || window.from.getTime() - state.baselineFromMs > REBASELINE_MS) return full(window);
      try {
        return await incremental(state, window);
      } catch (err) {
        // "If the syncToken expires, the server will respond with a 410 GONE response code
        // and the client should clear its storage and perform a full synchronization" [DISC].
        if (err instanceof SyncTokenGone) return full(window);
        throw err;
      }
    },
  };
}
