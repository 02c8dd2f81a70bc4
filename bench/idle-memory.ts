/**
 * Memory with many connected reps and nothing happening: N reps on Google (the emulator
 * in this process), connected in a fresh SQLite database, then `agendum start` from the
 * built output as a child process (AGENDUM_DEMO=false, push channels on). Its first syncs
 * and channel opens run, then its steady polls; VmRSS and VmHWM (the peak) come from
 * /proc/<pid>/status, sampled every second until `settleSeconds` after every channel opened,
 * or `maxSeconds` after the start when they do not all open by then (a service that cannot
 * keep up with its reps' polls never gets there).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/create-context.js';
import { silentLogger } from '../src/log.js';
import { startGoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { googleEnv } from '../test/helpers/google-service.js';
import { freePort } from '../test/helpers/spawn-cli.js';
import { createBenchDb } from './bench-db.js';
import { builtPackage } from './built-package.js';
import { connectGoogleReps } from './google-reps.js';

export interface IdleMemoryResult {
  reps: number;
  nodeOptions: string;
  /** `dist` when the compiled output ran; otherwise the sources ran through tsx. */
  entry: string;
  peakRssMb: number;
  rssAtEndMb: number;
  /** Seconds from start until every rep's channel was open; null when that did not happen in `maxSeconds`. */
  settledAfterSec: number | null;
  /** Channels opened (events.watch calls) by the end. */
  channelsOpened: number;
  sampledSec: number;
}

async function memoryOf(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  return exited;
}

export async function benchIdleMemory(opts: {
  reps: number;
  settleSeconds: number;
  maxSeconds: number;
  /** NODE_OPTIONS of the service, e.g. a heap limit (README, "Performance"); none by default. */
  nodeOptions?: string;
}): Promise<IdleMemoryResult> {
  const { root, entry } = builtPackage();
  const emu = await startGoogleEmulator();
  const db = await createBenchDb('sqlite');
  const port = await freePort();
  const env = {
    DATA_DIR: db.dataDir,
    AGENDUM_DEMO: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    ...googleEnv(emu),
  };
  let child: ChildProcess | undefined;
  try {
    const ctx = await createContext(loadConfig(env), { log: silentLogger });
    await connectGoogleReps(ctx, emu, opts.reps);
    await ctx.db.$disconnect();

    child = spawn(process.execPath, [path.join(root, 'bin/agendum.js'), 'start'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...(opts.nodeOptions ? { NODE_OPTIONS: opts.nodeOptions } : {}),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const pid = child.pid as number;
    const started = Date.now();
    let peak = 0;
    let last = { rss: 0, hwm: 0 };
    let settledAt: number | undefined;
    const deadline = started + opts.maxSeconds * 1000;
    while (Date.now() < deadline && child.exitCode === null) {
      await sleep(1000);
      last = await memoryOf(pid).catch(() => last);
      peak = Math.max(peak, last.hwm);
      if (settledAt === undefined && emu.count('calendar.events.watch') >= opts.reps) settledAt = Date.now();
      if (settledAt !== undefined && Date.now() - settledAt >= opts.settleSeconds * 1000) break;
    }
    if (child.exitCode !== null) throw new Error(`agendum start exited with ${child.exitCode}`);
    return {
      reps: opts.reps,
      nodeOptions: opts.nodeOptions ?? '',
      entry,
      peakRssMb: peak,
      rssAtEndMb: last.rss,
      settledAfterSec: settledAt === undefined ? null : (settledAt - started) / 1000,
      channelsOpened: emu.count('calendar.events.watch'),
      sampledSec: (Date.now() - started) / 1000,
    };
  } finally {
    if (child) await stopChild(child);
    await emu.close();
    await db.remove();
  }
}
