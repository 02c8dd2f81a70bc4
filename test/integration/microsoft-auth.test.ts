/**
 * MSAL against the emulator's identity endpoints: the consent redirect and code exchange,
 * the headless refresh-token path, silent refresh with rotated refresh tokens persisted after
 * every acquisition, refusals (consent revoked, AADSTS700082) surfacing as needs_reauth, the
 * account identified by homeAccountId, and an account without a mailbox refused at connect.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { createGraphOAuthFlow } from '../../src/providers/microsoft/graph-oauth-flow.js';
import { createMicrosoftProviders } from '../../src/providers/microsoft/index.js';
import type { StoredTokens } from '../../src/providers/oauth-types.js';
import { fingerprintTokens } from '../../src/providers/token-store.js';
import { type MicrosoftEmulator, startMicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import {
  AGENDUM_SCOPES,
  connectRig,
  emulatorConfig,
  MS_REP,
  memoryTokenStore,
} from '../helpers/microsoft-provider.js';

const WINDOW = { from: new Date('2030-01-01T00:00:00Z'), to: new Date('2030-02-01T00:00:00Z') };

let emu: MicrosoftEmulator;

beforeEach(async () => {
  emu = await startMicrosoftEmulator();
});
afterEach(async () => {
  expect(emu.faults.unhandled).toEqual([]);
  await emu.close();
});

describe('Microsoft sign-in', () => {
  it('runs the auth-code flow: consent URL on the authority host, code exchange, profile and zone', async () => {
    emu.addUser({
      ...MS_REP,
      windowsTimeZone: 'Pacific Standard Time',
      extraScopes: ['MailboxSettings.Read'],
    });
    const config = emulatorConfig(emu, { PUBLIC_URL: 'http://agendum.test' });
    const flow = createGraphOAuthFlow(config);
    const url = new URL(await flow.authUrl('state-123', MS_REP.email));
    expect(url.origin).toBe(emu.url);
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining([
        'offline_access',
        'Calendars.Read',
        'Mail.ReadWrite',
        'Mail.Send',
        'User.Read',
      ]),
    );
    expect(url.searchParams.get('redirect_uri')).toBe('http://agendum.test/oauth/microsoft/callback');
    const consent = await fetch(url, { redirect: 'manual' });
    const back = new URL(consent.headers.get('location') ?? '');
    expect(back.searchParams.get('state')).toBe('state-123');
    const account = await flow.exchangeCode(back.searchParams.get('code') ?? '');
    expect(account).toMatchObject({
      email: MS_REP.email,
      name: MS_REP.name,
      timeZone: 'America/Los_Angeles',
    });
    expect(account.tokens).toMatchObject({ kind: 'msal', homeAccountId: expect.stringContaining('.') });
    // The stable identity is MSAL's homeAccountId, `<oid>.<tid>`, not the address.
    const user = emu.user(MS_REP.email);
    expect(account.accountId).toBe(`${user.id}.${user.tenantId}`);
    expect(emu.faults.count('GET /v1.0/me/mailFolders/{folder}', 200)).toBe(1);
  });

  it('refuses an account without an Exchange Online mailbox, whatever address its tenant gave it', async () => {
    // nOAuth: another tenant's admin set `mail` of a mailbox-less user to the rep's address.
    const spoof = emu.addUser({ ...MS_REP, hasMailbox: false });
    const config = emulatorConfig(emu, { PUBLIC_URL: 'http://agendum.test' });
    const flow = createGraphOAuthFlow(config);
    const consent = await fetch(await flow.authUrl('s', MS_REP.email), { redirect: 'manual' });
    const code = new URL(consent.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const refusal = `${MS_REP.email} has no Exchange Online mailbox; agendum sends and reads mail from the rep's own mailbox, so connect an account that has one.`;
    const viaCode = await flow.exchangeCode(code).catch((e: unknown) => e);
    expect(viaCode).toBeInstanceOf(AppError);
    expect(viaCode).toMatchObject({ code: 'bad_request', message: refusal });
    const viaRefresh = await flow
      .fromRefreshToken(MS_REP.email, emu.identity.issueRefreshToken(spoof.id, AGENDUM_SCOPES))
      .catch((e: unknown) => e);
    expect(viaRefresh).toMatchObject({ code: 'bad_request', message: refusal });
    // Refused at the first mailbox call, once each: a refusal is not retried.
    expect(emu.faults.count('GET /v1.0/me/mailFolders/{folder}', 404)).toBe(2);
  });

  it('connects headlessly from a refresh token; without MailboxSettings.Read the zone comes from meetings the rep organizes', async () => {
    emu.addUser(MS_REP);
    const flow = createGraphOAuthFlow(emulatorConfig(emu));
    const user = emu.user(MS_REP.email);
    const account = await flow.fromRefreshToken(
      MS_REP.email,
      emu.identity.issueRefreshToken(user.id, AGENDUM_SCOPES),
    );
    expect(account.email).toBe(MS_REP.email);
    expect(account.accountId).toBe(`${user.id}.${user.tenantId}`);
    expect(account.timeZone).toBeUndefined();
    const cal = emu.calendar(MS_REP.email);
    const at = (h: number) => new Date(Date.UTC(2026, 11, 8, h));
    const mine = { organizer: MS_REP.email, start: at(15), end: at(16) };
    cal.add({ ...mine, subject: 'Pipeline review', originalStartTimeZone: 'W. Europe Standard Time' });
    cal.add({ ...mine, subject: 'Forecast', originalStartTimeZone: 'W. Europe Standard Time' });
    cal.add({ ...mine, subject: 'Offsite', originalStartTimeZone: 'Pacific Standard Time' });
    // Invitations from others say nothing about the rep's own zone.
    for (const subject of ['a', 'b', 'c']) {
      cal.add({
        subject,
        organizer: 'host@elsewhere.example',
        start: at(9),
        end: at(10),
        originalStartTimeZone: 'Tokyo Standard Time',
      });
    }
    const withEvents = await flow.fromRefreshToken(
      MS_REP.email,
      emu.identity.issueRefreshToken(user.id, AGENDUM_SCOPES),
    );
    expect(withEvents.timeZone).toBe('Europe/Berlin');
    const wrong = await flow
      .fromRefreshToken('someone@else.example', emu.identity.issueRefreshToken(user.id, AGENDUM_SCOPES))
      .catch((e: unknown) => e);
    expect((wrong as AppError).code).toBe('bad_request');
    const revoked = await flow.fromRefreshToken(MS_REP.email, 'rt-not-issued').catch((e: unknown) => e);
    expect((revoked as AppError).code).toBe('needs_reauth');
  });

  it('refreshes silently and saves every rotated token cache, so a restart can continue', async () => {
    emu.addUser(MS_REP);
    emu.identity.accessTokenSeconds = 60; // under MSAL's 5-minute renewal offset: every call refreshes
    const rig = await connectRig(emu);
    const before = emu.identity.tokenRequests;
    await rig.providers.calendar.listChanges(null, WINDOW);
    await rig.providers.calendar.listChanges(null, WINDOW);
    expect(emu.identity.tokenRequests - before).toBe(2);
    expect(rig.tokens.saves).toBe(2);
    // A new process reads the stored cache; the spent refresh tokens would be refused.
    const restarted = createMicrosoftProviders({
      connection: { id: 'conn-1', rep: { email: MS_REP.email } },
      config: rig.config,
      tokens: memoryTokenStore(rig.tokens.current ?? {}),
      log: silentLogger,
    });
    await expect(restarted.calendar.listChanges(null, WINDOW)).resolves.toMatchObject({ changed: [] });
  });

  it('turns revoked consent into needs_reauth for the connection, even with a cached access token', async () => {
    emu.addUser(MS_REP);
    const rig = await connectRig(emu);
    await rig.providers.calendar.listChanges(null, WINDOW);
    emu.identity.revoke(emu.user(MS_REP.email).id);
    const err = await rig.providers.calendar.listChanges(null, WINDOW).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'needs_reauth', details: { connectionId: 'conn-1' } });
    expect((err as AppError).message).toContain('/oauth/microsoft/start');
  });

  it('names the refused token set, even when a reconnect stores another one just after MSAL re-read it', async () => {
    emu.addUser(MS_REP);
    const rig = await connectRig(emu);
    await rig.providers.calendar.listChanges(null, WINDOW);
    const refused = rig.tokens.current as StoredTokens;
    const user = emu.user(MS_REP.email);
    emu.identity.revoke(user.id);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    emu.faults.add({ route: 'POST /{tenant}/oauth2/v2.0/token', until: held });
    const call = rig.providers.calendar.listChanges(null, WINDOW).catch((e: unknown) => e);
    // The call's 401 forces a refresh: the emulator answers it 400 and holds the answer.
    const onWire = await Promise.race([
      emu.faults.held('POST /{tenant}/oauth2/v2.0/token'),
      call.then((e) => {
        throw new Error(`the call ended before its refresh was held: ${String(e)}`);
      }),
    ]);
    expect(onWire.status).toBe(400);
    expect(emu.identity.refreshes.some((r) => r.status === 400)).toBe(true);

    emu.identity.restore(user.id);
    const reconnected = await createGraphOAuthFlow(rig.config).fromRefreshToken(
      MS_REP.email,
      emu.identity.issueRefreshToken(user.id, AGENDUM_SCOPES),
    );
    // After the refusal MSAL re-reads the stored set (still the refused one); the CLI's
    // write lands right after that read, where only the error's fingerprint can tell.
    const load = rig.tokens.load;
    rig.tokens.load = async () => {
      const stored = await load();
      rig.tokens.load = load;
      rig.tokens.current = reconnected.tokens;
      return stored;
    };
    release();
    const err = await call;
    expect(err).toMatchObject({
      code: 'needs_reauth',
      details: { connectionId: 'conn-1', tokensFingerprint: fingerprintTokens(refused) },
    });
    expect(fingerprintTokens(reconnected.tokens)).not.toBe(fingerprintTokens(refused));
    expect(JSON.stringify((err as AppError).details)).not.toContain(String(refused.cache).slice(0, 40));
  });

  it('turns an expired refresh token (AADSTS700082) into needs_reauth', async () => {
    emu.addUser(MS_REP);
    emu.identity.accessTokenSeconds = 60;
    const rig = await connectRig(emu);
    emu.identity.expireRefreshTokens(emu.user(MS_REP.email).id);
    const err = await rig.providers.mail.listInbound(null).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'needs_reauth', details: { connectionId: 'conn-1' } });
  });
});
