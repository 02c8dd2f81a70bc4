/**
 * Reconnecting Google while the service runs, the way a rep or admin really does it:
 * `agendum connect google` is another process, with its own context and provider
 * registry, so the running service is never told. It must still notice the new tokens:
 * the paused step runs on the new grant and the agenda goes out exactly once.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { runConnect } from '../../src/connect-command.js';
import {
  type GoogleService,
  googleProvidersFor,
  seedProspectMeeting,
  startGoogleService,
  useGoogleEmulator,
} from '../helpers/google-service.js';
import { postForm } from '../helpers/http.js';
import { approvalRequestInGmail } from '../helpers/scenario.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya.raman@acme-robotics.example';

const rig = useGoogleEmulator();

const db = () => (rig.svc as GoogleService).service.ctx.db;

describe('Google reconnect from another process (agendum connect google)', () => {
  it('a step paused on invalid_grant runs on the new grant and sends once', async () => {
    const refreshToken = rig.emu.addUser(REP);
    seedProspectMeeting(rig.emu, { rep: REP, prospect: PROSPECT, inHours: 40 });
    rig.svc = await startGoogleService(rig.emu, {
      email: REP,
      refreshToken,
      rep: { agendaLeadMinutes: 14 * 24 * 60 },
    });
    const { approvalPath: link } = await approvalRequestInGmail(rig.svc, rig.emu, REP);
    rig.emu.oauth.revokeAll(REP);
    expect((await postForm(rig.svc.url + link, { action: 'approve' })).status).toBe(200);
    const paused = await rig.svc.until('send step paused', () =>
      db().step.findFirst({ where: { kind: 'send_message', status: 'paused' } }),
    );
    expect((await db().connection.findUniqueOrThrow({ where: { id: rig.svc.connectionId } })).status).toBe(
      'needs_reauth',
    );

    // The CLI's own context: the service's registry keeps its cached providers.
    const line = await runConnect(
      loadConfig(rig.svc.env),
      { provider: 'google', email: REP, refreshToken: rig.emu.oauth.issueRefreshToken(REP) },
      async () => '',
    );
    expect(line).toMatch(/resumed [1-9]\d* paused step/);

    const agenda = await rig.svc.until('agenda sent after the CLI reconnect', () =>
      db().message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
    );
    expect((await db().step.findUniqueOrThrow({ where: { id: paused.id } })).status).toBe('done');
    expect(rig.emu.folder(REP, 'SENT').filter((m) => m.messageIdHeader === agenda.messageId)).toHaveLength(1);
    expect(rig.emu.delivered.filter((d) => d.messageId === agenda.messageId)).toHaveLength(1);
    expect((await db().connection.findUniqueOrThrow({ where: { id: rig.svc.connectionId } })).status).toBe(
      'active',
    );
  });

  it('a refusal still on the wire when the CLI reconnects does not undo the reconnect', async () => {
    const refreshToken = rig.emu.addUser(REP);
    seedProspectMeeting(rig.emu, { rep: REP, prospect: PROSPECT, inHours: 40 });
    rig.svc = await startGoogleService(rig.emu, {
      email: REP,
      refreshToken,
      rep: { agendaLeadMinutes: 14 * 24 * 60 },
    });
    const { approvalPath: link } = await approvalRequestInGmail(rig.svc, rig.emu, REP);
    rig.emu.oauth.revokeAll(REP);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let onHold = () => {};
    const refusalHeld = new Promise<void>((resolve) => {
      onHold = resolve;
    });
    rig.emu.inject('oauth.token', { kind: 'accept_then_hold', until: held, onHold });
    expect((await postForm(rig.svc.url + link, { action: 'approve' })).status).toBe(200);
    // The runner's next tick runs the send: it gets 401, its refresh is answered invalid_grant
    // and that answer is held, so the tick — and the driving — stays on it until released.
    const sent = rig.svc.until('agenda sent on the new grant', () =>
      db().message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
    );
    await Promise.race([
      refusalHeld,
      sent.then(() => {
        throw new Error('the agenda went out before its refused refresh was held');
      }),
    ]);
    expect(rig.emu.oauth.tokenRequests.some((r) => r.grantType === 'refresh_token' && !r.ok)).toBe(true);

    const line = await runConnect(
      loadConfig(rig.svc.env),
      { provider: 'google', email: REP, refreshToken: rig.emu.oauth.issueRefreshToken(REP) },
      async () => '',
    );
    expect(line).toMatch(/^Connected/);
    release(); // the refusal of the old grant arrives after the reconnect stored the new one

    const agenda = await sent;
    expect(rig.emu.folder(REP, 'SENT').filter((m) => m.messageIdHeader === agenda.messageId)).toHaveLength(1);
    expect(await db().step.count({ where: { status: 'paused' } })).toBe(0);
    expect((await db().connection.findUniqueOrThrow({ where: { id: rig.svc.connectionId } })).status).toBe(
      'active',
    );
  });

  it('a refresh by the old client never writes the old grant over tokens stored by a reconnect', async () => {
    const old = rig.emu.addUser(REP);
    const fresh = rig.emu.oauth.issueRefreshToken(REP);
    const { providers, tokens } = googleProvidersFor(rig.emu, { email: REP, refreshToken: old });
    const lookup = { messageId: '<none@agendum.test>' };
    expect(await providers.mail.findSent(lookup)).toBeNull(); // client built from `old`

    tokens.current = { refresh_token: fresh }; // another process reconnected the rep
    rig.emu.oauth.expireAccessTokens();
    // The old grant still works, so this refresh succeeds; its tokens must not be saved.
    expect(await providers.mail.findSent(lookup)).toBeNull();
    expect(tokens.current.refresh_token).toBe(fresh);

    const revoked = await fetch(`${rig.emu.url}/revoke?token=${encodeURIComponent(old)}`, { method: 'POST' });
    expect(revoked.status).toBe(200);
    rig.emu.oauth.expireAccessTokens();
    // The next call loads the stored tokens again and refreshes with the new grant.
    expect(await providers.mail.findSent(lookup)).toBeNull();
    expect(tokens.current.refresh_token).toBe(fresh);
    expect(tokens.saves.at(-1)?.refresh_token).toBe(fresh);
  });
});
