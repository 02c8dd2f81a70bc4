/**
 * Fills a rep's local calendar folder from the demo templates (examples/demo, anchored in
 * the two weeks starting Monday 2026-01-05), moved so every meeting lands in the 14 days
 * after `now`. Each file moves by the whole weeks that take the template Monday to the
 * Monday of `now`'s week in New York, plus two more weeks when it would otherwise start
 * before `now`; times and weekdays stay as written. A folder that still has a demo meeting
 * ahead is left alone, so a restart never moves meetings under the rep.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { listIcsFiles } from '../providers/local/ics-folder.js';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../security/private-files.js';
import { firstStartOf, shiftCalendar } from './shift-calendar.js';

const TEMPLATE_MONDAY = '2026-01-05';
const DEMO_ZONE = 'America/New_York';

export interface SeedDemoOptions {
  examplesDir: string;
  targetDir: string;
  now: Date;
}

function parseCalendar(source: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(source));
}

/** Whole weeks from the template Monday to the Monday of `now`'s week (in the demo zone). */
export function weeksToShift(now: Date): number {
  const monday = DateTime.fromJSDate(now, { zone: DEMO_ZONE }).startOf('week');
  const template = DateTime.fromISO(TEMPLATE_MONDAY, { zone: DEMO_ZONE });
  // Days across a DST change are 23 or 25 hours long; rounding absorbs that.
  return Math.round(monday.diff(template, 'days').days / 7);
}

/** True when a demo file already in `targetDir` still has its meeting ahead of `now`. */
async function hasUpcomingDemoEvent(targetDir: string, templates: string[], now: Date): Promise<boolean> {
  const present = new Set(await listIcsFiles(targetDir));
  for (const name of templates.filter((t) => present.has(t))) {
    try {
      const start = firstStartOf(parseCalendar(await readFile(path.join(targetDir, name), 'utf8')));
      if (start && start > now) return true;
    } catch {
      // A demo file the rep broke by hand counts as stale; re-seeding repairs it.
    }
  }
  return false;
}

function shifted(source: string, days: number, tag: string): ICAL.Component {
  const calendar = parseCalendar(source);
  shiftCalendar(calendar, days, tag);
  return calendar;
}

/** One template moved for `now` (two more weeks if it would start in the past), serialized by ical.js. */
function seededCopy(source: string, weeks: number, tag: string, now: Date): string {
  let calendar = shifted(source, weeks * 7, tag);
  const start = firstStartOf(calendar);
  if (start && start < now) calendar = shifted(source, weeks * 7 + 14, tag);
  const text = calendar.toString().replace(/\r?\n/g, '\r\n');
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/**
 * Seeds `targetDir` when it has no `.ics` files or none of the demo meetings in it is still
 * ahead of `now`. Returns whether it seeded and how many demo files it wrote.
 */
export async function seedDemoCalendar(
  options: SeedDemoOptions,
): Promise<{ seeded: boolean; events: number }> {
  const { examplesDir, targetDir, now } = options;
  const templates = await listIcsFiles(examplesDir);
  if (await hasUpcomingDemoEvent(targetDir, templates, now)) return { seeded: false, events: 0 };

  const weeks = weeksToShift(now);
  const tag = DateTime.fromISO(TEMPLATE_MONDAY, { zone: DEMO_ZONE }).plus({ weeks }).toFormat('yyyyMMdd');
  // The rep's calendar is private like the rest of DATA_DIR: folders 0700, files 0600.
  await makePrivateDir(targetDir);
  for (const name of templates) {
    const copy = seededCopy(await readFile(path.join(examplesDir, name), 'utf8'), weeks, tag, now);
    // Temp file + rename: the calendar watcher must never read half a file.
    const temp = path.join(targetDir, `.${name}.tmp`);
    // A temp file left by a crash would keep its old mode if overwritten: start afresh.
    await rm(temp, { force: true });
    await writeFile(temp, copy, { mode: PRIVATE_FILE_MODE, flag: 'wx' });
    await rename(temp, path.join(targetDir, name));
  }
  return { seeded: true, events: templates.length };
}
