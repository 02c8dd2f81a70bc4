/**
 * Two `agendum start` processes on one PostgreSQL against the Google emulator, 500 prospect
 * meetings, one instance killed with SIGKILL while the approval requests go out: every
 * agenda's approval request is accepted by Gmail exactly once and none is lost. Recovery is
 * the production path — the dead instance is not seen for 60 s (instance-heartbeat.ts) and
 * the once-a-minute sweep unlocks its jobs and queues and frees the steps it held — so the
 * test takes a few minutes of wall time. Every wait is for a state, with a generous bound.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/create-context.js';
import { createDbClient, type Db } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { silentLogger } from '../../src/log.js';
import { connectAccount } from '../../src/workflows/connections/connect-account.js';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { googleEnv } from '../helpers/google-service.js';
import { startCli } from '../helpers/spawn-cli.js';
import { createTempPgDatabase, TEST_DATABASE_URL } from '../helpers/test-db.js';

const REPS = 10;
const MEETINGS_PER_REP = 50;
const TOTAL = REPS * MEETINGS_PER_REP;
/** The kill comes once this many approval requests are out: under way, far from done. */
const KILL_AFTER_SENT = 50;

// Bounds that only stop a hung run; a loaded 2-core machine stays far inside them.
const START_WITHIN_MS = 150_000;
/** Syncing 490 meetings and drafting their agendas until the sends are under way. */
const KILL_POINT_WITHIN_MS = 300_000;
/** From the kill: 60 s until A counts as lost, up to a minute for the sweep, then the rest. */
const RECOVERED_WITHIN_MS = 300_000;

const repEmail = (r: number) => `rep${r}@northwind.example`;

interface Instance {
  name: string;
  child: ChildProcess;
  dataDir: string;
  output: string;
  running: Promise<void>;
}

let emu: GoogleEmulator;
let temp: { url: string; drop(): Promise<void> } | undefined;
let db: Db | undefined;
const instances: Instance[] = [];

/** A 30-minute meeting with one external prospect, `inHours` from now: its agenda is due at once. */
function addMeeting(r: number, i: number, inHours: number): void {
  const start = new Date(Date.now() + inHours * 3_600_000);
  emu.calendar(repEmail(r)).addEvent({
    summary: `Account ${r}-${i} × Northwind — discovery call`,
    start,
    end: new Date(start.getTime() + 30 * 60_000),
    attendees: [
      { email: repEmail(r), responseStatus: 'accepted' },
      { email: `buyer${i}@account-${r}-${i}.example`, displayName: `Buyer ${r}-${i}` },
    ],
  });
}

/** Every message the emulated Gmail accepted from the reps (messages.send), by Message-ID. */
function sentByMessageId(): Map<string, number> {
  const seen = new Map<string, number>();
  for (let r = 0; r < REPS; r++) {
    for (const m of emu.folder(repEmail(r), 'SENT')) {
      const id = m.messageIdHeader ?? `(no Message-ID: ${m.id})`;
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
  }
  return seen;
}

function sentCount(): number {
  let n = 0;
  for (let r = 0; r < REPS; r++) n += emu.folder(repEmail(r), 'SENT').length;
  return n;
}

/** Where things stand, for a failure message: messages, steps and jobs, and each process's output. */
async function state(): Promise<string> {
  const d = db as Db;
  const [messages, steps, jobs] = await Promise.all([
    d.message.groupBy({ by: ['kind', 'status'], _count: true }),
    d.step.groupBy({ by: ['kind', 'status'], _count: true }),
    d.$queryRawUnsafe<unknown[]>(
      `SELECT task_identifier, queue_name IS NOT NULL AS queued, locked_by IS NOT NULL AS locked,
              attempts, (run_at <= now()) AS due, count(*)::int AS n
         FROM graphile_worker.jobs GROUP BY 1, 2, 3, 4, 5 ORDER BY 1`,
    ),
  ]);
  const out = instances.map(
    (p) =>
      `--- ${p.name} (${p.child.signalCode ?? `exit ${p.child.exitCode}`}) ---\n${p.output.slice(-4000)}`,
  );
  return [
    `messages: ${JSON.stringify(messages.map((m) => [m.kind, m.status, m._count]))}`,
    `steps: ${JSON.stringify(steps.map((m) => [m.kind, m.status, m._count]))}`,
    `jobs: ${JSON.stringify(jobs)}`,
    `emulator SENT: ${sentCount()}`,
    ...out,
  ].join('\n');
}

/** Waits for `check`; fails naming `what` when `ms` pass, or at once if a live instance exits. */
async function waitFor<T>(
  what: string,
  check: () => Promise<T> | T,
  ms: number,
  alive: Instance[],
  everyMs = 100,
): Promise<NonNullable<T>> {
  const limit = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    const dead = alive.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
    if (dead) throw new Error(`${dead.name} exited while waiting for ${what}\n${await state()}`);
    if (Date.now() > limit) throw new Error(`${what}: not within ${ms / 1000} s\n${await state()}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `agendum-${name}-`));
  const child = startCli({ ...env, DATA_DIR: dataDir });
  const p: Instance = {
    name,
    child,
    dataDir,
    output: '',
    running: new Promise<void>((resolve) => child.once('exit', () => resolve())),
  };
  child.stdout?.on('data', (d) => (p.output += d));
  child.stderr?.on('data', (d) => (p.output += d));
  instances.push(p);
  return p;
}

/** The instance an `agendum start` process is (newInstanceId has its pid) and its workers' ids. */
async function instanceOf(p: Instance): Promise<{ id: string; workerIds: string[] } | null> {
  const rows = await (db as Db).workerInstance.findMany({ where: { id: { contains: `:${p.child.pid}:` } } });
  const row = rows[0];
  return row ? { id: row.id, workerIds: row.workerIds.split(',').filter(Boolean) } : null;
}

/** What an instance holds now: the steps it claimed, the jobs and queues its workers locked. */
async function heldBy(instance: { id: string; workerIds: string[] }) {
  const d = db as Db;
  const steps = await d.step.findMany({
    where: { status: 'running', lockedBy: instance.id },
    select: { id: true, kind: true },
  });
  const [locks] = await d.$queryRawUnsafe<{ jobs: number; queues: number }[]>(
    `SELECT (SELECT count(*)::int FROM graphile_worker._private_jobs WHERE locked_by = ANY($1::text[])) AS jobs,
            (SELECT count(*)::int FROM graphile_worker._private_job_queues WHERE locked_by = ANY($1::text[])) AS queues`,
    instance.workerIds,
  );
  return { steps, jobs: locks?.jobs ?? 0, queues: locks?.queues ?? 0 };
}

describe.skipIf(!TEST_DATABASE_URL)(
  'two instances on one PostgreSQL, one killed (skipped: TEST_DATABASE_URL is not set)',
  () => {
    let a: Instance;
    let b: Instance;

    beforeAll(
      async () => {
        emu = await startGoogleEmulator();
        temp = await createTempPgDatabase(TEST_DATABASE_URL as string);
        await migrateDatabase(temp.url);
        db = createDbClient(temp.url);
        const env: Record<string, string> = {
          DATABASE_URL: temp.url,
          AGENDUM_SECRET_KEY: randomBytes(32).toString('hex'),
          AGENDUM_DEMO: 'false',
          PORT: '0',
          LOG_LEVEL: 'warn',
          // Every meeting below is within the lead time: its agenda is due now, whatever the clock.
          DEFAULT_AGENDA_LEAD_HOURS: '48',
          // Each sweep (once a minute) polls every calendar: meetings added after the kill are read.
          CALENDAR_POLL_SECONDS: '5',
          ...googleEnv(emu),
        };
        // All but one meeting per rep exist before the start; the last comes after the kill.
        const tokens: string[] = [];
        for (let r = 0; r < REPS; r++) {
          tokens.push(emu.addUser(repEmail(r)));
          for (let i = 0; i < MEETINGS_PER_REP - 1; i++) addMeeting(r, i, 3 + (i % 40) / 2);
        }
        // The reps connect once, before either instance starts (as `agendum connect google` does).
        const setupDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-connect-'));
        const ctx = await createContext(loadConfig({ ...env, DATA_DIR: setupDir }), {
          log: silentLogger,
          migrate: false,
        });
        try {
          for (let r = 0; r < REPS; r++) {
            const account = await ctx.providers
              .oauthFlow('google')
              .fromRefreshToken(repEmail(r), tokens[r] as string);
            await connectAccount(ctx, 'google', account);
          }
        } finally {
          await ctx.db.$disconnect();
          await rm(setupDir, { recursive: true, force: true });
        }
        a = await startInstance('instance A', env);
        b = await startInstance('instance B', env);
        for (const p of [a, b]) {
          await waitFor(`${p.name} to start`, () => /agendum is running at/.test(p.output), START_WITHIN_MS, [
            p,
          ]);
        }
      },
      START_WITHIN_MS * 2 + 60_000,
    );

    afterAll(async () => {
      for (const p of instances) {
        if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
        await p.running;
        await rm(p.dataDir, { recursive: true, force: true, maxRetries: 5 });
      }
      await db?.$disconnect();
      await temp?.drop();
      await emu?.close();
    });

    it(
      'sends every approval request exactly once after one instance is killed midway',
      async () => {
        const d = db as Db;
        // Its worker ids are added after its first heartbeat: read again at each look below.
        const aFirst = await waitFor('instance A to beat', () => instanceOf(a), START_WITHIN_MS, [a, b]);

        // Killed midway while it holds steps: preferably while an agenda it wrote is not yet
        // routed (the approval request not yet asked for), the moment a crash loses most by;
        // once every agenda is drafted or many requests are out, while it holds any step.
        const atKill = await waitFor(
          'instance A to hold steps while approval requests go out',
          async () => {
            const sent = sentCount();
            if (sent < KILL_AFTER_SENT) return null;
            if (sent >= TOTAL - 100) throw new Error(`${sent} sent before A held any step`);
            const aNow = (await instanceOf(a)) ?? aFirst;
            const drafting = { kind: 'draft_agenda', status: 'running', lockedBy: aNow.id } as const;
            const unrouted = await d.message.count({
              where: { kind: 'agenda', status: 'drafted', meeting: { steps: { some: drafting } } },
            });
            const held = await heldBy(aNow);
            const draftsLeft = await d.step.count({
              where: { kind: 'draft_agenda', status: { in: ['pending', 'running'] } },
            });
            const late = draftsLeft === 0 || sent >= TOTAL * 0.4;
            return unrouted > 0 || (late && held.steps.length > 0)
              ? { sent, unrouted, instance: aNow, ...held }
              : null;
          },
          KILL_POINT_WITHIN_MS,
          [a, b],
          // The moment lasts milliseconds: look again at once.
          0,
        );
        a.child.kill('SIGKILL');
        await a.running;
        const killedAt = Date.now();
        const recoveredBy = killedAt + RECOVERED_WITHIN_MS;
        // Meetings booked after the kill: every connection's calendar queue still runs.
        for (let r = 0; r < REPS; r++) addMeeting(r, MEETINGS_PER_REP - 1, 4);

        await waitFor(
          "A's loss noticed by the sweep",
          async () => (await d.workerInstance.count({ where: { id: atKill.instance.id } })) === 0,
          recoveredBy - Date.now(),
          [b],
        );
        const noticedAfterMs = Date.now() - killedAt;
        await waitFor(
          `all ${TOTAL} approval requests sent`,
          async () =>
            (await d.message.count({ where: { kind: 'approval_request', status: 'sent' } })) === TOTAL,
          recoveredBy - Date.now(),
          [b],
        );
        const doneAfterMs = Date.now() - killedAt;
        console.log(
          `killed A at ${atKill.sent}/${TOTAL} sent, with ${atKill.unrouted} agenda(s) drafted but not routed, holding steps [${atKill.steps.map((st) => st.kind).join(', ')}], ` +
            `${atKill.jobs} job(s), ${atKill.queues} queue(s); loss noticed after ${Math.round(noticedAfterMs / 1000)} s, ` +
            `all sent after ${Math.round(doneAfterMs / 1000)} s`,
        );

        // Every prospect meeting: one agenda, awaiting the rep, and one approval request for it, sent.
        const meetings = await d.meeting.findMany({
          where: { isProspect: true },
          select: {
            id: true,
            messages: {
              select: { id: true, kind: true, status: true, subjectMessageId: true, messageId: true },
            },
          },
        });
        expect(meetings).toHaveLength(TOTAL);
        const wrong = meetings.filter((m) => {
          const agendas = m.messages.filter((x) => x.kind === 'agenda');
          const requests = m.messages.filter((x) => x.kind === 'approval_request');
          return !(
            agendas.length === 1 &&
            agendas[0]?.status === 'awaiting_approval' &&
            requests.length === 1 &&
            requests[0]?.status === 'sent' &&
            requests[0]?.subjectMessageId === agendas[0]?.id
          );
        });
        expect(wrong.map((m) => m.messages)).toEqual([]);

        // Gmail accepted each approval request exactly once, and nothing it was not asked to send.
        const sent = sentByMessageId();
        const requestIds = meetings.flatMap((m) =>
          m.messages.filter((x) => x.kind === 'approval_request').map((x) => x.messageId),
        );
        expect(requestIds.filter((id) => sent.get(id) !== 1)).toEqual([]);
        expect([...sent].filter(([, n]) => n !== 1)).toEqual([]);
        const known = new Set(
          (await d.message.findMany({ select: { messageId: true } })).map((m) => m.messageId),
        );
        expect([...sent.keys()].filter((id) => !known.has(id))).toEqual([]);

        // What A held was taken over: every draft and send step ran to its end (a step A had
        // finished but not recorded ran again and found its work done: skipped, not repeated).
        const unfinished = await d.step.findMany({
          where: { kind: { in: ['draft_agenda', 'send_message'] }, status: { notIn: ['done', 'skipped'] } },
          select: { id: true, kind: true, status: true, lockedBy: true, lastError: true },
        });
        expect(unfinished).toEqual([]);
        expect(await heldBy(atKill.instance)).toEqual({ steps: [], jobs: 0, queues: 0 });
        expect(emu.unimplemented).toEqual([]);
        expect(b.child.exitCode).toBeNull();
      },
      START_WITHIN_MS + KILL_POINT_WITHIN_MS + RECOVERED_WITHIN_MS,
    );
  },
);
