/**
 * An in-process agendum on a temp folder: real SQLite, real local provider, real
 * templates, a controllable clock. Workflows run exactly as in production; the test drives
 * time and the calendar folder.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { createContext } from '../../src/create-context.js';
import { silentLogger } from '../../src/log.js';
import { createRunner } from '../../src/main.js';
import { localCalendarDir, localMailRoot } from '../../src/providers/local-paths.js';
import { syncCalendar } from '../../src/workflows/calendar/sync-calendar.js';
import { ingestInbox } from '../../src/workflows/inbound/ingest-inbox.js';
import { icsFor, type TestEvent } from './ics.js';

export const REP = { email: 'dana@northwind.example', name: 'Dana Whitfield', timeZone: 'America/New_York' };

export interface Harness {
  ctx: AppContext;
  dataDir: string;
  repId: string;
  connectionId: string;
  clock: { now: Date; set(d: Date | string): void; advance(ms: number): void };
  writeEvent(e: TestEvent): Promise<void>;
  removeEvent(uid: string): Promise<void>;
  /** File names in one of the rep's mail folders. */
  mailbox(folder: 'drafts' | 'outbox' | 'sent' | 'inbox'): Promise<string[]>;
  readMail(folder: 'drafts' | 'outbox' | 'sent' | 'inbox', file: string): Promise<Buffer>;
  /** Calendar sync, then every due step, then the inbox, until nothing is due. */
  tick(): Promise<void>;
  cleanup(): Promise<void>;
}

/** Creates a harness with one rep on the local provider. */
export async function createHarness(opts: {
  now: string;
  approvalMode?: 'approve' | 'draft' | 'auto';
  env?: Record<string, string>;
  databaseUrl?: string;
}): Promise<Harness> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    AGENDUM_DEMO: 'false',
    PUBLIC_URL: 'http://agendum.test',
    PORT: '0',
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...opts.env,
  });
  const clock = {
    now: new Date(opts.now),
    set(d: Date | string) {
      clock.now = new Date(d);
    },
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const ctx = await createContext(config, { clock: () => clock.now, log: silentLogger });
  const rep = await ctx.db.rep.create({
    data: {
      ...REP,
      orgDomains: ['northwind.example'],
      approvalMode: opts.approvalMode ?? 'approve',
      businessHours: config.repDefaults.businessHours,
      ignoreRules: [],
      signature: 'Dana',
    },
  });
  const conn = await ctx.db.connection.create({ data: { repId: rep.id, provider: 'local' } });
  const calDir = localCalendarDir(dataDir, REP.email);
  await mkdir(calDir, { recursive: true });
  const mailDir = (folder: string) => path.join(localMailRoot(dataDir), REP.email, folder);
  const runner = createRunner(ctx);

  return {
    ctx,
    dataDir,
    repId: rep.id,
    connectionId: conn.id,
    clock,
    writeEvent: (e) => writeFile(path.join(calDir, `${e.uid}.ics`), icsFor(e)),
    removeEvent: (uid) => rm(path.join(calDir, `${uid}.ics`)),
    mailbox: async (folder) =>
      (await readdir(mailDir(folder)).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort(),
    readMail: (folder, file) => readFile(path.join(mailDir(folder), file)),
    async tick() {
      await syncCalendar(ctx, conn.id);
      for (let i = 0; i < 10 && (await runner.runDue()) > 0; i++) {}
      await ingestInbox(ctx, conn.id);
      for (let i = 0; i < 10 && (await runner.runDue()) > 0; i++) {}
    },
    async cleanup() {
      await ctx.db.$disconnect();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
