/**
 * Server-side sessions. The cookie holds a random secret; the database holds its hash, the
 * rep, the CSRF token and two expiries: idle (SESSION_IDLE_MINUTES since last use) and
 * absolute (SESSION_MAX_HOURS since sign-in). Signing out deletes the row.
 */
import type { AppContext } from '../context.js';
import { hashSecret, newSecret } from './secret-hash.js';
import { isAdminRep, type Viewer } from './viewer.js';

/** lastSeenAt is written at most this often, so every page view is not a database write. */
const TOUCH_EVERY_MS = 60_000;

export type SigninMethod = 'link' | 'google' | 'microsoft';

/** Starts a session for a rep; returns the cookie value (shown to nobody but the browser). */
export async function createSession(ctx: AppContext, repId: string, method: SigninMethod): Promise<string> {
  const secret = newSecret();
  const now = ctx.clock();
  await ctx.db.session.create({
    data: {
      tokenHash: hashSecret(secret),
      repId,
      method,
      csrfToken: newSecret(24),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ctx.config.auth.sessionMaxMs),
    },
  });
  return secret;
}

/** The viewer of a session cookie, or null when it is unknown or expired (an expired row is deleted). */
export async function viewerForSession(ctx: AppContext, secret: string): Promise<Viewer | null> {
  if (!secret || secret.length > 200) return null;
  const row = await ctx.db.session.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { rep: true },
  });
  if (!row) return null;
  const now = ctx.clock().getTime();
  if (row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + ctx.config.auth.sessionIdleMs <= now) {
    await ctx.db.session.deleteMany({ where: { id: row.id } });
    return null;
  }
  if (now - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await ctx.db.session.update({ where: { id: row.id }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    repId: row.repId,
    email: row.rep.email,
    name: row.rep.name,
    isAdmin: isAdminRep(row.rep, ctx.config),
    via: 'session',
    csrfToken: row.csrfToken,
    sessionId: row.id,
  };
}

/** Ends one session (logout). */
export async function endSession(ctx: AppContext, sessionId: string): Promise<void> {
  await ctx.db.session.deleteMany({ where: { id: sessionId } });
}

/** Deletes sessions past either expiry, so the table does not grow without bound. */
export async function purgeExpiredSessions(ctx: AppContext): Promise<number> {
  const now = ctx.clock();
  const { count } = await ctx.db.session.deleteMany({
    where: {
      OR: [
        { expiresAt: { lte: now } },
        { lastSeenAt: { lte: new Date(now.getTime() - ctx.config.auth.sessionIdleMs) } },
      ],
    },
  });
  return count;
}
