/**
 * `POST /webhooks/microsoft` on the real express app and database: the validation
 * handshake, clientState checked per notification, lifecycle events routed to the right
 * trigger, a batch larger than the app's global JSON limit, and 503 without a scheduler.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import type { SyncTriggers } from '../../src/jobs/sync-triggers.js';
import { createHarness, type Harness } from '../helpers/harness.js';

let h: Harness;
let url: string;
let close: () => Promise<void>;
let calls: string[];

async function serve(triggers: SyncTriggers | undefined): Promise<void> {
  const server = createApp(h.ctx, triggers ? { triggers } : {}).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const addr = server.address();
  url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/webhooks/microsoft`;
  close = () => new Promise((r) => server.close(() => r()));
}

beforeEach(async () => {
  h = await createHarness({ now: '2026-12-07T15:00:00Z' });
  await h.ctx.db.connection.update({
    where: { id: h.connectionId },
    data: { provider: 'microsoft', channelId: 'sub-1', channelToken: 'secret-state' },
  });
  calls = [];
  const record = (what: string) => (id: string) => void calls.push(`${what}:${id}`);
  await serve({
    calendarChanged: record('calendar'),
    inboxChanged: record('inbox'),
    renewChannel: record('renew'),
    reopenChannel: record('reopen'),
  });
});
afterEach(async () => {
  await close();
  await h.cleanup();
});

const post = (body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const note = (over: Record<string, unknown> = {}) => ({
  subscriptionId: 'sub-1',
  clientState: 'secret-state',
  changeType: 'updated',
  ...over,
});

describe('Microsoft webhook', () => {
  it('echoes the decoded validation token as text/plain', async () => {
    const token = 'Validation: Testing client application reachability +/=&';
    const res = await fetch(`${url}?validationToken=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(token);
    expect(calls).toEqual([]);
  });

  it('routes change and lifecycle notifications to the scheduler', async () => {
    const res = await post({
      value: [
        note(),
        note({ changeType: undefined, lifecycleEvent: 'reauthorizationRequired' }),
        note({ changeType: undefined, lifecycleEvent: 'subscriptionRemoved' }),
        note({ changeType: undefined, lifecycleEvent: 'missed' }),
      ],
    });
    expect(res.status).toBe(202);
    const id = h.connectionId;
    await expect
      .poll(() => calls)
      .toEqual([`calendar:${id}`, `renew:${id}`, `reopen:${id}`, `calendar:${id}`]);
  });

  it('ignores a wrong clientState and an unknown subscription, still answering 202', async () => {
    const res = await post({
      value: [
        note({ clientState: 'secret-statf' }),
        note({ clientState: 'x' }),
        note({ subscriptionId: 'sub-2' }),
      ],
    });
    expect(res.status).toBe(202);
    await post({ value: [note()] });
    await expect.poll(() => calls).toEqual([`calendar:${h.connectionId}`]);
  });

  it('accepts a batch larger than the app-wide 256 kb JSON limit', async () => {
    const value = Array.from({ length: 900 }, (_, i) =>
      note({ resource: `Users/u/Events/${'e'.repeat(300)}${i}` }),
    );
    expect(JSON.stringify({ value }).length).toBeGreaterThan(256 * 1024);
    expect((await post({ value })).status).toBe(202);
    await expect.poll(() => calls.length).toBe(900);
  });

  it('answers 503 to notifications when no scheduler runs, but still validates', async () => {
    await close();
    await serve(undefined);
    expect((await post({ value: [note()] })).status).toBe(503);
    const res = await fetch(`${url}?validationToken=abc`, { method: 'POST' });
    expect(await res.text()).toBe('abc');
  });
});
