/**
 * The local calendar's cursor: for each file, the events it listed last time with a content
 * hash and their end. Compact JSON, opaque to callers. Keeping the file lets a file that is
 * briefly broken (half-saved by an editor) keep its events instead of reporting them removed;
 * keeping the end tells an event that aged out of the window from one that was deleted.
 */
import { createHash } from 'node:crypto';
import type { CalendarEvent } from '../../domain/types.js';

/** [content hash, end in epoch seconds] */
export type CursorEntry = [string, number];
/** file name → event id → entry */
export type CursorState = Map<string, Map<string, CursorEntry>>;

const VERSION = 1;

/** A short stable hash of everything a CalendarEvent says. */
export function hashEvent(event: CalendarEvent): string {
  return createHash('sha256').update(JSON.stringify(event)).digest('base64url').slice(0, 16);
}

/** The cursor entry for an event. */
export function entryFor(event: CalendarEvent): CursorEntry {
  return [hashEvent(event), Math.floor(event.end.getTime() / 1000)];
}

function isEntry(value: unknown): value is CursorEntry {
  return (
    Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isFinite(value[1])
  );
}

/** Reads a cursor; null when it is absent or not one of ours (the caller does a full resync). */
export function decodeCursor(cursor: string | null): CursorState | null {
  if (!cursor) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { v, f } = parsed as { v?: unknown; f?: unknown };
  if (v !== VERSION || typeof f !== 'object' || f === null || Array.isArray(f)) return null;
  const state: CursorState = new Map();
  for (const [file, events] of Object.entries(f)) {
    if (typeof events !== 'object' || events === null) return null;
    const entries = new Map<string, CursorEntry>();
    for (const [id, entry] of Object.entries(events)) {
      if (!isEntry(entry)) return null;
      entries.set(id, entry);
    }
    state.set(file, entries);
  }
  return state;
}

/** Writes a cursor. */
export function encodeCursor(state: CursorState): string {
  const f: Record<string, Record<string, CursorEntry>> = {};
  for (const [file, entries] of state) f[file] = Object.fromEntries(entries);
  return JSON.stringify({ v: VERSION, f });
}

/** Every id in the state with its entry, whichever file it came from. */
export function flattenCursor(state: CursorState): Map<string, CursorEntry> {
  const all = new Map<string, CursorEntry>();
  for (const entries of state.values()) for (const [id, entry] of entries) all.set(id, entry);
  return all;
}
