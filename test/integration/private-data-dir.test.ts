/**
 * DATA_DIR is private: after the service starts (demo on, so the calendar is seeded and
 * approval requests are mailed), every file under it is 0600 and every folder 0700 — the
 * database and its -wal/-shm, secret.key, calendars, mail. The umask is opened to 000
 * for the run, so a file written without an explicit mode shows up as group/world-readable
 * instead of hiding behind the usual 022. An older install's looser modes are tightened.
 */
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { silentLogger } from '../../src/log.js';
import { type Service, startService } from '../../src/main.js';
import { driveService } from '../helpers/drive-service.js';
import { ManualTimers } from '../helpers/manual-timers.js';

let dataDir: string;
let service: Service | undefined;
let savedUmask: number;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-private-'));
  savedUmask = process.umask(0);
});
afterEach(async () => {
  await service?.stop();
  service = undefined;
  process.umask(savedUmask);
  await rm(dataDir, { recursive: true, force: true });
});

const configFor = (dir: string) =>
  loadConfig({ DATA_DIR: dir, AGENDUM_DEMO: 'true', PORT: '0', JOB_POLL_MS: '50', LOG_LEVEL: 'error' });

/** Every path under `root` (root included, nothing skipped) with its type and permission bits. */
async function modesUnder(root: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (p: string): Promise<void> => {
    const s = await stat(p);
    const kind = s.isDirectory() ? 'folder' : 'file';
    out.push(`${path.relative(root, p) || '.'} ${kind} ${(s.mode & 0o777).toString(8)}`);
    if (s.isDirectory()) for (const name of await readdir(p)) await visit(path.join(p, name));
  };
  await visit(root);
  return out.sort();
}

/** Waits for the demo to mail approval requests, so the mail folders exist and hold files. */
async function startDemo(): Promise<Service> {
  const timers = new ManualTimers();
  service = await startService(configFor(dataDir), { log: silentLogger, clock: timers.clock, timers });
  const inbox = path.join(dataDir, 'mail', 'demo.rep@northwind.example', 'inbox');
  await driveService(service, timers).until('approval requests in the demo inbox', async () =>
    (await readdir(inbox).catch(() => [])).some((f) => f.endsWith('.eml')),
  );
  return service;
}

function expectPrivate(modes: string[]): void {
  const loose = modes.filter((m) => !m.endsWith(m.includes(' folder ') ? ' folder 700' : ' file 600'));
  expect(loose, 'paths not private (files 0600, folders 0700)').toEqual([]);
}

describe('DATA_DIR file modes', () => {
  it('creates every file 0600 and every folder 0700 on a fresh start', async () => {
    await startDemo();
    const modes = await modesUnder(dataDir);
    for (const name of [
      'agendum.db',
      'agendum.db-wal',
      'agendum.db-shm',
      'secret.key',
      'calendars',
      'mail',
    ]) {
      expect(modes.some((m) => m.startsWith(`${name} `))).toBe(true);
    }
    for (const folder of ['inbox', 'sent']) {
      expect(modes.some((m) => m.includes(`/${folder}/`) && m.includes('.eml file'))).toBe(true);
    }
    expect(
      modes.some((m) => m.startsWith('calendars/demo.rep@northwind.example/') && m.includes('.ics')),
    ).toBe(true);
    expectPrivate(modes);
  });

  it('tightens the data folder, database and key an older version left readable', async () => {
    process.umask(0o022); // what an older install ran under
    await migrateDatabase(configFor(dataDir).databaseUrl);
    await writeFile(path.join(dataDir, 'secret.key'), `${'ab'.repeat(32)}\n`, { mode: 0o644 });
    await chmod(dataDir, 0o755);
    // Today's migrations create the file 0600; an older version left it 0644.
    await chmod(path.join(dataDir, 'agendum.db'), 0o644);
    expect((await stat(path.join(dataDir, 'agendum.db'))).mode & 0o777).toBe(0o644);
    process.umask(0);

    await startDemo();
    expectPrivate(await modesUnder(dataDir));
  });
});
