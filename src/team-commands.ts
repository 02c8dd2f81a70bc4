/**
 * The CLI verbs that manage who may use agendum: `rep add` (a rep on the local provider),
 * `signin-link` (a one-time link) and `api-key create|list|revoke`. Each opens the
 * database, does one thing, and returns the lines to print.
 */
import { mkdir } from 'node:fs/promises';
import { createApiKey, listApiKeys, revokeApiKey } from './auth/api-keys.js';
import { createSigninLink } from './auth/signin-links.js';
import type { Config } from './config.js';
import { checkAccountArgs, checkTimeZone } from './connect-command.js';
import type { AppContext } from './context.js';
import { createContext } from './create-context.js';
import { AppError } from './errors.js';
import { createLogger } from './log.js';
import { localCalendarDir } from './providers/local-paths.js';
import { createRep } from './workflows/reps/create-rep.js';

async function withContext<T>(config: Config, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext(config, { log: createLogger('warn') });
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.$disconnect();
  }
}

function checkEmail(email: string | undefined): string {
  return checkAccountArgs('google', email).email;
}

export interface RepAddOptions {
  email?: string;
  name?: string;
  timeZone?: string;
  orgDomains: string[];
}

/** `agendum rep add`: a rep whose calendar is the folder data/calendars/EMAIL/. */
export async function runRepAdd(config: Config, opts: RepAddOptions): Promise<string> {
  const email = checkEmail(opts.email);
  const timeZone = checkTimeZone(opts.timeZone);
  const bad = opts.orgDomains.find((d) => !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(d));
  if (bad)
    throw new AppError('bad_request', `--org-domain "${bad}" is not a domain such as northwind.example.`);
  const domains = opts.orgDomains.length ? opts.orgDomains : [email.split('@')[1] as string];
  return withContext(config, async (ctx) => {
    if (await ctx.db.rep.findUnique({ where: { email } })) {
      throw new AppError(
        'conflict',
        `${email} is already a rep. Sign them in with: agendum signin-link --email ${email}`,
      );
    }
    const rep = await createRep(ctx, {
      email,
      name: opts.name?.trim() || email.split('@')[0] || email,
      ...(timeZone ? { timeZone } : {}),
      orgDomains: domains,
    });
    await ctx.db.connection.create({ data: { repId: rep.id, provider: 'local' } });
    const folder = localCalendarDir(config.dataDir, email);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    return [
      `Added ${email}${rep.isAdmin ? ' (admin: the first rep)' : ''}, time zone ${rep.timeZone}, org domain(s) ${(rep.orgDomains as string[]).join(', ')}.`,
      `Calendar folder: ${folder} (drop .ics files there). A running service picks it up within 30 s.`,
      `Sign in: agendum signin-link --email ${email}`,
    ].join('\n');
  });
}

/** `agendum signin-link --email REP`: prints a one-time link. */
export async function runSigninLink(config: Config, email: string | undefined): Promise<string> {
  const address = checkEmail(email);
  return withContext(config, async (ctx) => {
    const { url, expiresAt } = await createSigninLink(ctx, address);
    const minutes = Math.round((expiresAt.getTime() - ctx.clock().getTime()) / 60_000);
    return `${url}\n(one-time sign-in link for ${address}; works once, for ${minutes} minutes)`;
  });
}

/** `agendum api-key create|list|revoke`. */
export async function runApiKey(
  config: Config,
  action: string | undefined,
  opts: { email?: string; name?: string; id?: string },
): Promise<string> {
  if (action === 'create') {
    const email = checkEmail(opts.email);
    // The key alone on its line, so `KEY=$(agendum api-key create … | head -1)` works.
    return withContext(config, async (ctx) => (await createApiKey(ctx, email, opts.name)).key);
  }
  if (action === 'list') {
    return withContext(config, async (ctx) => {
      const keys = await listApiKeys(ctx, opts.email);
      if (keys.length === 0) return 'No API keys. Create one with: agendum api-key create --email REP';
      return keys
        .map(
          (k) =>
            `${k.id}  ${k.prefix}…  ${k.rep}  "${k.name}"  created ${k.createdAt.toISOString()}  ${
              k.revokedAt
                ? `revoked ${k.revokedAt.toISOString()}`
                : `last used ${k.lastUsedAt?.toISOString() ?? 'never'}`
            }`,
        )
        .join('\n');
    });
  }
  if (action === 'revoke') {
    if (!opts.id)
      throw new AppError(
        'bad_request',
        'Name the key: agendum api-key revoke ID (see agendum api-key list).',
      );
    const id = opts.id;
    return withContext(config, async (ctx) => {
      const k = await revokeApiKey(ctx, id);
      return `Revoked ${k.id} (${k.prefix}…, ${k.rep}, "${k.name}"): it no longer works.`;
    });
  }
  throw new AppError(
    'bad_request',
    'Use agendum api-key create --email REP [--name N], api-key list, or api-key revoke ID.',
  );
}
