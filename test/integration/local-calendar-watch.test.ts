/**
 * The local calendar notices file changes without a restart: fs.watch on the folder, also
 * when the folder is created after watching started (the caller polls as well; this only
 * makes a sync come sooner).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLocalCalendarProvider } from '../../src/providers/local/local-calendar-provider.js';
import { icsFor } from '../helpers/ics.js';

const WINDOW = { from: new Date('2026-01-04T00:00:00Z'), to: new Date('2026-02-15T00:00:00Z') };
const acme = {
  uid: 'acme-1',
  title: 'Acme discovery',
  start: new Date('2026-01-06T15:00:00Z'),
  end: new Date('2026-01-06T15:30:00Z'),
};

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'agendum-watch-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Resolves on the next change notification. */
function nextChange(watch: (cb: () => void) => () => void): { changed: Promise<void>; stop: () => void } {
  let stop: () => void = () => {};
  const changed = new Promise<void>((resolve) => {
    stop = watch(resolve);
  });
  return { changed, stop };
}

it('calls back when a file is added to a watched folder', async () => {
  let watching: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    watching = resolve;
  });
  const provider = createLocalCalendarProvider({
    dir: root,
    watch: { debounceMs: 20, retryMs: 60_000, onWatching: () => watching() },
  });
  const { changed, stop } = nextChange((cb) => provider.watch(cb));
  await ready;
  await writeFile(path.join(root, 'acme.ics'), icsFor(acme));
  await changed;
  stop();
  expect((await provider.listChanges(null, WINDOW)).changed.map((e) => e.id)).toEqual(['acme-1']);
});

it('starts watching a folder that is created after watching started', async () => {
  const dir = path.join(root, 'calendars', 'dana@northwind.example');
  const provider = createLocalCalendarProvider({ dir, watch: { debounceMs: 20, retryMs: 50 } });
  const { changed, stop } = nextChange((cb) => provider.watch(cb));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'acme.ics'), icsFor(acme));
  await changed;
  stop();
  expect((await provider.listChanges(null, WINDOW)).changed.map((e) => e.id)).toEqual(['acme-1']);
});
