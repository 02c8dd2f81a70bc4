/**
 * Calendar v3 `events.list` as documented in the discovery doc and the sync guide
 * (docs/providers.md §3.1): `singleEvents=true` only, paging through `nextPageToken`,
 * `nextSyncToken` on the last page only, the parameters that are forbidden with a
 * `syncToken` rejected with 400, 410 `fullSyncRequired` for an invalidated token, and
 * cancelled events returned only on incremental listings (or with showDeleted).
 */
import { randomBytes } from 'node:crypto';
import type { CalendarStore, StoredEvent } from './calendar-store.js';
import { type EmuRequest, type EmuResponse, GoogleHttpError } from './google-http.js';

/** "There are several query parameters that cannot be specified together with nextSyncToken" [DISC]. */
const FORBIDDEN_WITH_SYNC_TOKEN = [
  'iCalUID',
  'orderBy',
  'privateExtendedProperty',
  'q',
  'sharedExtendedProperty',
  'timeMin',
  'timeMax',
  'updatedMin',
];

/** Parameters this emulator understands; anything else fails loudly (501). */
const KNOWN = new Set([
  ...FORBIDDEN_WITH_SYNC_TOKEN,
  'syncToken',
  'pageToken',
  'maxResults',
  'singleEvents',
  'showDeleted',
]);

interface PendingListing {
  items: unknown[];
  nextSyncToken: string;
}

/** Strips emulator bookkeeping; cancelled events keep only their guaranteed fields (§3.2). */
export function toApiEvent(e: StoredEvent): Record<string, unknown> {
  if (e.status === 'cancelled') {
    const base = { kind: 'calendar#event', etag: e.etag, id: e.id, status: 'cancelled', updated: e.updated };
    // "Cancelled exceptions are only guaranteed to have values for the id, recurringEventId
    // and originalStartTime fields"; "deleted events are only guaranteed to have the id field".
    return e.recurringEventId
      ? { ...base, recurringEventId: e.recurringEventId, originalStartTime: e.originalStartTime }
      : base;
  }
  const { seq: _seq, ...rest } = e;
  return { kind: 'calendar#event', ...rest };
}

const startMs = (e: StoredEvent) => Date.parse(e.start.dateTime ?? `${e.start.date}T00:00:00Z`);
const endMs = (e: StoredEvent) => Date.parse(e.end.dateTime ?? `${e.end.date}T00:00:00Z`);

/** The events.list handler for one emulator (keeps page state between requests). */
export class EventsListRoute {
  private readonly pending = new Map<string, PendingListing>();
  /** When set, pages hold at most this many items ("may be less than this value" [DISC]). */
  pageSizeLimit: number | undefined;

  handle(req: EmuRequest, cal: CalendarStore): EmuResponse {
    const q = req.query;
    for (const key of q.keys()) {
      if (!KNOWN.has(key))
        throw new GoogleHttpError(501, `emulator: events.list parameter ${key}`, 'notImplemented');
    }
    if (q.get('singleEvents') !== 'true') {
      throw new GoogleHttpError(501, 'emulator: events.list without singleEvents=true', 'notImplemented');
    }
    const pageToken = q.get('pageToken');
    const listing = pageToken ? this.pending.get(pageToken) : this.startListing(q, cal);
    if (!listing) throw new GoogleHttpError(400, 'Invalid page token value.', 'invalid');
    if (pageToken) this.pending.delete(pageToken);
    const max = Math.min(Number(q.get('maxResults') ?? 250), 2500, this.pageSizeLimit ?? 2500);
    const page = listing.items.slice(0, max);
    const rest = listing.items.slice(max);
    const body: Record<string, unknown> = {
      kind: 'calendar#events',
      summary: cal.owner,
      updated: new Date().toISOString(),
      timeZone: cal.timeZone,
      accessRole: 'owner',
      items: page,
    };
    if (rest.length > 0) {
      const next = randomBytes(12).toString('base64url');
      this.pending.set(next, { items: rest, nextSyncToken: listing.nextSyncToken });
      body.nextPageToken = next;
    } else {
      // "nextSyncToken: Omitted if further results are available" [DISC].
      body.nextSyncToken = listing.nextSyncToken;
    }
    return { status: 200, body };
  }

  private startListing(q: URLSearchParams, cal: CalendarStore): PendingListing {
    const syncToken = q.get('syncToken');
    const snapshot = cal.seq;
    if (syncToken) {
      const bad = FORBIDDEN_WITH_SYNC_TOKEN.filter((p) => q.has(p));
      if (bad.length > 0) {
        throw new GoogleHttpError(400, `Sync token cannot be used with ${bad.join(', ')}.`, 'invalid');
      }
      // "it is not allowed to set showDeleted to False" with a sync token [DISC].
      if (q.get('showDeleted') === 'false') {
        throw new GoogleHttpError(400, 'showDeleted=false is not allowed with a sync token.', 'invalid');
      }
      const from = cal.readSyncToken(syncToken);
      if (from === 'invalid') throw new GoogleHttpError(400, 'Invalid sync token value.', 'invalid');
      if (from === 'gone') {
        throw new GoogleHttpError(
          410,
          'Sync token is no longer valid, a full sync is required.',
          'fullSyncRequired',
        );
      }
      const items = [...cal.events.values()].filter((e) => e.seq > from).sort((a, b) => a.seq - b.seq);
      return { items: items.map(toApiEvent), nextSyncToken: cal.syncToken(snapshot) };
    }
    // timeMin: "Lower bound (exclusive) for an event's end time"; timeMax: "Upper bound
    // (exclusive) for an event's start time" [DISC].
    const timeMin = q.has('timeMin') ? Date.parse(q.get('timeMin') as string) : -Infinity;
    const timeMax = q.has('timeMax') ? Date.parse(q.get('timeMax') as string) : Infinity;
    const showDeleted = q.get('showDeleted') === 'true';
    const items = [...cal.events.values()]
      .filter((e) => showDeleted || e.status !== 'cancelled')
      .filter((e) => e.status === 'cancelled' || (endMs(e) > timeMin && startMs(e) < timeMax))
      .sort((a, b) => startMs(a) - startMs(b));
    return { items: items.map(toApiEvent), nextSyncToken: cal.syncToken(snapshot) };
  }
}
