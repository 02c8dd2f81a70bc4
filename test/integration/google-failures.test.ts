/**
 * The real service on Google when things go wrong: a send that timed out after Gmail
 * accepted it, a revoked refresh token (needs_reauth, paused steps, recovery), polling
 * without PUBLIC_URL, and the browser flow against the emulator: a new rep signs in with
 * Google (identity only), then connects their account through its consent endpoint.
 */
import { describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/doctor.js';
import { type GoogleService, startGoogleService, useGoogleEmulator } from '../helpers/google-service.js';
import { postForm } from '../helpers/http.js';
import { signInWith } from '../helpers/oidc.js';
import { approvalRequestInGmail } from '../helpers/scenario.js';
import { signIn } from '../helpers/signin.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya.raman@acme-robotics.example';
const HOUR = 3_600_000;

const rig = useGoogleEmulator();

function seedMeeting(summary: string, inHours: number) {
  const start = new Date(Date.now() + inHours * HOUR);
  return rig.emu.calendar(REP).addEvent({
    summary,
    start,
    end: new Date(start.getTime() + 30 * 60_000),
    attendees: [
      { email: REP, responseStatus: 'accepted' },
      { email: PROSPECT, displayName: 'Priya Raman' },
    ],
  });
}

const db = () => (rig.svc as GoogleService).service.ctx.db;

describe('Google failure handling (service in-process)', () => {
  it('does not send twice when the send timed out after Gmail accepted it', async () => {
    const refreshToken = rig.emu.addUser(REP);
    seedMeeting('Acme Robotics × Northwind — discovery call', 40);
    rig.emu.inject('gmail.messages.send', { kind: 'accept_then_delay', delayMs: 2500 });
    rig.svc = await startGoogleService(rig.emu, {
      email: REP,
      refreshToken,
      // The send's own timeout runs in real time, inside the call: it gives up after 1 s
      // while the emulator holds Gmail's answer for 2.5 s.
      sendTimeoutMs: 500,
      rep: { approvalMode: 'auto', agendaLeadMinutes: 14 * 24 * 60 },
    });
    const postponed = await rig.svc.until('send postponed after the timeout', () =>
      db().step.findFirst({ where: { kind: 'send_message', status: 'pending', attempts: 1 } }),
    );
    expect(postponed.lastError).toContain('did not answer');
    expect((await db().message.findFirstOrThrow({ where: { kind: 'agenda' } })).status).toBe('sending');
    // The step runner postponed the failed send by ~30 s of service time: driving the service
    // lets that pass, and the retry finds the message in Sent instead of sending it again.
    const agenda = await rig.svc.until('agenda sent', () =>
      db().message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
    );
    expect(rig.svc.timers.clock().getTime()).toBeGreaterThanOrEqual(postponed.dueAt.getTime());
    const step = await db().step.findFirstOrThrow({ where: { kind: 'send_message' } });
    expect(step.status).toBe('done');
    expect(step.attempts).toBeGreaterThanOrEqual(2); // the timed-out attempt, then the Sent check
    expect(rig.emu.count('gmail.messages.send')).toBe(1);
    expect(rig.emu.faults.fired).toEqual([{ route: 'gmail.messages.send', kind: 'accept_then_delay' }]);
    expect(rig.emu.folder(REP, 'SENT').filter((m) => m.messageIdHeader === agenda.messageId)).toHaveLength(1);
    expect(rig.emu.delivered.filter((d) => d.messageId === agenda.messageId)).toHaveLength(1);
    expect(agenda.providerMessageId).toBe(rig.emu.folder(REP, 'SENT')[0]?.id);
  });

  it('invalid_grant: the connection needs reauth, its steps pause, reconnecting resumes them', async () => {
    const refreshToken = rig.emu.addUser(REP);
    seedMeeting('Acme Robotics × Northwind — discovery call', 40);
    rig.svc = await startGoogleService(rig.emu, {
      email: REP,
      refreshToken,
      rep: { agendaLeadMinutes: 14 * 24 * 60 },
    });
    const { approvalPath: link } = await approvalRequestInGmail(rig.svc, rig.emu, REP);
    rig.emu.oauth.revokeAll(REP); // the rep removed agendum's access in their Google account
    expect((await postForm(rig.svc.url + link, { action: 'approve' })).status).toBe(200);

    const paused = await rig.svc.until('send step paused', () =>
      db().step.findFirst({ where: { kind: 'send_message', status: 'paused' } }),
    );
    const conn = await db().connection.findUniqueOrThrow({ where: { id: rig.svc.connectionId } });
    expect(conn.status).toBe('needs_reauth');
    expect(conn.lastError).toContain('/oauth/google/start');
    expect(
      rig.emu.folder(REP, 'SENT').filter((m) => m.from === REP && m.recipients.includes(PROSPECT)),
    ).toEqual([]);
    const { cookie } = await signIn(rig.svc.service.ctx, rig.svc.url, REP);
    const dashboard = await (await fetch(`${rig.svc.url}/`, { headers: { cookie } })).text();
    expect(dashboard).toContain('/oauth/google/start');
    const doctor = await runDoctor(rig.svc.env);
    expect(doctor.ok).toBe(false);
    expect(doctor.lines.join('\n')).toMatch(/needs_reauth.*\/oauth\/google\/start/);

    // The rep reconnects through the service's own context (the refresh-token flow, then
    // connectAccount), so its registry forgets the old client at once. The real
    // `agendum connect google` runs in another process: google-reconnect.test.ts covers it.
    const again = await rig.svc.connect(rig.emu.oauth.issueRefreshToken(REP));
    expect(again.connectionId).toBe(rig.svc.connectionId);
    // The account's stable id is the address Gmail reports (the core binds the connection to it).
    expect(again.account.accountId).toBe(REP);
    expect(again.resumedSteps).toBeGreaterThanOrEqual(1);
    const agenda = await rig.svc.until('agenda sent after reconnect', () =>
      db().message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
    );
    expect((await db().step.findUniqueOrThrow({ where: { id: paused.id } })).status).toBe('done');
    expect(rig.emu.folder(REP, 'SENT').filter((m) => m.messageIdHeader === agenda.messageId)).toHaveLength(1);
    expect((await db().connection.findUniqueOrThrow({ where: { id: rig.svc.connectionId } })).status).toBe(
      'active',
    );
  });

  it('without PUBLIC_URL opens no channel, polls with the sync token, and doctor says so', async () => {
    const refreshToken = rig.emu.addUser(REP);
    rig.svc = await startGoogleService(rig.emu, {
      email: REP,
      refreshToken,
      publicUrl: false,
      env: { CALENDAR_POLL_SECONDS: '5' },
    });
    await rig.svc.until('first sync', async () => (await db().connection.findFirst())?.lastSyncedAt);
    seedMeeting('Acme Robotics × Northwind — demo', 40);
    await rig.svc.until('meeting found by the poll', () => db().meeting.findFirst(), 15_000);
    expect(rig.emu.count('calendar.events.watch')).toBe(0);
    expect(rig.emu.push.channels.size).toBe(0);
    const doctor = await runDoctor(rig.svc.env);
    expect(doctor.lines.join('\n')).toContain('push notifications off');
  });

  it('connects a rep through /oauth/google/start with offline access and the least scopes', async () => {
    const refreshToken = rig.emu.addUser(REP);
    rig.svc = await startGoogleService(rig.emu, {
      email: REP,
      refreshToken,
      env: { ALLOWED_SIGNUP_DOMAINS: 'northwind.example' },
    });
    const second = 'sam.lee@northwind.example';
    rig.emu.addUser(second, 'Europe/Berlin');
    rig.emu.oauth.approveAs = second;
    // Sam joins by signing in with Google (identity scopes only), then connects.
    const signin = await signInWith(rig.svc.url, 'google');
    expect(signin.status).toBe(303);
    const session = signin.session as string;

    const start = await fetch(`${rig.svc.url}/oauth/google/start`, {
      headers: { cookie: session },
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    const consent = new URL(start.headers.get('location') as string);
    expect(consent.origin + consent.pathname).toBe(`${rig.emu.url}/o/oauth2/v2/auth`);
    expect(consent.searchParams.get('access_type')).toBe('offline');
    expect(consent.searchParams.get('prompt')).toBe('consent');
    expect(consent.searchParams.get('include_granted_scopes')).toBe('true');
    expect(consent.searchParams.get('redirect_uri')).toBe(`${rig.svc.url}/oauth/google/callback`);
    expect(consent.searchParams.get('login_hint')).toBe(second);
    expect(consent.searchParams.get('scope')?.split(' ').sort()).toEqual([
      'https://www.googleapis.com/auth/calendar.events.readonly',
      'https://www.googleapis.com/auth/gmail.compose',
      'https://www.googleapis.com/auth/gmail.readonly',
    ]);
    const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] as string;

    const approved = await fetch(consent, { redirect: 'manual' });
    const callback = approved.headers.get('location') as string;
    expect(callback.startsWith(`${rig.svc.url}/oauth/google/callback?`)).toBe(true);
    const done = await fetch(callback, { headers: { cookie: `${session}; ${cookie}` }, redirect: 'manual' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(second);

    const conn = await db().connection.findFirstOrThrow({
      where: { rep: { email: second } },
      include: { rep: true },
    });
    expect(conn.status).toBe('active');
    expect(conn.rep.timeZone).toBe('Europe/Berlin');
    expect(conn.encryptedTokens).toBeTruthy();
    expect(conn.encryptedTokens).not.toContain('1//emu-');
    // One code exchange for the sign-in, one for the connection.
    expect(
      rig.emu.oauth.tokenRequests.filter((t) => t.grantType === 'authorization_code' && t.ok),
    ).toHaveLength(2);
  });
});
