/**
 * One user's emulated Google calendar. Recurring series are stored as their expanded
 * instances (the emulator only serves `singleEvents=true`), each with the documented
 * `recurringEventId` and `originalStartTime` and an instance id `base_YYYYMMDDTHHMMSSZ`
 * (docs/providers.md §3.2). Every change bumps a sequence number: sync tokens are positions in
 * that sequence, so an incremental listing is "everything with a higher sequence".
 */
import { randomBytes } from 'node:crypto';

export interface EmuAttendee {
  email: string;
  displayName?: string;
  responseStatus?: 'needsAction' | 'declined' | 'tentative' | 'accepted';
  organizer?: boolean;
  self?: boolean;
  resource?: boolean;
  optional?: boolean;
}

/** An event as the API returns it, plus the emulator's change sequence. */
export interface StoredEvent {
  id: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  summary?: string;
  description?: string;
  location?: string;
  start: { dateTime?: string; date?: string; timeZone?: string };
  end: { dateTime?: string; date?: string; timeZone?: string };
  attendees?: EmuAttendee[];
  organizer?: { email: string; displayName?: string; self?: boolean };
  hangoutLink?: string;
  recurringEventId?: string;
  originalStartTime?: { dateTime: string; timeZone?: string };
  iCalUID: string;
  eventType: string;
  sequence: number;
  created: string;
  updated: string;
  etag: string;
  /** Position in the change sequence (not part of the API). */
  seq: number;
}

/** What a test seeds. */
export interface EventSeed {
  id?: string;
  summary: string;
  description?: string;
  start: Date;
  end: Date;
  timeZone?: string;
  attendees?: EmuAttendee[];
  organizer?: string;
  hangoutLink?: string;
  eventType?: string;
  allDay?: boolean;
}

/** Basic-format UTC stamp used in instance ids: 20261201T150000Z. */
export function instanceStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The emulated calendar of one user. */
export class CalendarStore {
  readonly events = new Map<string, StoredEvent>();
  seq = 0;
  /** Incremented by `invalidateSyncTokens`: tokens from an older epoch get 410. */
  epoch = 1;

  constructor(
    readonly owner: string,
    readonly timeZone: string,
    private readonly now: () => number,
    private readonly onChange: () => void,
  ) {}

  private touch(e: StoredEvent): StoredEvent {
    this.seq += 1;
    e.seq = this.seq;
    e.updated = new Date(this.now()).toISOString();
    e.etag = `"${this.now()}${this.seq}"`;
    this.events.set(e.id, e);
    return e;
  }

  private build(seed: EventSeed, id: string): StoredEvent {
    const zone = seed.timeZone ?? this.timeZone;
    const organizer = seed.organizer ?? this.owner;
    const when = (d: Date) =>
      seed.allDay ? { date: isoDate(d) } : { dateTime: d.toISOString(), timeZone: zone };
    return {
      id,
      status: 'confirmed',
      summary: seed.summary,
      ...(seed.description ? { description: seed.description } : {}),
      start: when(seed.start),
      end: when(seed.end),
      attendees: (seed.attendees ?? []).map((a) => ({
        responseStatus: 'needsAction',
        ...a,
        ...(a.email === this.owner ? { self: true } : {}),
        ...(a.email === organizer ? { organizer: true } : {}),
      })),
      organizer: { email: organizer, ...(organizer === this.owner ? { self: true } : {}) },
      ...(seed.hangoutLink ? { hangoutLink: seed.hangoutLink } : {}),
      iCalUID: `${id.split('_')[0]}@google.com`,
      eventType: seed.eventType ?? 'default',
      sequence: 0,
      created: new Date(this.now()).toISOString(),
      updated: '',
      etag: '',
      seq: 0,
    };
  }

  /** Adds a one-off event; returns its id. */
  addEvent(seed: EventSeed): string {
    const id = seed.id ?? randomBytes(10).toString('hex');
    this.touch(this.build(seed, id));
    this.onChange();
    return id;
  }

  /** Adds a series of `count` instances every `everyDays` days; returns the instance ids. */
  addSeries(seed: EventSeed & { count: number; everyDays?: number }): string[] {
    const base = seed.id ?? randomBytes(10).toString('hex');
    const step = (seed.everyDays ?? 7) * 86_400_000;
    const ids: string[] = [];
    for (let i = 0; i < seed.count; i++) {
      const start = new Date(seed.start.getTime() + i * step);
      const end = new Date(seed.end.getTime() + i * step);
      const id = `${base}_${instanceStamp(start)}`;
      const e = this.build({ ...seed, start, end }, id);
      e.recurringEventId = base;
      e.originalStartTime = { dateTime: start.toISOString(), timeZone: seed.timeZone ?? this.timeZone };
      this.touch(e);
      ids.push(id);
    }
    this.onChange();
    return ids;
  }

  private must(id: string): StoredEvent {
    const e = this.events.get(id);
    if (!e) throw new Error(`emulator: no event ${id}`);
    return e;
  }

  /** Edits an event (or one instance: the edit makes it an exception of its series). */
  updateEvent(id: string, edit: (e: StoredEvent) => void): void {
    const e = this.must(id);
    edit(e);
    e.sequence += 1;
    this.touch(e);
    this.onChange();
  }

  /** Moves one event or instance; an instance keeps its id and originalStartTime (§3.2). */
  moveEvent(id: string, start: Date, end: Date): void {
    this.updateEvent(id, (e) => {
      e.start = { ...e.start, dateTime: start.toISOString() };
      e.end = { ...e.end, dateTime: end.toISOString() };
    });
  }

  /** The rep (or anyone) answers the invitation. */
  setResponse(id: string, email: string, responseStatus: EmuAttendee['responseStatus']): void {
    this.updateEvent(id, (e) => {
      const a = e.attendees?.find((x) => x.email === email);
      if (!a) throw new Error(`emulator: ${email} is not invited to ${id}`);
      a.responseStatus = responseStatus;
    });
  }

  /** Cancels an event or one instance of a series (the instance stays as a cancelled exception). */
  cancelEvent(id: string): void {
    this.updateEvent(id, (e) => {
      e.status = 'cancelled';
    });
  }

  /** Deletes an event outright: incremental syncs return an id-only tombstone. */
  deleteEvent(id: string): void {
    this.cancelEvent(id);
  }

  /** Every instance id of a series, in start order. */
  instancesOf(baseId: string): string[] {
    return [...this.events.values()]
      .filter((e) => e.recurringEventId === baseId)
      .sort((a, b) =>
        (a.originalStartTime?.dateTime ?? '').localeCompare(b.originalStartTime?.dateTime ?? ''),
      )
      .map((e) => e.id);
  }

  /** Invalidates every sync token issued so far: the next incremental listing gets 410. */
  invalidateSyncTokens(): void {
    this.epoch += 1;
  }

  /** A sync token for the current position. */
  syncToken(atSeq = this.seq): string {
    return Buffer.from(JSON.stringify({ o: this.owner, e: this.epoch, s: atSeq })).toString('base64url');
  }

  /** The position a token stands for; `'gone'` for a token of an older epoch. */
  readSyncToken(token: string): number | 'gone' | 'invalid' {
    try {
      const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
        o: string;
        e: number;
        s: number;
      };
      if (t.o !== this.owner || typeof t.s !== 'number') return 'invalid';
      return t.e === this.epoch ? t.s : 'gone';
    } catch {
      return 'invalid';
    }
  }
}
