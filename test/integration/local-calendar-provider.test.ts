/**
 * listChanges on a real folder: what a sync sees when files are added, edited, deleted or
 * broken, and when the cursor is lost.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createLocalCalendarProvider,
  type IcsFileError,
  type LocalCalendarProvider,
} from '../../src/providers/local/local-calendar-provider.js';
import { icsFor } from '../helpers/ics.js';

const WINDOW = { from: new Date('2026-01-04T00:00:00Z'), to: new Date('2026-02-15T00:00:00Z') };

const acme = {
  uid: 'acme-1',
  title: 'Acme discovery',
  start: new Date('2026-01-06T15:00:00Z'),
  end: new Date('2026-01-06T15:30:00Z'),
  attendees: [{ email: 'priya@acme-robotics.example' }],
};
const globex = { ...acme, uid: 'globex-1', title: 'Globex demo', start: new Date('2026-01-07T19:00:00Z') };

const weekly = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:weekly-1',
  'DTSTART;TZID=America/New_York:20260105T090000',
  'DTEND;TZID=America/New_York:20260105T093000',
  'RRULE:FREQ=WEEKLY;COUNT=4',
  'SUMMARY:Pipeline review',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let dir: string;
let provider: LocalCalendarProvider;
let reported: IcsFileError[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-ics-'));
  reported = [];
  provider = createLocalCalendarProvider({ dir, onError: (e) => reported.push(e) });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFile(path.join(dir, name), text);
const ids = (events: { id: string }[]) => events.map((e) => e.id).sort();

describe('listChanges', () => {
  it('lists everything as a full resync without a cursor', async () => {
    await write('acme.ics', icsFor(acme));
    await write('globex.ics', icsFor(globex));
    const first = await provider.listChanges(null, WINDOW);
    expect(first.fullResync).toBe(true);
    expect(ids(first.changed)).toEqual(['acme-1', 'globex-1']);
    expect(first.removed).toEqual([]);
  });

  it('reports nothing when nothing changed, only the edited event when one did', async () => {
    await write('acme.ics', icsFor(acme));
    await write('globex.ics', icsFor(globex));
    const first = await provider.listChanges(null, WINDOW);
    const again = await provider.listChanges(first.cursor, WINDOW);
    expect(again).toMatchObject({ changed: [], removed: [], fullResync: false });

    await write('globex.ics', icsFor({ ...globex, start: new Date('2026-01-08T19:00:00Z') }));
    await write('initech.ics', icsFor({ ...acme, uid: 'initech-1', title: 'Initech deep-dive' }));
    const next = await provider.listChanges(again.cursor, WINDOW);
    expect(ids(next.changed)).toEqual(['globex-1', 'initech-1']);
    expect(next.changed.find((e) => e.id === 'globex-1')?.start.toISOString()).toBe(
      '2026-01-08T19:00:00.000Z',
    );
  });

  it('reports the ids of a deleted file as removed, once', async () => {
    await write('acme.ics', icsFor(acme));
    await write('weekly.ics', weekly);
    const first = await provider.listChanges(null, WINDOW);
    await rm(path.join(dir, 'weekly.ics'));
    const next = await provider.listChanges(first.cursor, WINDOW);
    expect(next.removed).toEqual([
      'weekly-1::2026-01-05T14:00:00.000Z',
      'weekly-1::2026-01-12T14:00:00.000Z',
      'weekly-1::2026-01-19T14:00:00.000Z',
      'weekly-1::2026-01-26T14:00:00.000Z',
    ]);
    expect(next.changed).toEqual([]);
    expect((await provider.listChanges(next.cursor, WINDOW)).removed).toEqual([]);
  });

  it('reports an occurrence removed by a new EXDATE, and leaves its siblings alone', async () => {
    await write('weekly.ics', weekly);
    const first = await provider.listChanges(null, WINDOW);
    await write(
      'weekly.ics',
      weekly.replace('SUMMARY:', 'EXDATE;TZID=America/New_York:20260119T090000\r\nSUMMARY:'),
    );
    const next = await provider.listChanges(first.cursor, WINDOW);
    expect(next.removed).toEqual(['weekly-1::2026-01-19T14:00:00.000Z']);
    expect(next.changed).toEqual([]);
  });

  it('does not report an event as removed because it ended before the window', async () => {
    await write('acme.ics', icsFor(acme));
    const first = await provider.listChanges(null, WINDOW);
    const later = { from: new Date('2026-01-10T00:00:00Z'), to: new Date('2026-02-20T00:00:00Z') };
    const next = await provider.listChanges(first.cursor, later);
    expect(next).toMatchObject({ changed: [], removed: [] });
  });

  it('falls back to a full resync on a cursor it cannot read', async () => {
    await write('acme.ics', icsFor(acme));
    for (const garbage of ['not json', '{"v":99}', '[]', '{"v":1,"f":{"a.ics":{"x":"y"}}}']) {
      const result = await provider.listChanges(garbage, WINDOW);
      expect(result.fullResync).toBe(true);
      expect(ids(result.changed)).toEqual(['acme-1']);
    }
  });

  it('keeps the events of a file that is broken for a moment, and reports the problem once', async () => {
    await write('acme.ics', icsFor(acme));
    const first = await provider.listChanges(null, WINDOW);
    await write('acme.ics', icsFor(acme).replace('SUMMARY:', 'SUMMARY'));
    const broken = await provider.listChanges(first.cursor, WINDOW);
    expect(broken).toMatchObject({ changed: [], removed: [] });
    await provider.listChanges(broken.cursor, WINDOW);
    expect(reported).toHaveLength(1);
    expect(reported[0]?.file).toBe('acme.ics');
    expect(provider.lastErrors()).toHaveLength(1);

    await write('acme.ics', icsFor({ ...acme, title: 'Acme discovery (fixed)' }));
    const fixed = await provider.listChanges(broken.cursor, WINDOW);
    expect(fixed.changed.map((e) => e.title)).toEqual(['Acme discovery (fixed)']);
    expect(provider.lastErrors()).toEqual([]);
  });

  it('treats a folder that does not exist yet as an empty calendar', async () => {
    const missing = createLocalCalendarProvider({ dir: path.join(dir, 'not-yet') });
    const result = await missing.listChanges(null, WINDOW);
    expect(result).toMatchObject({ changed: [], removed: [], fullResync: true });
  });

  it('keeps the cursor compact', async () => {
    await write('weekly.ics', weekly);
    const { cursor } = await provider.listChanges(null, WINDOW);
    expect(cursor.length).toBeLessThan(400);
  });
});
