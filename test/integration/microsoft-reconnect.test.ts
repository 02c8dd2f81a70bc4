/**
 * Reconnecting Microsoft 365 while the service runs, the way an admin really does it:
 * `agendum connect|disconnect microsoft` is another process, with its own context and
 * provider registry, so the running service — holding an MSAL app and its token cache in
 * memory — is never told. It must still notice the new tokens on its next call, and never
 * save its old cache over them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { runConnect, runDisconnect } from '../../src/connect-command.js';
import { createTokenStore } from '../../src/providers/token-store.js';
import { type MicrosoftEmulator, startMicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { postForm } from '../helpers/http.js';
import { AGENDUM_SCOPES, MS_REP } from '../helpers/microsoft-provider.js';
import { type MicrosoftService, startMicrosoftService } from '../helpers/microsoft-service.js';
import { approvalRequestInOutlook } from '../helpers/scenario.js';

const PROSPECT = { email: 'priya.raman@acme-robotics.example', name: 'Priya Raman' };
const SEND = 'POST /v1.0/me/messages/{id}/send';
const TOKEN = 'POST /{tenant}/oauth2/v2.0/token';
const HOUR = 3_600_000;

let emu: MicrosoftEmulator;
let svc: MicrosoftService | undefined;

beforeEach(async () => {
  emu = await startMicrosoftEmulator();
  emu.addUser(MS_REP);
});
afterEach(async () => {
  await svc?.stop();
  svc = undefined;
  await emu.close();
  expect(emu.faults.unhandled).toEqual([]);
});

const service = () => svc as MicrosoftService;
const db = () => service().service.ctx.db;
const connection = () => db().connection.findUniqueOrThrow({ where: { id: service().connectionId } });
const box = () => emu.mailbox(MS_REP.email);
/** The CLI's own context, as `agendum connect microsoft --refresh-token TOKEN` builds it. */
const cliConnect = (refreshToken: string) =>
  runConnect(
    loadConfig(service().env),
    { provider: 'microsoft', email: MS_REP.email, refreshToken },
    async () => '',
  );

/** The token set stored for the connection, and the refresh token inside its MSAL cache. */
async function storedTokens(): Promise<{ homeAccountId: string; refreshToken: string }> {
  const { ctx } = service().service;
  const stored = await createTokenStore(ctx.db, ctx.secretKey, service().connectionId, 'microsoft').load();
  const cache = JSON.parse(stored.cache as string) as { RefreshToken: Record<string, { secret: string }> };
  const secrets = Object.values(cache.RefreshToken).map((t) => t.secret);
  expect(secrets).toHaveLength(1);
  return { homeAccountId: stored.homeAccountId as string, refreshToken: secrets[0] as string };
}

async function startWithMeeting() {
  svc = await startMicrosoftService(emu);
  const start = new Date(Date.now() + 48 * HOUR);
  emu.calendar(MS_REP.email).add({
    subject: 'Acme Robotics × Northwind — discovery call',
    body: 'Purpose: see whether the pilot is worth doing',
    start,
    end: new Date(start.getTime() + HOUR / 2),
    organizer: MS_REP.email,
    attendees: [PROSPECT],
  });
  return (await approvalRequestInOutlook(service(), emu, MS_REP.email)).approvalPath;
}

describe('Microsoft reconnect from another process (agendum connect microsoft)', () => {
  it('a send paused on revoked consent runs on the tokens the CLI stored, exactly once', async () => {
    const link = await startWithMeeting();
    const user = emu.user(MS_REP.email);
    emu.identity.revoke(user.id);
    expect((await postForm(service().url + link, { action: 'approve' })).status).toBe(200);
    const paused = await service().until('the paused send', () =>
      db().step.findFirst({ where: { kind: 'send_message', status: 'paused' } }),
    );
    expect((await connection()).status).toBe('needs_reauth');

    emu.identity.restore(user.id); // the rep consented again; the revoked grant stays dead
    const fresh = emu.identity.issueRefreshToken(user.id, AGENDUM_SCOPES);
    expect(await cliConnect(fresh)).toMatch(/resumed [1-9]\d* paused step/);

    const agenda = await service().until('the agenda sent after the CLI reconnect', () =>
      db().message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
    );
    expect((await db().step.findUniqueOrThrow({ where: { id: paused.id } })).status).toBe('done');
    const sent = box()
      .inFolder('sentitems')
      .filter((m) => m.to.includes(PROSPECT.email));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.internetMessageId).toBe(agenda.messageId);
    expect(emu.faults.count(SEND, 202)).toBe(2); // the approval request and the agenda
    expect((await connection()).status).toBe('active');
  });

  it('a reconnect while the refused refresh is in flight is not undone by that refusal', async () => {
    const link = await startWithMeeting();
    const user = emu.user(MS_REP.email);
    emu.identity.revoke(user.id);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    emu.faults.add({ route: TOKEN, until: held });
    expect((await postForm(service().url + link, { action: 'approve' })).status).toBe(200);
    // The approval enqueued the send and it runs at once: it gets 401, and its forced
    // refresh (answered AADSTS65001) is held on the wire until the release. Wait for that
    // refusal itself (the token route also counts the start-up refresh): if the CLI's own
    // refresh took the hold instead, it would wait for a release after it.
    const onWire = await emu.faults.held(TOKEN);
    expect(onWire.status).toBe(400);
    expect(emu.identity.refreshes.some((r) => r.status === 400)).toBe(true);

    emu.identity.restore(user.id);
    expect(await cliConnect(emu.identity.issueRefreshToken(user.id, AGENDUM_SCOPES))).toMatch(/^Connected/);
    release();
    await service().service.quiet(); // the refusal lands after the reconnect

    await service().until('the agenda sent', () =>
      db().message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
    );
    expect(emu.identity.refreshes.map((r) => r.status)).toContain(400); // the refusal did happen
    expect(
      box()
        .inFolder('sentitems')
        .filter((m) => m.to.includes(PROSPECT.email)),
    ).toHaveLength(1);
    expect(await db().step.count({ where: { status: 'paused' } })).toBe(0);
    expect((await connection()).status).toBe('active');
  });

  it('after disconnect and connect of another account, the warm service uses and keeps the new tokens', async () => {
    svc = await startMicrosoftService(emu);
    const old = emu.user(MS_REP.email);
    await service().until('a Graph call as the old account', () =>
      emu.faults.requests.some((r) => r.userId === old.id && r.route.startsWith('GET /v1.0/me/')),
    );
    await service().settle();

    // The rep's mailbox moved to a new account with the same address.
    const next = emu.addUser(MS_REP);
    expect(
      await runDisconnect(loadConfig(service().env), { provider: 'microsoft', email: MS_REP.email }),
    ).toMatch(/^Disconnected/);
    expect(await cliConnect(emu.identity.issueRefreshToken(next.id, AGENDUM_SCOPES))).toMatch(/^Connected/);
    const connected = await storedTokens();
    expect(connected.homeAccountId).toBe(`${next.id}.${next.tenantId}`);

    // The service's next Graph call: its warm MSAL app still holds the old account's tokens.
    const from = emu.faults.requests.length;
    service().service.sync.inboxChanged(service().connectionId);
    const call = await service().until('the service’s next Graph call', () =>
      emu.faults.requests.slice(from).find((r) => r.route.startsWith('GET /v1.0/me/')),
    );
    expect(call.userId).toBe(next.id);

    // Its next refresh presents the new account's refresh token and stores the rotation.
    await service().settle();
    const refreshesBefore = emu.identity.refreshes.length;
    emu.identity.expireAccessTokens();
    service().service.sync.inboxChanged(service().connectionId);
    await service().until('the service’s refresh', () => emu.identity.refreshes.length > refreshesBefore);
    await service().settle();
    expect(emu.identity.refreshes.slice(refreshesBefore).map((r) => r.userId)).toEqual([next.id]);
    const after = await storedTokens();
    expect(after.homeAccountId).toBe(`${next.id}.${next.tenantId}`);
    expect(after.refreshToken).not.toBe(connected.refreshToken);
    expect(emu.identity.ownerOf(after.refreshToken)).toBe(next.id);
  });
});
