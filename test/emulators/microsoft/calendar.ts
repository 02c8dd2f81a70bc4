/**
 * One mailbox's calendar with Graph's calendarView/delta semantics (docs/providers.md §7.1):
 * a round's window is fixed by its first request and carried in its tokens; pages are
 * linked by absolute `https://graph.microsoft.com/v1.0/…` nextLink/deltaLink URLs with
 * `$skiptoken`/`$deltatoken`; occurrences and exceptions of a series are bare
 * (`id, seriesMasterId, type, start, end`); deletions come as `@removed`. Every change bumps
 * a version, and a delta token remembers the version it was issued at.
 */
import { graphDateTime, opaqueId } from './graph-http.js';

export interface EmuAttendee {
  email: string;
  name?: string;
  type?: 'required' | 'optional' | 'resource';
  response?: 'none' | 'accepted' | 'declined' | 'tentativelyAccepted' | 'notResponded';
}

/** What a test seeds: a single event, or a daily/weekly series with `every` and `count`. */
export interface EventInput {
  subject: string;
  body?: string;
  start: Date;
  end: Date;
  organizer: string;
  attendees?: EmuAttendee[];
  originalStartTimeZone?: string;
  isAllDay?: boolean;
  location?: string;
  joinUrl?: string;
  responseStatus?: string;
}

interface StoredEvent extends EventInput {
  id: string;
  type: 'singleInstance' | 'seriesMaster';
  isCancelled: boolean;
  version: number;
  series?: { everyDays: number; count: number; occurrenceIds: string[] };
  /** Moved occurrences (exceptions) by index. */
  moved: Map<number, { start: Date; end: Date; version: number }>;
  removed: Set<number>;
}

export interface DeltaItem {
  id: string;
  version: number;
  value: Record<string, unknown>;
}

/** The calendar of one emulated mailbox. */
export class Calendar {
  private readonly events = new Map<string, StoredEvent>();
  /** Deleted event and occurrence ids, with the version of the deletion. */
  private readonly tombstones = new Map<string, number>();
  private version = 0;

  constructor(private readonly onChange: (id: string, change: 'created' | 'updated' | 'deleted') => void) {}

  get currentVersion(): number {
    return this.version;
  }

  add(
    input: EventInput,
    series?: { everyDays: number; count: number },
  ): { id: string; occurrenceIds: string[] } {
    const id = opaqueId('AAMkEv');
    const occurrenceIds = series ? Array.from({ length: series.count }, () => opaqueId('AAMkOc')) : [];
    this.events.set(id, {
      ...input,
      id,
      type: series ? 'seriesMaster' : 'singleInstance',
      isCancelled: false,
      version: ++this.version,
      ...(series ? { series: { ...series, occurrenceIds } } : {}),
      moved: new Map(),
      removed: new Set(),
    });
    this.onChange(id, 'created');
    return { id, occurrenceIds };
  }

  update(id: string, patch: Partial<EventInput> & { isCancelled?: boolean }): void {
    const e = this.mustGet(id);
    Object.assign(e, patch, { version: ++this.version });
    this.onChange(id, 'updated');
  }

  /** The organizer cancelled a single meeting: it stays with isCancelled (§7.2). */
  cancel(id: string): void {
    const e = this.mustGet(id);
    this.update(id, { isCancelled: true, subject: `Canceled: ${e.subject}` });
  }

  delete(id: string): void {
    const e = this.mustGet(id);
    this.events.delete(id);
    const v = ++this.version;
    this.tombstones.set(id, v);
    for (const occ of e.series?.occurrenceIds ?? []) this.tombstones.set(occ, v);
    this.onChange(id, 'deleted');
  }

  moveOccurrence(occurrenceId: string, start: Date, end: Date): void {
    const { master, index } = this.occurrence(occurrenceId);
    master.moved.set(index, { start, end, version: ++this.version });
    this.onChange(occurrenceId, 'updated');
  }

  /** One occurrence deleted from the series: delta reports it `@removed`. */
  cancelOccurrence(occurrenceId: string): void {
    const { master, index } = this.occurrence(occurrenceId);
    master.removed.add(index);
    this.tombstones.set(occurrenceId, ++this.version);
    this.onChange(occurrenceId, 'deleted');
  }

  private mustGet(id: string): StoredEvent {
    const e = this.events.get(id);
    if (!e) throw new Error(`emulator: no event ${id}`);
    return e;
  }

  private occurrence(occurrenceId: string): { master: StoredEvent; index: number } {
    for (const master of this.events.values()) {
      const index = master.series?.occurrenceIds.indexOf(occurrenceId) ?? -1;
      if (index >= 0) return { master, index };
    }
    throw new Error(`emulator: no occurrence ${occurrenceId}`);
  }

  /** The full resource of an event or occurrence (GET /me/events/{id}), or null. */
  get(id: string): Record<string, unknown> | null {
    const e = this.events.get(id);
    if (e) return fullEvent(e, e.id, e.type, e.start, e.end);
    for (const master of this.events.values()) {
      const index = master.series?.occurrenceIds.indexOf(id) ?? -1;
      if (index < 0 || master.removed.has(index)) continue;
      const occ = this.instance(master, index);
      return { ...fullEvent(master, id, occ.type, occ.start, occ.end), seriesMasterId: master.id };
    }
    return null;
  }

  private instance(master: StoredEvent, index: number) {
    const s = master.series as NonNullable<StoredEvent['series']>;
    const moved = master.moved.get(index);
    const shift = index * s.everyDays * 86_400_000;
    return {
      id: s.occurrenceIds[index] as string,
      type: moved ? ('exception' as const) : ('occurrence' as const),
      start: moved?.start ?? new Date(master.start.getTime() + shift),
      end: moved?.end ?? new Date(master.end.getTime() + shift),
      version: Math.max(master.version, moved?.version ?? 0),
    };
  }

  /**
   * GET /me/events: single events and series masters (not occurrences), newest first, with
   * `isOrganizer` set for those `owner` organizes.
   */
  list(owner: string, top: number): Record<string, unknown>[] {
    return [...this.events.values()]
      .sort((a, b) => b.version - a.version)
      .slice(0, top)
      .map((e) => ({
        ...fullEvent(e, e.id, e.type, e.start, e.end),
        isOrganizer: e.organizer.toLowerCase() === owner.toLowerCase(),
      }));
  }

  /** What calendarView/delta reports in [from, to) for changes after `since` (0: everything). */
  changesSince(since: number, from: Date, to: Date): DeltaItem[] {
    const items: DeltaItem[] = [];
    const inWindow = (s: Date, e: Date) => s < to && e > from;
    for (const e of this.events.values()) {
      if (e.type === 'singleInstance') {
        if (e.version > since && inWindow(e.start, e.end)) {
          items.push({ id: e.id, version: e.version, value: fullEvent(e, e.id, e.type, e.start, e.end) });
        }
        continue;
      }
      for (let i = 0; i < (e.series?.count ?? 0); i++) {
        if (e.removed.has(i)) continue;
        const occ = this.instance(e, i);
        if (occ.version <= since || !inWindow(occ.start, occ.end)) continue;
        // Bare, as Graph sends occurrences (§7.1, microsoft-graph-docs-contrib#34).
        const value = {
          '@odata.type': '#microsoft.graph.event',
          id: occ.id,
          seriesMasterId: e.id,
          type: occ.type,
          start: graphDateTime(occ.start),
          end: graphDateTime(occ.end),
        };
        items.push({ id: occ.id, version: occ.version, value });
      }
    }
    if (since > 0) {
      for (const [id, v] of this.tombstones) {
        if (v > since) items.push({ id, version: v, value: { id, '@removed': { reason: 'deleted' } } });
      }
    }
    return items.sort((a, b) => a.version - b.version);
  }
}

function fullEvent(
  e: StoredEvent,
  id: string,
  type: string,
  start: Date,
  end: Date,
): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.event',
    id,
    type,
    iCalUId: `ical-${id}`,
    subject: e.subject,
    body: { contentType: 'text', content: e.body ?? '' },
    start: graphDateTime(start),
    end: graphDateTime(end),
    originalStartTimeZone: e.originalStartTimeZone ?? 'UTC',
    isAllDay: e.isAllDay ?? false,
    isCancelled: e.isCancelled,
    isOrganizer: false,
    responseStatus: { response: e.responseStatus ?? 'notResponded', time: '0001-01-01T00:00:00Z' },
    organizer: { emailAddress: { address: e.organizer, name: e.organizer } },
    attendees: (e.attendees ?? []).map((a) => ({
      type: a.type ?? 'required',
      status: { response: a.response ?? 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: { address: a.email, name: a.name ?? a.email },
    })),
    location: { displayName: e.location ?? '', locationType: 'default' },
    locations: [],
    onlineMeeting: e.joinUrl ? { joinUrl: e.joinUrl } : null,
  };
}
