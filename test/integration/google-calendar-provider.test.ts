/**
 * The Google calendar provider through the real googleapis SDK against the loopback
 * emulator: paging, sync tokens, recurring instances, 410, retry policy, invalid_grant.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import type { CalendarProvider } from '../../src/providers/types.js';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { googleProvidersFor, type memoryTokenStore } from '../helpers/google-service.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya@acme-robotics.example';
const DAY = 86_400_000;

let emu: GoogleEmulator;
let calendar: CalendarProvider;
let tokens: ReturnType<typeof memoryTokenStore>;
let sleeps: number[];
const now = Date.now();
const window = () => ({ from: new Date(now - DAY), to: new Date(now + 60 * DAY) });

function seed(summary: string, inDays: number, extra: { attendees?: string[] } = {}) {
  const start = new Date(now + inDays * DAY);
  return emu.calendar(REP).addEvent({
    summary,
    start,
    end: new Date(start.getTime() + 30 * 60_000),
    attendees: [{ email: REP }, ...(extra.attendees ?? [PROSPECT]).map((email) => ({ email }))],
  });
}

beforeEach(async () => {
  emu = await startGoogleEmulator();
  const refreshToken = emu.addUser(REP);
  sleeps = [];
  ({
    providers: { calendar },
    tokens,
  } = googleProvidersFor(emu, { email: REP, refreshToken, sleeps }));
});
afterEach(async () => {
  expect(emu.unimplemented).toEqual([]);
  await emu.close();
});

describe('Google calendar provider', () => {
  it('pages a full listing to the end, keeps only the window, and stores the sync token', async () => {
    for (let i = 1; i <= 5; i++) seed(`Call ${i}`, i);
    seed('Far future', 200);
    seed('Yesterday', -3);
    emu.eventsList.pageSizeLimit = 2;
    const first = await calendar.listChanges(null, window());
    expect(first.fullResync).toBe(true);
    expect(first.changed.map((e) => e.title).sort()).toEqual([
      'Call 1',
      'Call 2',
      'Call 3',
      'Call 4',
      'Call 5',
    ]);
    // 6 events from timeMin on (the far one included: no timeMax in the baseline) → 3 pages.
    expect(emu.count('calendar.events.list')).toBe(3);
    const event = first.changed.find((e) => e.title === 'Call 1');
    expect(event?.attendees.map((a) => [a.email, a.response])).toEqual([
      [REP, 'needsAction'],
      [PROSPECT, 'needsAction'],
    ]);
    expect(event?.organizerEmail).toBe(REP);
    expect(event?.timeZone).toBe('America/New_York');

    const again = await calendar.listChanges(first.cursor, window());
    expect(again).toMatchObject({ changed: [], removed: [], fullResync: false });
  });

  it('returns only what changed since the cursor: new, edited, answered and deleted events', async () => {
    const kept = seed('Kept', 2);
    const answered = seed('Answered', 3);
    const deleted = seed('Deleted', 4);
    const base = await calendar.listChanges(null, window());
    seed('New', 5);
    emu.calendar(REP).updateEvent(kept, (e) => {
      e.attendees?.push({ email: 'sam@acme-robotics.example', responseStatus: 'accepted' });
    });
    emu.calendar(REP).setResponse(answered, REP, 'declined');
    emu.calendar(REP).deleteEvent(deleted);
    const next = await calendar.listChanges(base.cursor, window());
    expect(next.fullResync).toBe(false);
    expect(next.changed.map((e) => e.title).sort()).toEqual(['Answered', 'Kept', 'New']);
    expect(next.changed.find((e) => e.id === kept)?.attendees.map((a) => a.email)).toContain(
      'sam@acme-robotics.example',
    );
    expect(
      next.changed.find((e) => e.id === answered)?.attendees.find((a) => a.email === REP)?.response,
    ).toBe('declined');
    expect(next.removed).toEqual([deleted]);
  });

  it('expands a series into instances; a moved instance keeps its id, a cancelled one is removed', async () => {
    const start = new Date(now + 2 * DAY);
    const ids = emu.calendar(REP).addSeries({
      id: 'weekly',
      summary: 'Weekly sync with Acme',
      start,
      end: new Date(start.getTime() + 30 * 60_000),
      attendees: [{ email: REP }, { email: PROSPECT }],
      count: 4,
    });
    const base = await calendar.listChanges(null, window());
    expect(base.changed.map((e) => e.id)).toEqual(ids);
    expect(ids[0]).toMatch(/^weekly_\d{8}T\d{6}Z$/);

    const [, moved, cancelled] = ids as [string, string, string, string];
    const newStart = new Date(start.getTime() + 7 * DAY + 2 * 3600_000);
    emu.calendar(REP).moveEvent(moved, newStart, new Date(newStart.getTime() + 30 * 60_000));
    emu.calendar(REP).cancelEvent(cancelled);
    const next = await calendar.listChanges(base.cursor, window());
    expect(next.changed.map((e) => [e.id, e.start.toISOString()])).toEqual([[moved, newStart.toISOString()]]);
    expect(next.removed).toEqual([cancelled]);

    // A later full listing no longer contains the cancelled instance.
    emu.calendar(REP).invalidateSyncTokens();
    const full = await calendar.listChanges(next.cursor, window());
    expect(full.fullResync).toBe(true);
    expect(full.changed.map((e) => e.id).sort()).toEqual(ids.filter((id) => id !== cancelled).sort());
  });

  it('answers a 410 with a full listing of the window, then continues incrementally', async () => {
    seed('One', 1);
    seed('Two', 2);
    const base = await calendar.listChanges(null, window());
    emu.calendar(REP).invalidateSyncTokens();
    seed('Three', 3);
    const resynced = await calendar.listChanges(base.cursor, window());
    expect(resynced.fullResync).toBe(true);
    expect(resynced.changed.map((e) => e.title).sort()).toEqual(['One', 'Three', 'Two']);
    expect(emu.requests.filter((r) => r.route === 'calendar.events.list').map((r) => r.status)).toEqual([
      200, 410, 200,
    ]);
    const after = await calendar.listChanges(resynced.cursor, window());
    expect(after).toMatchObject({ changed: [], fullResync: false });
  });

  it('backs off on 429 (honouring Retry-After), 403 userRateLimitExceeded and 500, then succeeds', async () => {
    seed('One', 1);
    emu.inject('calendar.events.list', { kind: 'rate_limit_429', retryAfterSeconds: 7 });
    emu.inject('calendar.events.list', { kind: 'rate_limit_403', reason: 'userRateLimitExceeded' });
    emu.inject('calendar.events.list', { kind: 'server_error' });
    const changes = await calendar.listChanges(null, window());
    expect(changes.changed).toHaveLength(1);
    expect(sleeps).toHaveLength(3);
    expect(sleeps[0]).toBeGreaterThanOrEqual(7000);
    expect(emu.count('calendar.events.list')).toBe(4);
  });

  it('gives up after bounded attempts with provider_rate_limited and a retryAt', async () => {
    emu.inject('calendar.events.list', { kind: 'rate_limit_429', retryAfterSeconds: 2 }, 10);
    const err = await calendar.listChanges(null, window()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('provider_rate_limited');
    expect((err as AppError).details.retryAt?.getTime()).toBeGreaterThan(Date.now() + 1000);
    expect(emu.count('calendar.events.list')).toBe(4);
  });

  it('saves refreshed tokens with the old refresh token merged in', async () => {
    seed('One', 1);
    await calendar.listChanges(null, window());
    expect(tokens.saves.length).toBeGreaterThanOrEqual(1);
    const saved = tokens.saves.at(-1) as Record<string, unknown>;
    expect(saved.refresh_token).toBe(tokens.current.refresh_token);
    expect(typeof saved.access_token).toBe('string');
    expect(typeof saved.expiry_date).toBe('number');
  });

  it('turns a revoked refresh token into needs_reauth for the connection', async () => {
    seed('One', 1);
    await calendar.listChanges(null, window());
    emu.oauth.revokeAll(REP);
    const err = await calendar.listChanges(null, window()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('needs_reauth');
    expect((err as AppError).details.connectionId).toBe('conn-test');
    expect((err as AppError).message).toContain('/oauth/google/start');
    expect(emu.oauth.tokenRequests.at(-1)).toEqual({ grantType: 'refresh_token', ok: false });
  });
});
