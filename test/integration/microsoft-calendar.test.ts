/**
 * The Graph calendar provider against the loopback emulator, with the real MSAL and Graph
 * SDK: delta paging, bare occurrences completed from their series master, a moved and a
 * cancelled occurrence, isCancelled meetings, an expired delta token, a moved sync window,
 * a throttled burst honoured through Retry-After, and a reset connection repeated.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { type MicrosoftEmulator, startMicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { connectRig, MS_REP, type ProviderRig } from '../helpers/microsoft-provider.js';

const DAY = 86_400_000;
const WINDOW = { from: new Date('2030-01-01T00:00:00Z'), to: new Date('2030-03-01T00:00:00Z') };
const PROSPECT = { email: 'priya.raman@acme-robotics.example', name: 'Priya Raman' };

let emu: MicrosoftEmulator;
let rig: ProviderRig;

beforeEach(async () => {
  emu = await startMicrosoftEmulator();
  emu.addUser(MS_REP);
  rig = await connectRig(emu);
});
afterEach(async () => {
  expect(emu.faults.unhandled).toEqual([]);
  await emu.close();
});

const cal = () => emu.calendar(MS_REP.email);
const list = (cursor: string | null, window = WINDOW) => rig.providers.calendar.listChanges(cursor, window);

function seedWeekly() {
  return cal().add(
    {
      subject: 'Acme Robotics weekly check-in',
      body: 'Purpose: keep the pilot on track',
      start: new Date('2030-01-07T15:00:00Z'),
      end: new Date('2030-01-07T15:30:00Z'),
      organizer: MS_REP.email,
      originalStartTimeZone: 'Eastern Standard Time',
      attendees: [{ ...PROSPECT }, { email: 'board-room@northwind.example', type: 'resource' }],
    },
    { everyDays: 7, count: 3 },
  );
}

describe('Graph calendar provider', () => {
  it('completes bare occurrences from one fetch of their series master per round', async () => {
    const series = seedWeekly();
    const first = await list(null);
    expect(first.fullResync).toBe(false);
    expect(first.changed.map((e) => e.id).sort()).toEqual([...series.occurrenceIds].sort());
    const occ = first.changed.find((e) => e.id === series.occurrenceIds[1]);
    expect(occ).toMatchObject({
      title: 'Acme Robotics weekly check-in',
      description: 'Purpose: keep the pilot on track',
      start: new Date('2030-01-14T15:00:00Z'),
      timeZone: 'America/New_York',
      organizerEmail: MS_REP.email,
    });
    expect(occ?.attendees.map((a) => [a.email, a.kind])).toEqual([
      [MS_REP.email, 'person'],
      [PROSPECT.email, 'person'],
      ['board-room@northwind.example', 'resource'],
    ]);
    expect(emu.faults.count('GET /v1.0/me/events/{id}')).toBe(1);
    // Every Graph request asked for immutable ids and the calendar for UTC times.
    const graph = emu.faults.requests.filter((r) => r.path.startsWith('/v1.0/'));
    expect(graph.every((r) => r.prefer.includes('IdType="ImmutableId"'))).toBe(true);
    expect(
      emu.faults.requests
        .filter((r) => r.route.includes('calendarView'))
        .every((r) => r.prefer.includes('outlook.timezone="UTC"')),
    ).toBe(true);
  });

  it('reports a moved occurrence as changed and a cancelled one as removed', async () => {
    const series = seedWeekly();
    const first = await list(null);
    const [, second, third] = series.occurrenceIds as [string, string, string];
    cal().moveOccurrence(second, new Date('2030-01-15T18:00:00Z'), new Date('2030-01-15T18:30:00Z'));
    cal().cancelOccurrence(third);
    const next = await list(first.cursor);
    expect(next.fullResync).toBe(false);
    expect(next.changed.map((e) => [e.id, e.start.toISOString(), e.title])).toEqual([
      [second, '2030-01-15T18:00:00.000Z', 'Acme Robotics weekly check-in'],
    ]);
    expect(next.removed).toEqual([third]);
    const quiet = await list(next.cursor);
    expect([quiet.changed, quiet.removed]).toEqual([[], []]);
  });

  it('maps an organizer-cancelled meeting to status cancelled, and a deleted one to removed', async () => {
    const a = cal().add({
      subject: 'Intro call',
      start: new Date('2030-01-10T15:00:00Z'),
      end: new Date('2030-01-10T16:00:00Z'),
      organizer: PROSPECT.email,
      attendees: [{ email: MS_REP.email }],
    });
    const b = cal().add({
      subject: 'Demo',
      start: new Date('2030-01-11T15:00:00Z'),
      end: new Date('2030-01-11T16:00:00Z'),
      organizer: MS_REP.email,
    });
    const first = await list(null);
    cal().cancel(a.id);
    cal().delete(b.id);
    const next = await list(first.cursor);
    expect(next.changed.map((e) => [e.id, e.status])).toEqual([[a.id, 'cancelled']]);
    expect(next.removed).toEqual([b.id]);
  });

  it('pages through @odata.nextLink and stores only the final deltaLink', async () => {
    for (let i = 0; i < 120; i++) {
      const start = new Date(WINDOW.from.getTime() + (i % 50) * DAY + 15 * 3_600_000);
      cal().add({
        subject: `Meeting ${i}`,
        start,
        end: new Date(start.getTime() + 1_800_000),
        organizer: MS_REP.email,
      });
    }
    const first = await list(null);
    expect(first.changed).toHaveLength(120);
    expect(new Set(first.changed.map((e) => e.id)).size).toBe(120);
    expect(emu.faults.count('GET /v1.0/me/calendarView/delta')).toBe(3); // 50 + 50 + 20
    expect(JSON.parse(first.cursor).link).toMatch(
      /^https:\/\/graph\.microsoft\.com\/v1\.0\/me\/calendarView\/delta\?\$deltatoken=/,
    );
  });

  for (const as of ['410', 'syncStateNotFound'] as const) {
    it(`restarts with a full listing when the delta token is gone (${as})`, async () => {
      const series = seedWeekly();
      const first = await list(null);
      emu.rounds.reset(as);
      const single = cal().add({
        subject: 'Pricing review',
        start: new Date('2030-01-20T15:00:00Z'),
        end: new Date('2030-01-20T16:00:00Z'),
        organizer: MS_REP.email,
      });
      const next = await list(first.cursor);
      expect(next.fullResync).toBe(true);
      const ids = next.changed.map((e) => e.id);
      expect(ids.sort()).toEqual([...series.occurrenceIds, single.id].sort());
      expect(new Set(ids).size).toBe(ids.length);
      expect(emu.faults.count('GET /v1.0/me/calendarView/delta', as === '410' ? 410 : 400)).toBe(1);
    });
  }

  it('starts a new round once the sync window has moved beyond the stored one', async () => {
    seedWeekly();
    const first = await list(null);
    const later = {
      from: new Date(WINDOW.from.getTime() + 30 * DAY),
      to: new Date(WINDOW.to.getTime() + 30 * DAY),
    };
    const next = await list(first.cursor, later);
    expect(next.fullResync).toBe(true);
    expect(JSON.parse(next.cursor).to).toBe(new Date(later.to.getTime() + 7 * DAY).toISOString());
  });

  it('honours Retry-After through a throttled burst without the SDK retrying too', async () => {
    seedWeekly();
    emu.faults.add({ route: '*', status: 429, retryAfter: 2, times: 2 });
    const first = await list(null);
    expect(first.changed).toHaveLength(3);
    expect(rig.waits).toHaveLength(2);
    expect(rig.waits.every((ms) => ms >= 2000)).toBe(true);
    expect(emu.faults.requests.filter((r) => r.status === 429)).toHaveLength(2);
  });

  it('repeats a read whose connection was reset (a transport failure, not a bug)', async () => {
    seedWeekly();
    emu.faults.add({ route: 'GET /v1.0/me/calendarView/delta', drop: true });
    const first = await list(null);
    expect(first.changed).toHaveLength(3);
    expect(rig.waits).toHaveLength(1);
    expect(emu.faults.count('GET /v1.0/me/calendarView/delta')).toBe(2);
  });

  it('gives up on a long burst with provider_rate_limited and a retryAt after Retry-After', async () => {
    emu.faults.add({ route: '*', status: 429, retryAfter: 120, times: 10 });
    const before = Date.now();
    const err = await list(null).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('provider_rate_limited');
    expect((err as AppError).details.retryAt?.getTime()).toBeGreaterThanOrEqual(before + 120_000);
    expect(emu.faults.requests.filter((r) => r.status === 429)).toHaveLength(1); // 120 s is not slept in-process
  });
});
