/**
 * Who may reach what, over real HTTP on the real app: foreign Host names are refused
 * (DNS rebinding), sessions expire when idle and absolutely, sign-in links cannot be
 * posted from another site, API keys carry their rep's scope until revoked, admins see
 * every rep, and the meeting list pages per rep.
 */
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../../src/auth/api-keys.js';
import { createSigninLink } from '../../src/auth/signin-links.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { signIn } from '../helpers/signin.js';

let h: Harness;
let server: TestServer;

/** A GET with a chosen Host header (fetch does not let a test set it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

async function meetingAt(title: string, iso: string, status: 'CONFIRMED' | 'CANCELLED' = 'CONFIRMED') {
  await h.writeEvent({
    uid: `${title}@test`,
    title,
    start: new Date(iso),
    end: new Date(new Date(iso).getTime() + 30 * 60_000),
    organizer: REP.email,
    status,
    attendees: [{ email: REP.email }, { email: 'pat@initech.example' }],
  });
}

beforeEach(async () => {
  h = await createHarness({
    now: '2026-12-08T14:00:00Z',
    env: { SESSION_IDLE_MINUTES: '30', SESSION_MAX_HOURS: '2' },
  });
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

describe('Host header', () => {
  it('answers 421 for a host that is not PUBLIC_URL’s or loopback, on every route family', async () => {
    for (const p of ['/', '/api/meetings', '/signin', '/a/x', '/c/x', '/metrics', '/webhooks/microsoft']) {
      expect(await getWithHost(`${server.url}${p}`, 'evil.example')).toBe(421);
      expect(await getWithHost(`${server.url}${p}`, 'rebind.attacker.example:3000')).toBe(421);
    }
    expect(await getWithHost(`${server.url}/signin`, 'agendum.test')).toBe(200);
    expect(await getWithHost(`${server.url}/signin`, 'agendum.test.evil.example')).toBe(421);
    expect(await getWithHost(`${server.url}/signin`, 'localhost.evil.example')).toBe(421);
    expect(await getWithHost(`${server.url}/signin`, '[::1]evil.example')).toBe(421);
    expect(await getWithHost(`${server.url}/signin`, 'localhost@evil.example')).toBe(421);
    expect(await getWithHost(`${server.url}/signin`, '[::1]:3000')).toBe(200);
    // Probes answer by any name: orchestrators call an instance by its own address.
    expect(await getWithHost(`${server.url}/healthz`, '10.1.2.3:3000')).toBe(200);
    expect(await getWithHost(`${server.url}/signin`, 'localhost:3000')).toBe(200);
  });
});

describe('sessions', () => {
  it('end after SESSION_IDLE_MINUTES without use', async () => {
    const { cookie } = await signIn(h.ctx, server.url, REP.email);
    h.clock.advance(29 * 60_000);
    expect((await fetch(`${server.url}/api/meetings`, { headers: { cookie } })).status).toBe(200);
    h.clock.advance(31 * 60_000);
    expect((await fetch(`${server.url}/api/meetings`, { headers: { cookie } })).status).toBe(401);
    expect(await h.ctx.db.session.count()).toBe(0);
  });

  it('end SESSION_MAX_HOURS after sign-in even when used all along', async () => {
    const { cookie } = await signIn(h.ctx, server.url, REP.email);
    for (let i = 0; i < 5; i++) {
      h.clock.advance(20 * 60_000);
      expect((await fetch(`${server.url}/api/meetings`, { headers: { cookie } })).status).toBe(200);
    }
    h.clock.advance(20 * 60_000);
    expect((await fetch(`${server.url}/api/meetings`, { headers: { cookie } })).status).toBe(401);
  });
});

describe('sign-in links', () => {
  it('cannot be posted from another site, and stay unused when refused', async () => {
    const { url } = await createSigninLink(h.ctx, REP.email);
    const path = new URL(url).pathname;
    const crossSite = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      redirect: 'manual',
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.get('set-cookie')).toBeNull();
    const mine = await fetch(`${server.url}${path}`, { method: 'POST', redirect: 'manual' });
    expect(mine.status).toBe(303);
  });

  it('end the session the browser had before, so it is one rep at a time', async () => {
    const first = await signIn(h.ctx, server.url, REP.email);
    const { url } = await createSigninLink(h.ctx, REP.email);
    const again = await fetch(`${server.url}${new URL(url).pathname}`, {
      method: 'POST',
      headers: { cookie: first.cookie },
      redirect: 'manual',
    });
    expect(again.status).toBe(303);
    expect((await fetch(`${server.url}/api/meetings`, { headers: { cookie: first.cookie } })).status).toBe(
      401,
    );
    expect(await h.ctx.db.session.count()).toBe(1);
  });

  it('expire, and unknown ones say so', async () => {
    const { url } = await createSigninLink(h.ctx, REP.email);
    h.clock.advance(16 * 60_000);
    expect((await fetch(`${server.url}${new URL(url).pathname}`)).status).toBe(410);
    expect((await fetch(`${server.url}/signin/${'x'.repeat(43)}`)).status).toBe(403);
  });
});

describe('API keys', () => {
  it('work as Bearer with the rep’s scope until revoked', async () => {
    await meetingAt('Initech discovery', '2026-12-09T16:00:00Z');
    await h.tick();
    expect((await fetch(`${server.url}/api/meetings`)).headers.get('www-authenticate')).toMatch(/^Bearer/);
    const { id, key } = await createApiKey(h.ctx, REP.email, 'crm sync');
    const auth = { headers: { authorization: `Bearer ${key}` } };
    const res = await fetch(`${server.url}/api/meetings`, auth);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { meetings: { title: string }[] };
    expect(body.meetings.map((m) => m.title)).toEqual(['Initech discovery']);
    expect(await h.ctx.db.apiKey.count({ where: { keyHash: key } })).toBe(0);
    await revokeApiKey(h.ctx, id);
    expect((await fetch(`${server.url}/api/meetings`, auth)).status).toBe(401);
  });
});

describe('API keys on pages', () => {
  it('do not sign in the dashboard or its forms: a monitoring key cannot approve or skip', async () => {
    await meetingAt('Initech discovery', '2026-12-09T16:00:00Z');
    h.clock.advance(3 * 3_600_000); // past the agenda's due time: the draft waits for approval
    await h.tick();
    const draft = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
    const { key } = await createApiKey(h.ctx, REP.email, 'monitoring');
    const authorization = `Bearer ${key}`;
    const page = await fetch(`${server.url}/`, { headers: { authorization }, redirect: 'manual' });
    expect(page.status).toBe(303);
    const post = await fetch(`${server.url}/messages/${draft.id}`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=skip',
      redirect: 'manual',
    });
    expect(post.status).toBe(401);
    expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe(
      'awaiting_approval',
    );
    const connect = await fetch(`${server.url}/oauth/google/start`, {
      headers: { authorization },
      redirect: 'manual',
    });
    expect(connect.headers.get('location') ?? '').toMatch(/^\/signin/);
  });
});

describe('meeting list', () => {
  it('pages by ?limit= and ?cursor=, and cancelled meetings take no place', async () => {
    await meetingAt('Cancelled one', '2026-12-09T13:00:00Z', 'CANCELLED');
    for (let d = 9; d <= 13; d++)
      await meetingAt(`Initech call ${d}`, `2026-12-${String(d).padStart(2, '0')}T15:00:00Z`);
    await h.tick();
    const { cookie } = await signIn(h.ctx, server.url, REP.email);
    const titles: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = (await (
        await fetch(`${server.url}/api/meetings?limit=2${q}`, { headers: { cookie } })
      ).json()) as {
        meetings: { title: string }[];
        nextCursor: string | null;
      };
      expect(page.meetings.length).toBeLessThanOrEqual(2);
      titles.push(...page.meetings.map((m) => m.title));
      cursor = page.nextCursor;
      pages++;
    }
    expect(pages).toBe(3);
    expect(titles).toEqual([9, 10, 11, 12, 13].map((d) => `Initech call ${d}`));
    const bad = await fetch(`${server.url}/api/meetings?limit=500`, { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/limit must be/);
  });

  it('shows an admin every rep’s meetings, and a rep only their own', async () => {
    await meetingAt('Initech discovery', '2026-12-09T16:00:00Z');
    await h.tick();
    const other = await h.ctx.db.rep.create({
      data: {
        email: 'lee@northwind.example',
        name: 'Lee',
        timeZone: 'UTC',
        orgDomains: ['northwind.example'],
        businessHours: h.ctx.config.repDefaults.businessHours,
        ignoreRules: [],
      },
    });
    const lee = await signIn(h.ctx, server.url, other.email);
    const leeList = (await (
      await fetch(`${server.url}/api/meetings`, { headers: { cookie: lee.cookie } })
    ).json()) as {
      meetings: unknown[];
    };
    expect(leeList.meetings).toEqual([]);
    await h.ctx.db.rep.update({ where: { id: other.id }, data: { isAdmin: true } });
    const adminList = (await (
      await fetch(`${server.url}/api/meetings`, { headers: { cookie: lee.cookie } })
    ).json()) as { meetings: { title: string; rep: string }[] };
    expect(adminList.meetings).toEqual([
      expect.objectContaining({ title: 'Initech discovery', rep: REP.email }),
    ]);
  });
});
