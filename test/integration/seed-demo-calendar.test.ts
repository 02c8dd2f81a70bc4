/**
 * Seeding the demo calendar: whatever day agendum starts on, the demo meetings land in the
 * next 14 days at the weekday and time they were written for, and a restart leaves them
 * where they are until they have all gone by.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoCalendar } from '../../src/demo/seed-demo-calendar.js';
import type { CalendarEvent } from '../../src/domain/types.js';
import { readIcsFolder } from '../../src/providers/local/ics-folder.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/demo', import.meta.url));
const DAY = 86_400_000;
const TEMPLATE_WINDOW = { from: new Date('2026-01-04T00:00:00Z'), to: new Date('2026-01-19T00:00:00Z') };

let target: string;
beforeEach(async () => {
  target = await mkdtemp(path.join(os.tmpdir(), 'agendum-seed-'));
});
afterEach(() => rm(target, { recursive: true, force: true }));

/** First event of each file, keyed by file. */
async function firstEvents(
  dir: string,
  window: { from: Date; to: Date },
): Promise<Map<string, CalendarEvent>> {
  const { byFile, errors } = await readIcsFolder(dir, window);
  expect(errors).toEqual([]);
  const firsts = new Map<string, CalendarEvent>();
  for (const [file, events] of byFile) if (events[0]) firsts.set(file, events[0]);
  return firsts;
}

const wallClock = (e: CalendarEvent) =>
  DateTime.fromJSDate(e.start, { zone: e.timeZone }).toFormat(e.isAllDay ? 'ccc' : 'ccc HH:mm');

const NOWS = {
  'template Monday morning': '2026-01-05T14:00:00Z',
  'a Wednesday afternoon': '2026-04-15T19:00:00Z',
  'a Sunday night': '2026-02-09T04:30:00Z', // Sunday Feb 8, 23:30 in New York
  'the Friday before US DST starts': '2026-03-06T17:00:00Z',
  'the Friday before US DST ends': '2026-10-30T16:00:00Z',
  'before the template weeks': '2025-11-20T15:00:00Z',
};

describe('seedDemoCalendar', () => {
  it.each(Object.entries(NOWS))('puts every demo meeting in the next 14 days (%s)', async (_, iso) => {
    const now = new Date(iso);
    expect(await seedDemoCalendar({ examplesDir: EXAMPLES, targetDir: target, now })).toEqual({
      seeded: true,
      events: 13,
    });
    const templates = await firstEvents(EXAMPLES, TEMPLATE_WINDOW);
    const seeded = await firstEvents(target, {
      from: new Date(now.getTime() - 60 * DAY),
      to: new Date(now.getTime() + 14 * DAY),
    });

    expect([...seeded.keys()].sort()).toEqual([...templates.keys()].sort());
    for (const [file, event] of seeded) {
      expect(event.start.getTime(), file).toBeGreaterThanOrEqual(now.getTime());
      expect(event.start.getTime(), file).toBeLessThanOrEqual(now.getTime() + 14 * DAY);
      // Same weekday and local time as written, whatever DST did in between.
      expect(wallClock(event), file).toBe(wallClock(templates.get(file) as CalendarEvent));
    }
  });

  it('gives seeded events new ids, so a later re-seed never moves an old meeting', async () => {
    await seedDemoCalendar({
      examplesDir: EXAMPLES,
      targetDir: target,
      now: new Date(NOWS['a Sunday night']),
    });
    const [acme] =
      (await readIcsFolder(target, { from: new Date('2026-02-01'), to: new Date('2026-03-01') })).byFile.get(
        'acme-robotics-discovery.ics',
      ) ?? [];
    expect(acme?.id).toBe('acme-robotics-discovery-20260202@demo.northwind.example');
  });

  it('leaves a seeded folder alone while a demo meeting is still ahead', async () => {
    const now = new Date(NOWS['a Wednesday afternoon']);
    await seedDemoCalendar({ examplesDir: EXAMPLES, targetDir: target, now });
    const before = await readFile(path.join(target, 'hooli-contract-call.ics'), 'utf8');
    for (const later of [now, new Date(now.getTime() + 3 * DAY), new Date(now.getTime() + 10 * DAY)]) {
      expect(await seedDemoCalendar({ examplesDir: EXAMPLES, targetDir: target, now: later })).toEqual({
        seeded: false,
        events: 0,
      });
    }
    expect(await readFile(path.join(target, 'hooli-contract-call.ics'), 'utf8')).toBe(before);
  });

  it('re-seeds once every demo meeting has gone by', async () => {
    const now = new Date(NOWS['a Wednesday afternoon']);
    await seedDemoCalendar({ examplesDir: EXAMPLES, targetDir: target, now });
    const later = new Date(now.getTime() + 15 * DAY);
    expect((await seedDemoCalendar({ examplesDir: EXAMPLES, targetDir: target, now: later })).seeded).toBe(
      true,
    );
    const seeded = await firstEvents(target, { from: later, to: new Date(later.getTime() + 14 * DAY) });
    expect(seeded.size).toBe(13);
    expect((await readdir(target)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('seeds a folder that has only other calendar files', async () => {
    await writeFile(path.join(target, 'mine.ics'), 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n');
    const result = await seedDemoCalendar({
      examplesDir: EXAMPLES,
      targetDir: target,
      now: new Date(NOWS['a Sunday night']),
    });
    expect(result.seeded).toBe(true);
    expect(await readFile(path.join(target, 'mine.ics'), 'utf8')).toContain('BEGIN:VCALENDAR');
  });
});
