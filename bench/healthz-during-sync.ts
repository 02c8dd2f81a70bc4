/**
 * Bench figure for liveness under load: a first sync of one 5,000-event `.ics` file on the
 * local provider while /healthz is probed every 50 ms over loopback. The prober runs in a
 * worker thread, with its own event loop, so its latencies are the server's responsiveness,
 * not the prober waiting on the loop the sync runs in.
 */

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import express from 'express';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/create-context.js';
import { healthRoutes } from '../src/http/health-routes.js';
import { silentLogger } from '../src/log.js';
import { syncCalendar } from '../src/workflows/calendar/sync-calendar.js';
import { icsCalendarFor, manyTestEvents } from '../test/helpers/ics.js';
import { addLocalRep } from './local-rep.js';

type Latencies = { count: number; max: number; p50: number; p99: number };

export interface HealthzDuringSyncResult {
  events: number;
  syncSeconds: number;
  probes: Latencies;
}

const REP = 'bench.big@northwind.example';

// Plain JS for the worker (eval): probe until told to stop, then report the latencies.
const PROBER = `
const { parentPort, workerData } = require('node:worker_threads');
const ms = [];
let running = true;
parentPort.on('message', () => { running = false; });
(async () => {
  while (running) {
    const t0 = performance.now();
    try { await (await fetch(workerData.url)).text(); ms.push(performance.now() - t0); } catch { ms.push(Infinity); }
    await new Promise((r) => setTimeout(r, 50));
  }
  ms.sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
  parentPort.postMessage({ count: ms.length, max: ms.at(-1) ?? 0, p50: at(0.5), p99: at(0.99) });
})();
`;

function startProber(url: string) {
  const worker = new Worker(PROBER, { eval: true, workerData: { url } });
  const result = new Promise<Latencies>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return async () => {
    worker.postMessage('stop');
    const latencies = await result;
    await worker.terminate();
    return latencies;
  };
}

/** Times a first sync of `events` events in one file, with the /healthz latencies during it. */
export async function benchHealthzDuringSync(events: number): Promise<HealthzDuringSyncResult> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-bench-big-'));
  const config = loadConfig({ DATA_DIR: dataDir, AGENDUM_DEMO: 'false' });
  const ctx = await createContext(config, { log: silentLogger });
  let server: Server | undefined;
  try {
    const { connectionId, calendarDir: dir } = await addLocalRep(ctx, REP);
    await writeFile(path.join(dir, 'export.ics'), icsCalendarFor(manyTestEvents(events, new Date(), REP)));
    const app = express().use(healthRoutes(ctx));
    const listening = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    server = listening;
    const port = (listening.address() as { port: number }).port;
    const stop = startProber(`http://127.0.0.1:${port}/healthz`);
    const t0 = performance.now();
    await syncCalendar(ctx, connectionId);
    const syncSeconds = (performance.now() - t0) / 1000;
    return { events, syncSeconds, probes: await stop() };
  } finally {
    server?.close();
    server?.closeAllConnections();
    await ctx.db.$disconnect();
    await rm(dataDir, { recursive: true, force: true });
  }
}
