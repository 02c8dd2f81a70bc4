/**
 * `GET /metrics`: this process's prom-client registry — the database gauges (aggregates
 * by provider, status and kind), the counts the code keeps (sends, confirmations, provider
 * requests, job runs) — read through the real service; only for METRICS_TOKEN or an admin's
 * API key on the main port, or on METRICS_PORT. Figures are counts, never timings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { startService } from '../../src/main.js';
import { startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { startMicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { seedProspectMeeting, startGoogleService } from '../helpers/google-service.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { actionPathIn, postForm, serveApp, type TestServer } from '../helpers/http.js';
import { MS_REP } from '../helpers/microsoft-provider.js';
import { startMicrosoftService } from '../helpers/microsoft-service.js';
import {
  approvalRequestInGmail,
  approvalRequestInOutlook,
  mailIn,
  meetingAwaitingApproval,
} from '../helpers/scenario.js';
import { freePort } from '../helpers/spawn-cli.js';
import { createTempPgDatabase, TEST_DATABASE_URL } from '../helpers/test-db.js';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
const PROSPECT = 'priya.raman@acme-robotics.example';

type Sample = { name: string; labels: Record<string, string>; value: number };

/** The samples of a Prometheus text page; fails on a line that is not HELP, TYPE or a sample. */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) \w+ .+$/.test(line)) continue;
    // prom-client writes a NaN gauge as `Nan` (the event-loop lag before its first sample,
    // seen on a loaded machine); Prometheus reads the float case-insensitively.
    const m = /^(\w+)(?:\{(.*)\})? (-?[\d.e+-]+|NaN|Nan|[+-]Inf)$/.exec(line);
    expect(m, line).not.toBeNull();
    const labels = Object.fromEntries(
      [...(m?.[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]),
    );
    samples.push({ name: m?.[1] as string, labels, value: Number(m?.[3]) });
  }
  return samples;
}

/** The sum of the samples named `name` whose labels include `labels`; undefined if there is none. */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const hits = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  return hits.length === 0 ? undefined : hits.reduce((sum, s) => sum + s.value, 0);
}

async function scrape(url: string, key = METRICS_TOKEN): Promise<Sample[]> {
  const res = await fetch(`${url}/metrics`, bearer(key));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parse(await res.text());
}

/**
 * One meeting from first sight to a confirmed agenda through the real pages, then the
 * scrape: the counts moved by one each, the database read as aggregates.
 */
async function countsAndAggregates(h: Harness, server: TestServer): Promise<void> {
  const { agenda, approvalPath } = await meetingAwaitingApproval(h);
  expect((await postForm(server.url + approvalPath, { action: 'approve' })).status).toBe(200);
  await h.tick();
  const sent = await mailIn(h, 'sent', agenda.messageId);
  const confirmPath = await actionPathIn(sent.raw, 'c');
  expect((await postForm(server.url + confirmPath, { action: 'confirm' })).status).toBe(200);
  h.clock.advance(90_000);

  const s = await scrape(server.url);
  expect(value(s, 'agendum_messages_sent_total', { kind: 'agenda' })).toBe(1);
  expect(value(s, 'agendum_messages_sent_total', { kind: 'approval_request' })).toBe(1);
  expect(value(s, 'agendum_confirmations_total', { source: 'page', intent: 'confirm' })).toBe(1);
  expect(value(s, 'agendum_change_to_approval_seconds_count')).toBe(1);
  expect(value(s, 'agendum_step_start_lag_seconds_count', { kind: 'draft_agenda' })).toBe(1);
  expect(value(s, 'agendum_step_start_lag_seconds_count', { kind: 'send_message' })).toBe(2);
  // Read from the database at scrape time, one series per provider, status or kind.
  expect(value(s, 'agendum_connections', { provider: 'local', status: 'active' })).toBe(1);
  expect(value(s, 'agendum_connection_sync_age_max_seconds', { provider: 'local' })).toBe(90);
  // The folder is polled every LOCAL_POLL_SECONDS (5 s): 90 s is more than twice that.
  expect(value(s, 'agendum_connections_sync_overdue', { provider: 'local' })).toBe(1);
  expect(value(s, 'agendum_push_channels_expiring', { provider: 'local' })).toBe(0);
  expect(value(s, 'agendum_steps', { kind: 'draft_agenda', status: 'done' })).toBe(1);
  expect(value(s, 'agendum_messages', { kind: 'agenda', status: 'sent' })).toBe(1);
  expect(value(s, 'agendum_messages', { kind: 'approval_request', status: 'sent' })).toBe(1);
  expect(s.some((x) => 'connection' in x.labels)).toBe(false);
  expect(value(s, 'process_resident_memory_bytes')).toBeGreaterThan(0);

  await h.ctx.db.connection.update({ where: { id: h.connectionId }, data: { status: 'needs_reauth' } });
  const after = await scrape(server.url);
  expect(value(after, 'agendum_connections', { provider: 'local', status: 'needs_reauth' })).toBe(1);
  // A status no connection has any more is gone, not left at its last value.
  expect(value(after, 'agendum_connections', { provider: 'local', status: 'active' })).toBeUndefined();
}

// PROPOSAL_REVIEW (the scenario's meeting) is drafted at once from this time.
const NOW = '2026-12-08T16:30:00Z';

describe('GET /metrics', () => {
  let h: Harness;
  let server: TestServer;

  beforeEach(async () => {
    h = await createHarness({ now: NOW, env: { METRICS_TOKEN } });
    server = await serveApp(h.ctx);
  });
  afterEach(async () => {
    await server.close();
    await h.cleanup();
  });

  it('counts the sends, the confirmation and the steps, and reports the database as aggregates', async () => {
    await countsAndAggregates(h, server);
  });

  it('answers 401 without credentials, a wrong token or a rep key that is not an admin', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, bearer('metrics-token-wrong-0000000000'))).status).toBe(401);
    const { key } = await createApiKey(h.ctx, REP.email, 'monitoring');
    expect((await fetch(`${server.url}/metrics`, bearer(key))).status).toBe(401);
    await h.ctx.db.rep.update({ where: { id: h.repId }, data: { isAdmin: true } });
    expect(value(await scrape(server.url, key), 'agendum_connections')).toBe(1);
  });
});

describe.skipIf(!TEST_DATABASE_URL)(
  'GET /metrics on PostgreSQL (skipped: TEST_DATABASE_URL is not set)',
  () => {
    it('reads the same aggregates', async () => {
      const temp = await createTempPgDatabase(TEST_DATABASE_URL as string);
      const h = await createHarness({ now: NOW, env: { METRICS_TOKEN }, databaseUrl: temp.url });
      const server = await serveApp(h.ctx);
      try {
        await countsAndAggregates(h, server);
      } finally {
        await server.close();
        await h.cleanup();
        await temp.drop();
      }
    });
  },
);

describe('METRICS_PORT', () => {
  it('serves /metrics without credentials on its own port, nothing else there; the main server binds 127.0.0.1 by default', async () => {
    const h = await createHarness({ now: '2026-12-07T15:00:00Z' });
    const metricsPort = await freePort();
    const config = loadConfig({
      DATA_DIR: h.dataDir,
      AGENDUM_DEMO: 'false',
      PORT: '0',
      METRICS_PORT: String(metricsPort),
    });
    const service = await startService(config, { log: silentLogger });
    try {
      await service.quiet();
      const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(res.status).toBe(200);
      const s = parse(await res.text());
      expect(value(s, 'agendum_connections')).toBe(1);
      // The worker's first sweep ran through the queue, and was timed.
      expect(
        value(s, 'agendum_job_duration_seconds_count', { kind: 'sweep', outcome: 'ok' }),
      ).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/api/meetings`)).status).toBe(404);
      const address = service.server?.address();
      expect(address && typeof address === 'object' ? address.address : '').toBe('127.0.0.1');
    } finally {
      await service.stop();
      await h.cleanup();
    }
  });
});

describe('provider requests', () => {
  it('counts every Google request by endpoint and status, and times the jobs that made them', async () => {
    const emu = await startGoogleEmulator();
    const svc = await startGoogleService(emu, {
      email: REP.email,
      refreshToken: emu.addUser(REP.email),
      env: { METRICS_TOKEN },
      rep: { agendaLeadMinutes: 14 * 24 * 60 },
    });
    try {
      seedProspectMeeting(emu, { rep: REP.email, prospect: PROSPECT, inHours: 48 });
      await approvalRequestInGmail(svc, emu, REP.email);
      await svc.settle();

      const s = await scrape(svc.url);
      const google = (endpoint: string, status = '200') =>
        value(s, 'agendum_provider_calls_total', { provider: 'google', endpoint, status });
      expect(google('calendar.events.list')).toBeGreaterThan(0);
      expect(google('gmail.users.messages.send')).toBe(1);
      expect(google('gmail.users.getProfile')).toBe(1);
      expect(value(s, 'agendum_provider_calls_total', { endpoint: 'google.other' })).toBeUndefined();
      expect(value(s, 'agendum_messages_sent_total', { kind: 'approval_request' })).toBe(1);
      expect(value(s, 'agendum_change_to_approval_seconds_count')).toBe(1);
      expect(
        value(s, 'agendum_job_duration_seconds_count', { kind: 'sync_calendar', outcome: 'ok' }),
      ).toBeGreaterThan(0);
      expect(
        value(s, 'agendum_job_duration_seconds_count', { kind: 'run_step', outcome: 'ok' }),
      ).toBeGreaterThan(0);
      expect(value(s, 'agendum_connections', { provider: 'google', status: 'active' })).toBe(1);
      expect(value(s, 'agendum_connections_sync_overdue', { provider: 'google' })).toBe(0);
    } finally {
      await svc.stop();
      await emu.close();
    }
    expect(emu.unimplemented).toEqual([]);
  });

  it('counts every Graph request by endpoint and status', async () => {
    const emu = await startMicrosoftEmulator();
    emu.addUser(MS_REP);
    const svc = await startMicrosoftService(emu, { env: { METRICS_TOKEN } });
    try {
      const start = new Date(Date.now() + 48 * 3_600_000);
      emu.calendar(MS_REP.email).add({
        subject: 'Acme Robotics × Northwind — discovery call',
        start,
        end: new Date(start.getTime() + 1_800_000),
        organizer: MS_REP.email,
        attendees: [{ email: PROSPECT, name: 'Priya Raman' }],
      });
      await approvalRequestInOutlook(svc, emu, MS_REP.email);
      await svc.settle();

      const s = await scrape(svc.url);
      const graph = (endpoint: string, status: string) =>
        value(s, 'agendum_provider_calls_total', { provider: 'microsoft', endpoint, status });
      expect(graph('graph.me.calendarView.delta', '200')).toBeGreaterThan(0);
      expect(graph('graph.me.messages.create', '201')).toBeGreaterThan(0);
      expect(graph('graph.me.messages.send', '202')).toBe(1);
      expect(graph('graph.subscriptions.create', '201')).toBe(1);
      expect(value(s, 'agendum_provider_calls_total', { endpoint: 'graph.other' })).toBeUndefined();
      expect(value(s, 'agendum_messages_sent_total', { kind: 'approval_request' })).toBe(1);
    } finally {
      await svc.stop();
      await emu.close();
    }
    expect(emu.faults.unhandled).toEqual([]);
  });
});
