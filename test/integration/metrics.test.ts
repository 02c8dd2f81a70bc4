/** `GET /metrics`: Prometheus text an operator can alert on, read from the real database. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';

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
    const res = await fetch(`${server.url}/metrics`);
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
});
