/**
 * Dropping exporters' quirky files into a running local rep's calendar folder lists every
 * event at its right instant in `/api/meetings`; what had to be guessed shows on the meeting
 * (`warnings`) and on the connection (`calendarProblems`, the dashboard's connections panel).
 * The files are test/fixtures/ics/quirks (ours, modelled on real exports) and, when
 * ../shared/fixtures/peers is there, two of the peers' files at their own (past) dates.
 */

import { existsSync } from 'node:fs';
import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { localCalendarDir } from '../../src/providers/local-paths.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { signIn } from '../helpers/signin.js';

const QUIRKS = fileURLToPath(new URL('../fixtures/ics/quirks/', import.meta.url));
const PEERS = fileURLToPath(
  new URL('../../../shared/fixtures/peers/ics/icalendar/src/icalendar/tests/calendars/', import.meta.url),
);

interface ApiMeeting {
  title: string;
  start: string;
  timeZone: string;
  warnings?: string[];
}
interface ApiConnection {
  provider: string;
  calendarProblems?: { file: string; message: string }[];
}

let h: Harness | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  await h?.cleanup();
  server = undefined;
  h = undefined;
});

/** Starts a rep at `now`, drops `files` into their calendar folder, syncs, signs in. */
async function dropAndSync(now: string, files: { from: string; name: string }[]) {
  h = await createHarness({ now });
  server = await serveApp(h.ctx);
  const dir = localCalendarDir(h.dataDir, REP.email);
  for (const f of files) await copyFile(path.join(f.from, f.name), path.join(dir, f.name));
  await h.tick();
  const { cookie } = await signIn(h.ctx, server.url, REP.email);
  const get = async <T>(url: string): Promise<T> => {
    const res = await fetch(`${server?.url}${url}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    return (res.headers.get('content-type')?.includes('json') ? res.json() : res.text()) as Promise<T>;
  };
  const { meetings } = await get<{ meetings: ApiMeeting[] }>('/api/meetings?limit=200');
  return { meetings, get };
}

const startsOf = (meetings: ApiMeeting[], title: string) =>
  meetings.filter((m) => m.title === title).map((m) => m.start);

describe('quirky calendar files in a running local calendar', () => {
  it('lists every event at its right instant, with the warnings on the meeting and the connection', async () => {
    const files = (await readdir(QUIRKS)).filter((f) => f.endsWith('.ics'));
    const { meetings, get } = await dropAndSync(
      '2026-12-01T12:00:00Z',
      files.map((name) => ({ from: QUIRKS, name })),
    );
    const expected: Record<string, string[]> = {
      'Globex weekly standup (Exchange CDO)': [
        '2026-12-07T15:00:00.000Z',
        '2026-12-08T15:00:00.000Z',
        '2026-12-14T15:00:00.000Z',
        '2026-12-15T15:00:00.000Z',
      ],
      'Initech pickup call': ['2026-12-03T14:00:00.000Z'],
      'Acme offsite (all day)': ['2026-12-04T00:00:00.000Z'],
      'Umbrella pipeline sync': [
        '2026-12-08T15:00:00.000Z',
        '2026-12-10T15:00:00.000Z',
        '2026-12-18T15:00:00.000Z',
        '2026-12-19T15:00:00.000Z',
        '2026-12-22T15:00:00.000Z',
      ],
      'From the first calendar': ['2026-12-09T14:00:00.000Z'],
      'From the second calendar': ['2026-12-09T16:00:00.000Z'],
      'Hooli steering committee': [
        '2026-12-02T15:00:00.000Z',
        '2026-12-09T15:00:00.000Z',
        '2026-12-16T15:00:00.000Z',
      ],
      'Soylent office hours': ['2026-12-05T15:00:00.000Z', '2026-12-12T15:00:00.000Z'],
      'Vandelay demo (Vancouver)': ['2026-12-10T18:00:00.000Z'],
      // No zone anybody knows: 16:00 in the rep's zone (America/New_York), not 16:00 UTC.
      'Wonka kickoff': ['2026-12-11T21:00:00.000Z'],
      'Cyberdyne review (Windows zone id)': ['2026-12-11T13:00:00.000Z'],
      'Month-end review': ['2026-12-31T15:00:00.000Z'],
      'Lunar planning': ['2026-12-06T15:00:00.000Z'],
      'Intact next to it': ['2026-12-14T17:00:00.000Z'],
    };
    for (const [title, starts] of Object.entries(expected)) {
      expect(startsOf(meetings, title).sort(), title).toEqual(starts);
    }
    expect(meetings.some((m) => m.title === 'Damaged by a bad edit')).toBe(false);

    const wonka = meetings.find((m) => m.title === 'Wonka kickoff');
    expect(wonka?.timeZone).toBe(REP.timeZone);
    expect(wonka?.warnings).toEqual([expect.stringMatching(/^unknown-zone\.ics: line 4: .*rep's zone/)]);
    expect(meetings.find((m) => m.title === 'Vandelay demo (Vancouver)')?.timeZone).toBe('America/Vancouver');
    expect(meetings.find((m) => m.title === 'Hooli steering committee')?.timeZone).toBe('Europe/Berlin');
    // Nothing to say, nothing said: the field is left out.
    expect(meetings.find((m) => m.title === 'From the first calendar')).not.toHaveProperty('warnings');

    const { connections } = await get<{ connections: ApiConnection[] }>('/api/connections');
    const problems = connections.find((c) => c.provider === 'local')?.calendarProblems ?? [];
    expect(problems).toContainEqual({
      file: 'damaged-event.ics',
      message: expect.stringMatching(/^line 8: invalid line .*"Damaged by a bad edit"/),
    });
    expect(problems.map((p) => p.file)).toContain('unknown-zone.ics');

    const page = await get<string>('/');
    expect(page).toContain('problem(s) reading calendar files');
    expect(page).toContain('damaged-event.ics');
    expect(page).toMatch(/From the calendar file, with a guess or a gap:.*Western\/Central Europe/s);
  });
});

const peers = existsSync(PEERS);
describe.skipIf(!peers)(
  `peers' files in a running local calendar${peers ? '' : ' (skipped: ../shared/fixtures/peers missing)'}`,
  () => {
    it('lists a Vancouver series whose VTIMEZONE is DTSTART+RDATE only at its right instant', async () => {
      const { meetings } = await dropAndSync('2023-09-18T00:00:00Z', [
        { from: PEERS, name: 'period_with_timezone.ics' },
      ]);
      // 12:00 PDT; the Dec 13 RDATE (a PERIOD) at 12:00 PST.
      expect(startsOf(meetings, 'Test RDATE')).toEqual(
        expect.arrayContaining([
          '2023-09-20T19:00:00.000Z',
          '2023-10-18T19:00:00.000Z',
          '2023-11-15T20:00:00.000Z',
        ]),
      );
      expect(meetings.find((m) => m.title === 'Test RDATE')?.timeZone).toBe('America/Vancouver');
    });

    it('lists each occurrence of a Lotus Notes RECURRENCE-ID with an RDATE list', async () => {
      const { meetings } = await dropAndSync('2021-10-30T00:00:00Z', [
        { from: PEERS, name: 'issue_156_RDATE_with_PERIOD_TZID_khal_2.ics' },
      ]);
      expect(startsOf(meetings, '(omitted)').sort()).toEqual([
        '2021-11-01T15:00:00.000Z',
        '2021-12-06T15:00:00.000Z',
      ]);
    });
  },
);
