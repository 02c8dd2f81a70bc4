/**
 * Graph subscriptions through the provider: the emulator performs the validation handshake
 * against a real listener before it answers the create, so an endpoint that does not echo
 * the token gets no subscription; expirations stay within the documented maximum.
 */
import { createServer, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SUBSCRIPTION_MINUTES } from '../../src/providers/microsoft/graph-push.js';
import type { CalendarPush } from '../../src/providers/types.js';
import { type MicrosoftEmulator, startMicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { connectRig, MS_REP } from '../helpers/microsoft-provider.js';

let emu: MicrosoftEmulator;
let push: CalendarPush;
let hook: Server;
let hookUrl: string;
let echo = true;

beforeEach(async () => {
  emu = await startMicrosoftEmulator();
  emu.addUser(MS_REP);
  push = (await connectRig(emu)).providers.push as CalendarPush;
  echo = true;
  hook = createServer((req, res) => {
    const token = new URL(req.url ?? '/', 'http://x').searchParams.get('validationToken');
    if (token !== null && echo) res.writeHead(200, { 'content-type': 'text/plain' }).end(token);
    else res.writeHead(token !== null ? 403 : 202).end();
  });
  await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  const addr = hook.address();
  hookUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/webhooks/microsoft`;
});
afterEach(async () => {
  expect(emu.faults.unhandled).toEqual([]);
  await emu.close();
  await new Promise((r) => hook.close(r));
});

describe('Graph push', () => {
  it('opens a validated subscription on me/events with lifecycle notifications, renews and closes it', async () => {
    const before = Date.now();
    const channel = await push.open({ webhookUrl: hookUrl, token: 'state-1' });
    const sub = emu.subscriptions.live()[0];
    expect(sub).toMatchObject({
      id: channel.id,
      resource: 'me/events',
      changeType: 'created,updated,deleted',
      notificationUrl: hookUrl,
      lifecycleNotificationUrl: hookUrl,
      clientState: 'state-1',
    });
    expect(channel.expiresAt.getTime()).toBeLessThanOrEqual(before + 4230 * 60_000);
    expect(channel.expiresAt.getTime()).toBeGreaterThanOrEqual(
      before + MAX_SUBSCRIPTION_MINUTES * 60_000 - 5000,
    );
    const renewed = await push.renew(channel, { webhookUrl: hookUrl, token: 'ignored' });
    expect(renewed).toMatchObject({ id: channel.id, token: 'state-1' });
    await push.close(channel);
    await push.close(channel); // already gone: not an error
    expect(emu.subscriptions.live()).toEqual([]);
    expect(emu.faults.count('DELETE /v1.0/subscriptions/{id}', 404)).toBe(1);
  });

  it('gets no subscription when the endpoint does not answer the validation handshake', async () => {
    echo = false;
    const err = await push.open({ webhookUrl: hookUrl, token: 'state-1' }).catch((e: unknown) => e);
    expect(String((err as Error).message)).toContain('validation');
    expect(emu.subscriptions.live()).toEqual([]);
  });

  it('opens a new subscription when the one being renewed expired at Graph', async () => {
    const channel = await push.open({ webhookUrl: hookUrl, token: 'state-1' });
    const sub = emu.subscriptions.byId.get(channel.id);
    if (sub) sub.expirationDateTime = new Date(Date.now() - 1000); // past its expiry: Graph deletes it
    const next = await push.renew(channel, { webhookUrl: hookUrl, token: 'state-2' });
    expect(next.id).not.toBe(channel.id);
    expect(next.token).toBe('state-2');
    expect(emu.subscriptions.live().map((s) => s.clientState)).toEqual(['state-2']);
  });
});
