/** The Google webhooks in a process without a sync loop: 503, so Google and Pub/Sub retry. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';

const TOKEN = 'pubsub-verification-0123456789';

let h: Harness;
let server: TestServer;
beforeEach(async () => {
  h = await createHarness({
    now: '2026-12-07T15:00:00Z',
    env: {
      GOOGLE_CLIENT_ID: 'id',
      GOOGLE_CLIENT_SECRET: 'secret',
      GOOGLE_PUBSUB_TOPIC: 'projects/northwind-agendum/topics/gmail',
      GOOGLE_PUBSUB_VERIFICATION_TOKEN: TOKEN,
    },
  });
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

it('answers 503 without a sync loop', async () => {
  const res = await fetch(`${server.url}/webhooks/google/calendar`, {
    method: 'POST',
    headers: { 'x-goog-channel-id': 'c1', 'x-goog-channel-token': 't', 'x-goog-resource-state': 'exists' },
  });
  expect(res.status).toBe(503);
});

it('answers a genuine Gmail push 503 without a sync loop, a forged one 403', async () => {
  const push = (token: string) =>
    fetch(`${server.url}/webhooks/google/gmail?token=${token}`, { method: 'POST', body: '{}' });
  expect((await push(TOKEN)).status).toBe(503);
  expect((await push('forged-0123456789abcdef')).status).toBe(403);
});
