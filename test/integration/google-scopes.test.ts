/**
 * Granular consent: the rep can untick scopes on Google's consent screen. A grant without
 * a scope agendum needs is refused at connect, naming what is missing; a token that lacks
 * one later (Google's 403 insufficientPermissions) pauses the step and asks the rep to
 * reconnect, instead of failing every draft and send quietly.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { runConnect } from '../../src/connect-command.js';
import { AppError } from '../../src/errors.js';
import { createGoogleOAuthFlow } from '../../src/providers/google/google-oauth-flow.js';
import {
  type GoogleService,
  googleTestConfig,
  seedProspectMeeting,
  startGoogleService,
  useGoogleEmulator,
} from '../helpers/google-service.js';
import { postForm } from '../helpers/http.js';
import { approvalRequestInGmail } from '../helpers/scenario.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya.raman@acme-robotics.example';
const COMPOSE = 'https://www.googleapis.com/auth/gmail.compose';
const READONLY = 'https://www.googleapis.com/auth/gmail.readonly';
const CALENDAR = 'https://www.googleapis.com/auth/calendar.events.readonly';

const rig = useGoogleEmulator();

const db = () => (rig.svc as GoogleService).service.ctx.db;
const flow = () => createGoogleOAuthFlow(googleTestConfig(rig.emu, { PUBLIC_URL: 'http://127.0.0.1:9' }));

/** Walks the consent page (auto-approved as REP) and returns the callback's code. */
async function consentCode(): Promise<string> {
  rig.emu.oauth.approveAs = REP;
  const consent = await fetch(await flow().authUrl('state-1'), { redirect: 'manual' });
  const back = new URL(consent.headers.get('location') as string);
  return back.searchParams.get('code') as string;
}

describe('Google granted scopes at connect', () => {
  it('accepts a full consent and reports the Gmail address as the account id', async () => {
    rig.emu.addUser(REP);
    const account = await flow().exchangeCode(await consentCode());
    expect(account.email).toBe(REP);
    expect(account.accountId).toBe(REP);
  });

  it('refuses a consent without gmail.compose, naming it, before storing anything', async () => {
    rig.emu.addUser(REP);
    rig.emu.oauth.declineScopes = [COMPOSE];
    const err = await flow()
      .exchangeCode(await consentCode())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('bad_request');
    expect((err as AppError).message).toContain('gmail.compose');
    expect((err as AppError).message).not.toContain('gmail.readonly');
    expect((err as AppError).message).toContain('/oauth/google/start');
    expect((err as AppError).message).toMatch(/tick every box/);
  });

  it('refuses a refresh token whose grant lacks a scope (agendum connect)', async () => {
    rig.emu.addUser(REP);
    const narrow = rig.emu.oauth.issueRefreshToken(REP, `${CALENDAR} ${READONLY}`);
    const err = await flow()
      .fromRefreshToken(REP, narrow)
      .catch((e: unknown) => e);
    expect((err as AppError).code).toBe('bad_request');
    expect((err as AppError).message).toContain('missing: gmail.compose');
    const ok = await flow().fromRefreshToken(REP, rig.emu.oauth.issueRefreshToken(REP));
    expect(ok.accountId).toBe(REP);
  });
});

describe('Google token that lacks a scope later (service in-process)', () => {
  it('pauses the send step, marks the connection needs_reauth, and a reconnect sends once', async () => {
    const refreshToken = rig.emu.addUser(REP);
    seedProspectMeeting(rig.emu, { rep: REP, prospect: PROSPECT, inHours: 40 });
    rig.svc = await startGoogleService(rig.emu, {
      email: REP,
      refreshToken,
      rep: { agendaLeadMinutes: 14 * 24 * 60 },
    });
    const { approvalPath: link } = await approvalRequestInGmail(rig.svc, rig.emu, REP);
    rig.emu.oauth.removeScope(REP, COMPOSE);
    expect((await postForm(rig.svc.url + link, { action: 'approve' })).status).toBe(200);

    const paused = await rig.svc.until('send step paused', () =>
      db().step.findFirst({ where: { kind: 'send_message', status: 'paused' } }),
    );
    expect(paused.lastError).toContain('has not granted agendum every permission');
    const conn = await db().connection.findUniqueOrThrow({ where: { id: rig.svc.connectionId } });
    expect(conn.status).toBe('needs_reauth');
    expect(conn.lastError).toContain('reconnect at /oauth/google/start and allow all of them');
    const refused = rig.emu.requests.filter((r) => r.route === 'gmail.messages.send' && r.status === 403);
    expect(refused).toHaveLength(1); // a missing scope is not retried
    expect(rig.emu.folder(REP, 'SENT').filter((m) => m.recipients.includes(PROSPECT))).toEqual([]);

    await runConnect(
      loadConfig(rig.svc.env),
      { provider: 'google', email: REP, refreshToken: rig.emu.oauth.issueRefreshToken(REP) },
      async () => '',
    );
    const agenda = await rig.svc.until('agenda sent after the reconnect', () =>
      db().message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
    );
    expect(rig.emu.folder(REP, 'SENT').filter((m) => m.messageIdHeader === agenda.messageId)).toHaveLength(1);
  });
});
