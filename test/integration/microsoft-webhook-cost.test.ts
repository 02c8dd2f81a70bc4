/**
 * What a Graph notification batch costs: its subscriptions are looked up in one query,
 * and the first notification that is not ours ends it, so a 1,000-item forgery costs a
 * query and a log line, not a thousand of each. Queries are counted with a Prisma client
 * extension around the harness's real client.
 */
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client.js';
import { createApp } from '../../src/http/app.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { captureLog, type LogLine } from '../helpers/log-capture.js';

let h: Harness;
let db: Db;
let server: Server;
let url: string;
let calls: string[];
let queries: string[];
let lines: LogLine[];

beforeEach(async () => {
  h = await createHarness({ now: '2026-12-07T15:00:00Z' });
  db = h.ctx.db;
  await db.connection.update({
    where: { id: h.connectionId },
    data: { provider: 'microsoft', channelId: 'sub-1', channelToken: 'secret-state' },
  });
  queries = [];
  h.ctx.db = db.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        queries.push(`${model ?? ''}.${operation}`);
        return query(args);
      },
    },
  }) as unknown as Db;
  const captured = captureLog();
  h.ctx.log = captured.log;
  lines = captured.lines;
  calls = [];
  const record = (what: string) => (id: string) => void calls.push(`${what}:${id}`);
  const triggers = {
    calendarChanged: record('calendar'),
    inboxChanged: record('inbox'),
    renewChannel: record('renew'),
    reopenChannel: record('reopen'),
  };
  server = createApp(h.ctx, { triggers }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const addr = server.address();
  url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/webhooks/microsoft`;
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  h.ctx.db = db;
  await h.cleanup();
});

const post = (value: unknown[]) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ value }),
  });
const note = (over: Record<string, unknown> = {}) => ({
  subscriptionId: 'sub-1',
  clientState: 'secret-state',
  changeType: 'updated',
  resource: 'Users/u/Events/e',
  ...over,
});

describe('Graph notification batch cost', () => {
  it('answers a 1,000-item batch of foreign subscriptions with one query and one log line', async () => {
    const value = Array.from({ length: 1000 }, (_, i) =>
      note({ subscriptionId: `forged-${i}`, clientState: 'x' }),
    );
    expect(JSON.stringify({ value }).length).toBeGreaterThan(48 * 1024);
    expect((await post(value)).status).toBe(202);
    expect(queries).toEqual(['Connection.findMany']);
    expect(calls).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'warn', fields: { reason: 'unknown subscription', count: 1 } });
  });

  it('adds no log line for thirty more forged batches within the minute, and counts them', async () => {
    const value = Array.from({ length: 1000 }, () => note({ clientState: 'wrong' }));
    for (let i = 0; i < 30; i++) expect((await post(value)).status).toBe(202);
    expect(queries).toHaveLength(30);
    expect(lines).toHaveLength(1);
    h.clock.advance(60_000);
    await post(value);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ level: 'warn', fields: { reason: 'clientState mismatch', count: 30 } });
    expect(calls).toEqual([]);
  });

  it('acts on the genuine notifications before the first foreign one, and on none after it', async () => {
    const res = await post([
      note(),
      note({ changeType: undefined, lifecycleEvent: 'reauthorizationRequired' }),
      note({ subscriptionId: 'sub-2' }),
      note(),
      note({ changeType: undefined, lifecycleEvent: 'subscriptionRemoved' }),
    ]);
    expect(res.status).toBe(202);
    expect(calls).toEqual([`calendar:${h.connectionId}`, `renew:${h.connectionId}`]);
    expect(queries).toEqual(['Connection.findMany']);
  });

  it('answers 500 so Graph retries when the lookup fails, with one error line', async () => {
    await db.$disconnect();
    h.ctx.db = {
      connection: {
        findMany: () => Promise.reject(new Error('database is locked')),
      },
    } as unknown as Db;
    expect((await post([note(), note()])).status).toBe(500);
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(1);
    expect(calls).toEqual([]);
  });
});
