/**
 * The local calendar reader against other projects' own test data: the 244 .ics files of
 * kewisch/ical.js and collective/icalendar in ../shared/fixtures/peers/ics (read from there,
 * never copied in), with the start instants its manifest lists as independently checked.
 * Each file and each instant is its own test. Files are parsed directly over 1900–2100, not
 * through the sync window, so the peers' past dates count.
 *
 * Decisions recorded here, for agendum's use (a rep's calendar feeding prospect emails):
 * - a "series" instant is its first occurrence's original start: an override may move that
 *   occurrence (ical.js samples/recur_instances.ics), and its id keeps the original start;
 * - an instant the manifest leaves unchecked (null) must still be listed, all-day when
 *   DTSTART is a bare date, and at its wall-clock time for the rep's zone with a warning when
 *   its TZID is unknown; only an event whose DTSTART is itself unreadable may be missing, and
 *   then a problem names its line.
 */

import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IcsParseResult, parseIcsText } from '../../src/providers/local/ics-events.js';
import { readIcsFolder } from '../../src/providers/local/ics-folder.js';

const PEERS = fileURLToPath(new URL('../../../shared/fixtures/peers/ics/', import.meta.url));
const present = existsSync(path.join(PEERS, 'instants.json'));
const WINDOW = { from: new Date('1900-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') };

interface Instant {
  file: string;
  uid: string;
  kind: 'single' | 'series' | 'override';
  dtstart: string;
  tzid: string | null;
  expectedStart: string | null;
}

function icsFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix))
    .flatMap((name) => {
      const rel = path.join(prefix, name);
      if (statSync(path.join(dir, rel)).isDirectory()) return icsFiles(dir, rel);
      return name.endsWith('.ics') ? [rel] : [];
    })
    .sort();
}

const files = present ? icsFiles(PEERS) : [];
const instants: Instant[] = present
  ? JSON.parse(await readFile(path.join(PEERS, 'instants.json'), 'utf8'))
  : [];

const parsed = new Map<string, IcsParseResult>();
/** The file read as the folder reader names it (by its base name, as UIDs of UID-less events are). */
async function parse(file: string): Promise<IcsParseResult> {
  let result = parsed.get(file);
  if (!result) {
    result = parseIcsText(await readFile(path.join(PEERS, file), 'utf8'), path.basename(file), WINDOW);
    parsed.set(file, result);
  }
  return result;
}

const label = (x: Instant) => `${x.file} ${x.uid.slice(0, 40)} (${x.kind}, ${x.tzid ?? 'no TZID'})`;

const SUITE = 'peer calendar files of ical.js and icalendar';
describe.skipIf(!present)(present ? SUITE : `${SUITE} (skipped: ../shared/fixtures/peers missing)`, () => {
  describe('every file reads without crashing', () => {
    it.each(files)('%s', async (file) => {
      const result = await parse(file);
      for (const e of result.events) {
        expect(Number.isNaN(e.start.getTime()), e.id).toBe(false);
        expect(e.end.getTime()).toBeGreaterThanOrEqual(e.start.getTime());
        // Emails print times in this zone: it must be one luxon and Intl know.
        expect(DateTime.now().setZone(e.timeZone).isValid, e.timeZone).toBe(true);
      }
      for (const error of result.errors) expect(error.file).toBe(path.basename(file));
    });
  });

  describe('every checked instant is right', () => {
    const checked = instants.filter((x) => x.expectedStart);
    it.each(checked.map((x) => [label(x), x] as const))('%s', async (_name, x) => {
      const want = new Date(x.expectedStart as string).toISOString();
      const events = (await parse(x.file)).events.filter((e) => e.iCalUid === x.uid);
      const starts = events.map((e) => e.start.toISOString());
      const originals = events.map((e) => e.id.split('::')[1]).filter(Boolean);
      if (x.kind === 'series') expect([...starts, ...originals]).toContain(want);
      else expect(starts).toContain(want);
      // A zone resolved from the file is never the wall-clock guess of an unknown TZID.
      for (const e of events.filter((e) => e.start.toISOString() === want)) {
        expect(e.repZone).not.toBe('wall-clock');
      }
    });
  });

  describe('every unchecked event is still listed', () => {
    const unchecked = instants.filter((x) => !x.expectedStart);
    it.each(unchecked.map((x) => [label(x), x] as const))('%s', async (_name, x) => {
      const result = await parse(x.file);
      const events = result.events.filter((e) => e.iCalUid === x.uid);
      if (!/^\d{8}(T\d{6}Z?)?$/.test(x.dtstart)) {
        // DTSTART itself is unreadable ("INVALID-DATE"): the event may go, said with its line.
        expect(events).toEqual([]);
        expect(result.errors.some((e) => /^line \d+: event /.test(e.message))).toBe(true);
        return;
      }
      expect(events.length).toBeGreaterThan(0);
      if (/^\d{8}$/.test(x.dtstart)) expect(events.every((e) => e.isAllDay)).toBe(true);
      const unknownZone = events.filter((e) => e.repZone === 'wall-clock');
      for (const e of unknownZone) {
        expect(e.warnings?.some((w) => w.includes('read in the rep'))).toBe(true);
      }
    });
  });

  describe('one bad file never stops the others', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-peers-'));
      // One flat folder, as a rep's calendar folder is; names keep their place to stay apart.
      await Promise.all(
        files.map((f) => cp(path.join(PEERS, f), path.join(dir, f.replaceAll(path.sep, '__')))),
      );
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('reads every file of a folder holding all of them', async () => {
      const folder = await readIcsFolder(dir, WINDOW);
      expect([...folder.byFile.keys()].sort()).toEqual((await readdir(dir)).sort());
      const listed = [...folder.byFile.values()].reduce((n, events) => n + events.length, 0);
      expect(listed).toBeGreaterThan(0);
    });
  });
});
