/**
 * Per-address limits on the real app: a 429 with Retry-After once a family's budget is
 * spent, keyed by the trusted client address (a forged X-Forwarded-For changes nothing
 * with TRUST_PROXY off), one log line per family a minute; and refused bodies answer
 * 413/400 at warn, never 500 at error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../../src/http/rate-limits.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { captureLog, type LogLine } from '../helpers/log-capture.js';

let h: Harness;
let server: TestServer;
let lines: LogLine[];

async function start(env: Record<string, string> = {}): Promise<void> {
  h = await createHarness({ now: '2026-12-07T15:00:00Z', env });
  const captured = captureLog();
  h.ctx.log = captured.log;
  lines = captured.lines;
  server = await serveApp(h.ctx);
}
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

/** Sends `n` requests, a few dozen at a time; returns their statuses. */
async function hit(
  n: number,
  path: string,
  init: (i: number) => RequestInit = () => ({}),
): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i += 50) {
    const batch = Array.from({ length: Math.min(50, n - i) }, (_, j) =>
      fetch(server.url + path, { redirect: 'manual', ...init(i + j) }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      }),
    );
    statuses.push(...(await Promise.all(batch)));
  }
  return statuses;
}

const forged = (i: number): RequestInit => ({ headers: { 'x-forwarded-for': `203.0.113.${i % 250}` } });

describe('rate limits', () => {
  it.each([
    ['confirmationLinks', '/c/not-a-token', {}],
    ['signin', '/signin', {}],
    ['webhooks', '/webhooks/google/calendar', { method: 'POST' }],
    ['probes', '/readyz', {}],
  ] as const)('%s: answers 429 with Retry-After past the budget', async (family, path, init) => {
    await start();
    const budget = RATE_LIMITS[family].perMinute;
    const statuses = await hit(budget, path, () => init);
    expect(statuses).not.toContain(429);
    const res = await fetch(server.url + path, { redirect: 'manual', ...init });
    expect(res.status).toBe(429);
    const wait = Number(res.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(res.headers.get('ratelimit-policy')).toBe(`${budget};w=60`);
    expect(await res.text()).toMatch(/^Too many requests\. Wait \d+ seconds/);
  });

  it('is not reset by a forged X-Forwarded-For when TRUST_PROXY is off', async () => {
    await start();
    const statuses = await hit(RATE_LIMITS.confirmationLinks.perMinute + 10, '/c/x', forged);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10);
  });

  it('counts per forwarded client when TRUST_PROXY trusts the (loopback) proxy', async () => {
    await start({ TRUST_PROXY: 'loopback' });
    const statuses = await hit(RATE_LIMITS.confirmationLinks.perMinute + 10, '/c/x', forged);
    expect(statuses).not.toContain(429);
  });

  it('logs 429s once a minute per family, at warn', async () => {
    await start();
    await hit(RATE_LIMITS.signin.perMinute + 30, '/signin');
    const limited = lines.filter((l) => l.msg === 'requests rate-limited');
    expect(limited).toEqual([
      {
        level: 'warn',
        msg: 'requests rate-limited',
        fields: expect.objectContaining({ reason: 'signin', count: 1 }),
      },
    ]);
  });

  it('answers the API with JSON', async () => {
    await start();
    await hit(RATE_LIMITS.api.perMinute, '/api/meetings');
    const res = await fetch(`${server.url}/api/meetings`);
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ error: 'rate_limited' });
  });
});

describe('refused bodies', () => {
  const json = (body: string) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

  it('answers 413 to an oversized body and 400 to malformed JSON, without an error line', async () => {
    await start();
    const big = JSON.stringify({ x: 'y'.repeat(300 * 1024) });
    const cases: [string, RequestInit, number][] = [
      ['/api/meetings', json(big), 413],
      ['/api/meetings', json('{"broken'), 400],
      ['/webhooks/microsoft', json('{"value": [ '), 400],
      ['/webhooks/microsoft', json(JSON.stringify({ value: [], pad: 'p'.repeat(5 * 1024 * 1024) })), 413],
      [
        '/c/some-token',
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `change=${'z'.repeat(70 * 1024)}`,
        },
        413,
      ],
    ];
    for (const [path, init, status] of cases) {
      const res = await fetch(server.url + path, init);
      expect([path, res.status]).toEqual([path, status]);
      expect(await res.text()).toMatch(/body|JSON/);
    }
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
    const refused = lines.filter((l) => l.msg === 'request bodies refused');
    expect(refused.map((l) => [l.level, l.fields.reason])).toEqual([
      ['warn', 'entity.too.large'],
      ['warn', 'entity.parse.failed'],
    ]);
    // The route, never the rest of the path: a link's path is its secret token.
    expect(JSON.stringify(lines)).not.toContain('some-token');
  });
});
