/**
 * API keys for scripts and monitoring: `Authorization: Bearer KEY` on /api/* with the scope
 * of the rep who owns the key. Shown once when created; stored as a hash; revocable.
 */
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { hashSecret, newSecret } from './secret-hash.js';
import { isAdminRep, type Viewer } from './viewer.js';

const PREFIX = 'agk_';

export interface ApiKeyListing {
  id: string;
  name: string;
  rep: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Creates a key for a rep; the returned `key` is the only copy there will ever be. */
export async function createApiKey(
  ctx: AppContext,
  email: string,
  name: string | undefined,
): Promise<{ id: string; key: string }> {
  const rep = await ctx.db.rep.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!rep)
    throw new AppError(
      'not_found',
      `There is no rep ${email}. Add one with: agendum rep add --email ${email}`,
    );
  const key = `${PREFIX}${newSecret()}`;
  const row = await ctx.db.apiKey.create({
    data: {
      keyHash: hashSecret(key),
      prefix: key.slice(0, PREFIX.length + 6),
      name: name?.trim() || 'api key',
      repId: rep.id,
    },
  });
  return { id: row.id, key };
}

/** Every key (or one rep's), newest first; never the key itself. */
export async function listApiKeys(ctx: AppContext, email?: string): Promise<ApiKeyListing[]> {
  const rows = await ctx.db.apiKey.findMany({
    where: email ? { rep: { email: email.trim().toLowerCase() } } : {},
    include: { rep: true },
    orderBy: { createdAt: 'desc' },
  });
  return rows.map((k) => ({
    id: k.id,
    name: k.name,
    rep: k.rep.email,
    prefix: k.prefix,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt,
    revokedAt: k.revokedAt,
  }));
}

/** Revokes a key by id (or by its shown prefix); a revoked key stops working at once. */
export async function revokeApiKey(ctx: AppContext, idOrPrefix: string): Promise<ApiKeyListing> {
  const rows = await ctx.db.apiKey.findMany({
    where: { OR: [{ id: idOrPrefix }, { prefix: idOrPrefix }] },
    include: { rep: true },
  });
  if (rows.length === 0)
    throw new AppError('not_found', `No API key ${idOrPrefix}: see agendum api-key list.`);
  if (rows.length > 1) throw new AppError('conflict', `${idOrPrefix} matches several keys: revoke by id.`);
  const row = rows[0] as (typeof rows)[number];
  const revokedAt = row.revokedAt ?? ctx.clock();
  await ctx.db.apiKey.update({ where: { id: row.id }, data: { revokedAt } });
  return { ...row, rep: row.rep.email, revokedAt };
}

/** The viewer of a bearer key, or null for an unknown or revoked one. */
export async function viewerForApiKey(ctx: AppContext, key: string): Promise<Viewer | null> {
  if (!key.startsWith(PREFIX) || key.length > 200) return null;
  const row = await ctx.db.apiKey.findUnique({ where: { keyHash: hashSecret(key) }, include: { rep: true } });
  if (!row || row.revokedAt) return null;
  const now = ctx.clock();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await ctx.db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    repId: row.repId,
    email: row.rep.email,
    name: row.rep.name,
    isAdmin: isAdminRep(row.rep, ctx.config),
    via: 'api_key',
  };
}
