/**
 * Who administers an install: the first real rep, never the demo rep (whose sign-in link
 * `npm start` prints at every start, so it ends up in logs).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { AppContext } from '../../src/context.js';
import { createContext } from '../../src/create-context.js';
import { silentLogger } from '../../src/log.js';
import { bootstrapDemo, DEMO_REP } from '../../src/workflows/reps/bootstrap-demo.js';
import { createRep } from '../../src/workflows/reps/create-rep.js';

let dataDir: string;
let ctx: AppContext;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-admin-'));
  ctx = await createContext(loadConfig({ DATA_DIR: dataDir }), { log: silentLogger });
});
afterEach(async () => {
  await ctx.db.$disconnect();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the first rep is the admin', () => {
  it('but the demo rep never is, and the first real rep after it is', async () => {
    await bootstrapDemo(ctx);
    expect((await ctx.db.rep.findUniqueOrThrow({ where: { email: DEMO_REP.email } })).isAdmin).toBe(false);
    const ana = await createRep(ctx, {
      email: 'ana@northwind.example',
      name: 'Ana',
      timeZone: 'UTC',
      orgDomains: [],
    });
    const ben = await createRep(ctx, {
      email: 'ben@northwind.example',
      name: 'Ben',
      timeZone: 'UTC',
      orgDomains: [],
    });
    expect([ana.isAdmin, ben.isAdmin]).toEqual([true, false]);
  });
});
