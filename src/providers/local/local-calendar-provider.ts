/**
 * The embedded calendar: a folder of `.ics` files per rep. Each listing re-reads the folder
 * and diffs it against the cursor (event id → content hash), so adding, editing or deleting
 * a file is picked up without a restart; `watch` only makes the next sync come sooner.
 */
import { createPacer, runPaced } from '../../event-loop.js';
import type { CalendarChanges, CalendarProvider, ProviderCalendarEvent } from '../types.js';
import {
  type CursorEntry,
  type CursorState,
  decodeCursor,
  encodeCursor,
  entryFor,
  flattenCursor,
} from './calendar-cursor.js';
import { recordFolderProblems } from './calendar-problems.js';
import type { TimeWindow } from './expand-occurrences.js';
import type { IcsFileError } from './ics-events.js';
import { type IcsFolderResult, readIcsFolder } from './ics-folder.js';
import { type WatchOptions, watchFolder } from './watch-folder.js';

export type { IcsFileError } from './ics-events.js';

export interface LocalCalendarOptions {
  dir: string;
  /** Called once for each new problem with a file (not again while the problem persists). */
  onError?: (error: IcsFileError) => void;
  watch?: WatchOptions;
}

export type LocalCalendarProvider = CalendarProvider & {
  /** Calls `onChange` (debounced) when the folder changes; returns a function that stops it. */
  watch(onChange: () => void): () => void;
  /** The problems found by the latest listing, e.g. for `agendum doctor`. */
  lastErrors(): IcsFileError[];
};

/**
 * Builds the next cursor state and the events that are new or different. Hashing thousands
 * of events takes tens of ms, so it yields after each one for the caller to pace.
 */
function* diffListing(folder: IcsFolderResult, previous: CursorState | null) {
  const before = previous ? flattenCursor(previous) : new Map<string, CursorEntry>();
  const next: CursorState = new Map();
  const listed = new Set<string>();
  const changed: ProviderCalendarEvent[] = [];
  for (const [file, events] of folder.byFile) {
    const entries = new Map<string, CursorEntry>();
    for (const event of events) {
      if (listed.has(event.id)) continue;
      const entry = entryFor(event);
      entries.set(event.id, entry);
      listed.add(event.id);
      if (before.get(event.id)?.[0] !== entry[0]) changed.push(event);
      yield;
    }
    next.set(file, entries);
  }
  // A file with a problem keeps what it listed before, so a half-saved edit cancels nothing.
  for (const file of folder.troubled) {
    const entries = next.get(file) ?? new Map<string, CursorEntry>();
    for (const [id, entry] of previous?.get(file) ?? []) {
      if (listed.has(id)) continue;
      entries.set(id, entry);
      listed.add(id);
    }
    next.set(file, entries);
  }
  return { next, listed, changed, before };
}

/** Ids that were listed before and are gone now, except events that merely ended before the window. */
function removedIds(before: Map<string, CursorEntry>, listed: Set<string>, window: TimeWindow): string[] {
  const fromSeconds = window.from.getTime() / 1000;
  return [...before].filter(([id, [, end]]) => !listed.has(id) && end > fromSeconds).map(([id]) => id);
}

/** Creates the local calendar provider for one folder (which may not exist yet). */
export function createLocalCalendarProvider(options: LocalCalendarOptions): LocalCalendarProvider {
  let reported = new Set<string>();
  let lastErrors: IcsFileError[] = [];

  const report = (errors: IcsFileError[]) => {
    lastErrors = errors;
    const current = new Set<string>();
    for (const error of errors) {
      const key = `${error.file}\n${error.message}`;
      if (!reported.has(key) && !current.has(key)) options.onError?.(error);
      current.add(key);
    }
    reported = current;
  };

  return {
    kind: 'local',
    async listChanges(cursor, window): Promise<CalendarChanges> {
      const folder = await readIcsFolder(options.dir, window);
      report(folder.errors);
      recordFolderProblems(options.dir, folder.errors);
      const previous = decodeCursor(cursor);
      const diff = diffListing(folder, previous);
      const { next, listed, changed, before } = await runPaced(diff, createPacer());
      return {
        changed,
        removed: previous ? removedIds(before, listed, window) : [],
        cursor: encodeCursor(next),
        fullResync: previous === null,
      };
    },
    watch: (onChange) => watchFolder(options.dir, onChange, options.watch),
    lastErrors: () => lastErrors,
  };
}
