/**
 * `agendum start` with no configuration but a data folder: SQLite is created and migrated,
 * the demo rep's calendar is seeded, and within seconds the prospect meetings appear with
 * their point and agenda drafts waiting for approval; ignored events say why.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCli } from '../helpers/spawn-cli.js';

interface ApiMeeting {
  title: string;
  isProspect: boolean;
  reason: string;
  stage: string | null;
  start: string;
  point: { purpose: string | null; agenda: string[]; outcome: string | null; source: Record<string, string> };
  steps: { kind: string; status: string; dueAt: string }[];
  messages: { kind: string; status: string; subject: string; to: string[]; messageId: string }[];
}

/** The playbook stages the bundled demo calendar covers. */
const DEMO_STAGES = ['discovery', 'demo', 'technical', 'proposal', 'negotiation'];
/** Why the demo's other events are not prospect meetings. */
const DEMO_IGNORED = [/internal/, /declined/, /all-day/, /webinar/];
/** How long the demo may take to appear: only a hung start-up runs into it. */
const READY_WITHIN_MS = 150_000;

/** True once every stage and every kind of ignored event of the demo calendar is listed. */
function demoCalendarIn(meetings: ApiMeeting[]): boolean {
  const stages = new Set(meetings.filter((m) => m.isProspect).map((m) => m.stage));
  const reasons = meetings.filter((m) => !m.isProspect).map((m) => m.reason);
  return DEMO_STAGES.every((s) => stages.has(s)) && DEMO_IGNORED.every((r) => reasons.some((x) => r.test(x)));
}

let child: ChildProcess;
let dataDir: string;
let base: string;
let output = '';
let cookie = '';

/** The one-time link `npm start` prints for the demo rep, posted as a browser would. */
async function signInFromOutput(): Promise<string> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    const link = /Sign in as the demo rep \([^)]+\): (http:\/\/\S+\/signin\/\S+)/.exec(output)?.[1];
    if (link) {
      const res = await fetch(`${base}${new URL(link).pathname}`, { method: 'POST', redirect: 'manual' });
      expect(res.status).toBe(303);
      return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no sign-in link printed:\n${output}`);
}

async function meetingsWhenReady(): Promise<ApiMeeting[]> {
  const deadline = Date.now() + READY_WITHIN_MS;
  let last: ApiMeeting[] = [];
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/api/meetings?limit=200`, { headers: { cookie } });
      if (res.ok) {
        last = ((await res.json()) as { meetings: ApiMeeting[] }).meetings;
        const waiting = last.filter((m) =>
          m.messages.some((x) => x.kind === 'agenda' && x.status === 'awaiting_approval'),
        );
        // The first sync applies the calendar in batches while the first drafts are made:
        // ready means the whole demo calendar is in, not just the first few drafts.
        if (waiting.length >= 5 && demoCalendarIn(last)) return last;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `demo did not produce drafts in time; last: ${JSON.stringify(last).slice(0, 500)}\n${output}`,
  );
}

describe('fresh start on the embedded default', { timeout: READY_WITHIN_MS + 30_000 }, () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-start-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = startCli({ PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
  });
  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((r) => child?.once('exit', r));
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
  });

  it('prints a one-time sign-in link; nothing is readable without signing in', async () => {
    cookie = await signInFromOutput();
    expect(cookie).toMatch(/^agendum_session=/);
    expect((await fetch(`${base}/api/meetings`)).status).toBe(401);
    const page = await fetch(`${base}/`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/signin?next=%2F');
  });

  it('shows the demo prospect meetings with their point and drafts waiting for approval', async () => {
    const meetings = await meetingsWhenReady();
    const prospects = meetings.filter((m) => m.isProspect);
    expect(prospects.length).toBeGreaterThanOrEqual(5);
    const stages = prospects.map((m) => m.stage);
    for (const stage of DEMO_STAGES) expect(stages).toContain(stage);
    for (const m of prospects) {
      expect(m.point.purpose).toBeTruthy();
      expect(m.point.agenda.length).toBeGreaterThan(0);
      expect(m.point.outcome).toBeTruthy();
      expect(new Date(m.start).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(new Date(m.start).getTime()).toBeLessThan(Date.now() + 15 * 86_400_000);
    }
    const negotiation = prospects.find((m) => m.stage === 'negotiation');
    expect(negotiation?.point.source.purpose).toBe('event');

    const ignored = meetings.filter((m) => !m.isProspect).map((m) => m.reason);
    for (const reason of DEMO_IGNORED) expect(ignored.some((r) => reason.test(r))).toBe(true);
    // Cancelled events never take a place in the list (they would crowd out real meetings).
    expect(ignored.some((r) => /cancelled/.test(r))).toBe(false);

    const health = await fetch(`${base}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok' });
    const dashboard = await (await fetch(`${base}/`, { headers: { cookie } })).text();
    expect(dashboard).toContain('Upcoming meetings');
    expect(dashboard).toContain(`${prospects.length} prospect meeting(s)`);
    expect((await stat(path.join(dataDir, 'agendum.db'))).isFile()).toBe(true);
    expect((await stat(path.join(dataDir, 'secret.key'))).mode & 0o777).toBe(0o600);
  });
});
