/**
 * What happens around a provider connection, on real SQLite with the real step runner:
 * a refused token pauses the work and reconnecting resumes it; throttling postpones and
 * never drops; push channels are opened, kept and renewed. Providers here are small fakes
 * of our own interfaces (the Google and Microsoft suites test the real SDKs).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { createRunner } from '../../src/main.js';
import type {
  CalendarPush,
  ConnectionProviders,
  PushChannel,
  PushTarget,
} from '../../src/providers/types.js';
import { connectAccount } from '../../src/workflows/connections/connect-account.js';
import { resumeConnection } from '../../src/workflows/connections/connection-health.js';
import { ensureChannel, reopenChannel } from '../../src/workflows/connections/manage-channel.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';

const NOW = '2026-12-07T15:00:00Z';
let h: Harness;

beforeEach(async () => {
  h = await createHarness({ now: NOW });
  await h.writeEvent({
    uid: 'acme@test',
    title: 'Acme × Northwind — discovery call',
    start: new Date('2026-12-08T15:00:00Z'),
    end: new Date('2026-12-08T15:30:00Z'),
    organizer: REP.email,
    attendees: [{ email: REP.email }, { email: 'priya@acme-robotics.example', name: 'Priya' }],
  });
});
afterEach(async () => h?.cleanup());

/** Makes the rep's mail provider's `send` fail with `error` while `failing()` is true. */
function failSends(failing: () => AppError | null): void {
  const original = h.ctx.providers.forConnection.bind(h.ctx.providers);
  h.ctx.providers = {
    ...h.ctx.providers,
    forConnection(conn) {
      const p: ConnectionProviders = original(conn);
      return {
        ...p,
        mail: {
          ...p.mail,
          findSent: p.mail.findSent.bind(p.mail),
          async send(mail) {
            const err = failing();
            if (err) throw err;
            return p.mail.send(mail);
          },
        },
      };
    },
  };
}

describe('a refused token', () => {
  it('pauses the steps, marks the connection, and reconnecting resumes and sends', async () => {
    let revoked = true;
    failSends(() =>
      revoked
        ? new AppError('needs_reauth', 'Google refused the refresh token', {
            details: { connectionId: h.connectionId },
          })
        : null,
    );
    await h.tick();
    const paused = await h.ctx.db.step.findMany({ where: { status: 'paused' } });
    expect(paused.map((s) => s.kind)).toEqual(['send_message']);
    const conn = await h.ctx.db.connection.findUniqueOrThrow({ where: { id: h.connectionId } });
    expect(conn.status).toBe('needs_reauth');
    expect(conn.lastError).toMatch(/refused/);
    expect(await h.mailbox('inbox')).toEqual([]);

    // Time passes; nothing is retried while the connection is broken.
    h.clock.advance(3 * 3_600_000);
    expect(await createRunner(h.ctx).runDue()).toBe(0);

    revoked = false;
    expect(await resumeConnection(h.ctx, h.connectionId, h.clock.now)).toBe(1);
    await h.tick();
    expect(await h.mailbox('inbox')).toHaveLength(1);
    expect(await h.ctx.db.step.count({ where: { status: 'paused' } })).toBe(0);
  });
});

describe('connecting an account', () => {
  it('creates the rep from the sign-in and stores the tokens encrypted', async () => {
    const result = await connectAccount(h.ctx, 'google', {
      email: 'Sam.Okafor@Northwind.example',
      timeZone: 'Europe/Berlin',
      tokens: { refresh_token: '1//refresh-secret' },
    });
    expect(result.newRep).toBe(true);
    const rep = await h.ctx.db.rep.findUniqueOrThrow({ where: { id: result.repId } });
    expect(rep).toMatchObject({
      email: 'sam.okafor@northwind.example',
      name: 'Sam Okafor',
      timeZone: 'Europe/Berlin',
    });
    expect(rep.orgDomains).toEqual(['northwind.example']);
    const conn = await h.ctx.db.connection.findUniqueOrThrow({ where: { id: result.connectionId } });
    expect(conn.status).toBe('active');
    expect(conn.encryptedTokens).not.toContain('refresh-secret');

    // Signing in again updates the same connection and keeps the rep's settings.
    await h.ctx.db.rep.update({ where: { id: rep.id }, data: { timeZone: 'America/Chicago' } });
    const again = await connectAccount(h.ctx, 'google', {
      email: 'sam.okafor@northwind.example',
      tokens: { refresh_token: 'r2' },
    });
    expect(again).toMatchObject({ connectionId: result.connectionId, newRep: false });

    // Bound to the account that connected first: another account cannot take it over.
    await connectAccount(h.ctx, 'google', {
      email: 'sam.okafor@northwind.example',
      accountId: 'sam.okafor@northwind.example',
      tokens: { refresh_token: 'r3' },
    });
    const takeover = await connectAccount(h.ctx, 'google', {
      email: 'sam.okafor@northwind.example',
      accountId: 'someone-else',
      tokens: { refresh_token: 'attacker' },
    }).catch((e: unknown) => e);
    expect((takeover as AppError).code).toBe('conflict');
    expect((takeover as AppError).message).toContain('agendum disconnect google');
    const kept = await h.ctx.db.connection.findUniqueOrThrow({ where: { id: result.connectionId } });
    expect(kept.accountId).toBe('sam.okafor@northwind.example');
    expect((await h.ctx.db.rep.findUniqueOrThrow({ where: { id: rep.id } })).timeZone).toBe(
      'America/Chicago',
    );
  });
});

describe('a throttled provider', () => {
  it('postpones the send to the provider\u2019s retry time and never gives up on it', async () => {
    const runner = createRunner(h.ctx);
    failSends(
      () =>
        new AppError('provider_rate_limited', 'throttled', {
          details: { retryAt: new Date(h.clock.now.getTime() + 20 * 60_000) },
        }),
    );
    await h.tick();
    for (let i = 0; i < 12; i++) {
      const step = await h.ctx.db.step.findFirstOrThrow({ where: { kind: 'send_message' } });
      expect(step.status).toBe('pending');
      expect(step.dueAt.getTime()).toBeGreaterThanOrEqual(h.clock.now.getTime() + 20 * 60_000 - 1);
      h.clock.set(step.dueAt);
      await runner.runDue();
    }
    const step = await h.ctx.db.step.findFirstOrThrow({ where: { kind: 'send_message' } });
    expect(step.status).toBe('pending');
    expect(step.lastError).toMatch(/throttled/);
  });
});

describe('push channels', () => {
  function fakePush() {
    const calls: string[] = [];
    let n = 0;
    const push: CalendarPush = {
      async open(target: PushTarget): Promise<PushChannel> {
        calls.push(`open ${target.webhookUrl}`);
        return {
          id: `ch-${++n}`,
          resourceId: 'res',
          token: target.token,
          expiresAt: new Date(h.clock.now.getTime() + 7 * 86_400_000),
        };
      },
      async renew(channel, target) {
        calls.push(`renew ${channel.id}`);
        await push.close(channel);
        return push.open(target);
      },
      async close(channel) {
        calls.push(`close ${channel?.id ?? 'none'}`);
      },
    };
    return { push, calls };
  }

  it('opens a channel, keeps it while fresh, renews it before expiry, reopens it when removed', async () => {
    const { push, calls } = fakePush();
    const conn = await h.ctx.db.connection.create({
      data: { repId: h.repId, provider: 'google', encryptedTokens: null },
    });
    const original = h.ctx.providers.forConnection.bind(h.ctx.providers);
    h.ctx.providers = {
      ...h.ctx.providers,
      forConnection: (c) =>
        c.id === conn.id ? { ...original({ ...c, provider: 'local' }), push } : original(c),
    };
    expect(await ensureChannel(h.ctx, conn.id)).toBe('opened');
    expect(calls).toEqual(['open http://agendum.test/webhooks/google/calendar']);
    const stored = await h.ctx.db.connection.findUniqueOrThrow({ where: { id: conn.id } });
    expect(stored.channelId).toBe('ch-1');
    expect(stored.channelToken).toMatch(/^[\w-]{32}$/);

    h.clock.advance(5 * 86_400_000);
    expect(await ensureChannel(h.ctx, conn.id)).toBe('current');
    h.clock.advance(1.7 * 86_400_000); // 7.2 h left: inside the 12 h renewal margin
    expect(await ensureChannel(h.ctx, conn.id)).toBe('renewed');
    expect((await h.ctx.db.connection.findUniqueOrThrow({ where: { id: conn.id } })).channelId).toBe('ch-2');

    expect(await reopenChannel(h.ctx, conn.id)).toBe('opened');
    expect(calls.slice(-2)).toEqual(['close ch-2', 'open http://agendum.test/webhooks/google/calendar']);
    expect((await h.ctx.db.connection.findUniqueOrThrow({ where: { id: conn.id } })).channelId).toBe('ch-3');
  });

  it('opens nothing for the local provider', async () => {
    expect(await ensureChannel(h.ctx, h.connectionId)).toBe('unsupported');
  });
});
