/**
 * `GET /metrics`: Prometheus text an operator can alert on, read from the real database;
 * only for METRICS_TOKEN or an admin's API key on the main port, or on METRICS_PORT.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { startService } from '../../src/main.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { freePort } from '../helpers/spawn-cli.js';

let h: Harness;
let server: TestServer;

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });

beforeEach(async () => {
  h = await createHarness({ now: '2026-12-07T15:00:00Z', env: { METRICS_TOKEN } });
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

describe('GET /metrics', () => {
  it('reports connections, sync age, steps and messages in the Prometheus text format', async () => {
    await h.writeEvent({
      uid: 'globex@test',
      title: 'Globex — demo',
      start: new Date('2026-12-08T15:00:00Z'),
      end: new Date('2026-12-08T16:00:00Z'),
      organizer: REP.email,
      attendees: [{ email: REP.email }, { email: 'hank@globex.example' }],
    });
    await h.tick();
    h.clock.advance(90_000);
    await h.ctx.db.connection.update({ where: { id: h.connectionId }, data: { status: 'needs_reauth' } });
    const res = await fetch(`${server.url}/metrics`, bearer(METRICS_TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    for (const line of text.trim().split('\n')) {
      expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+(\{(\w+="[^"]*",?)+\})? -?[\d.e+]+)$/);
    }
    expect(text).toContain('agendum_connections{provider="local",status="needs_reauth"} 1');
    expect(text).toMatch(
      new RegExp(
        `agendum_connection_sync_age_seconds\\{connection="${h.connectionId}",provider="local"\\} 90\\b`,
      ),
    );
    expect(text).toContain('agendum_steps{kind="draft_agenda",status="done"} 1');
    expect(text).toContain('agendum_messages{kind="agenda",status="awaiting_approval"} 1');
    expect(text).toContain('agendum_messages{kind="approval_request",status="sent"} 1');
  });

  it('answers 401 without credentials, a wrong token or a rep key that is not an admin', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, bearer('metrics-token-wrong-0000000000'))).status).toBe(401);
    const { key } = await createApiKey(h.ctx, REP.email, 'monitoring');
    expect((await fetch(`${server.url}/metrics`, bearer(key))).status).toBe(401);
    await h.ctx.db.rep.update({ where: { id: h.repId }, data: { isAdmin: true } });
    const res = await fetch(`${server.url}/metrics`, bearer(key));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('agendum_connections');
  });
});

describe('METRICS_PORT', () => {
  it('serves /metrics without credentials on its own port, nothing else there; the main server binds 127.0.0.1 by default', async () => {
    const metricsPort = await freePort();
    const config = loadConfig({
      DATA_DIR: h.dataDir,
      AGENDUM_DEMO: 'false',
      PORT: '0',
      METRICS_PORT: String(metricsPort),
    });
    const service = await startService(config, { log: silentLogger });
    try {
      const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('agendum_connections');
      expect((await fetch(`http://127.0.0.1:${metricsPort}/api/meetings`)).status).toBe(404);
      const address = service.server?.address();
      expect(address && typeof address === 'object' ? address.address : '').toBe('127.0.0.1');
    } finally {
      await service.stop();
    }
  });
});
