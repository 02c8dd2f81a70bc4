/** The Google calendar webhook in a process without a sync loop: 503, so Google retries. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../helpers/harness.js';
import { serveApp, type TestServer } from '../../helpers/http.js';

let h: Harness;
let server: TestServer;
beforeEach(async () => {
  h = await createHarness({ now: '2026-12-07T15:00:00Z' });
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
