/**
 * `agendum connect|disconnect <provider>`: headless account setup. The refresh token is
 * checked by refreshing it once before anything is stored; `--refresh-token -` reads it
 * from standard input so it does not show up in the process list or shell history.
 */
import type { Config } from './config.js';
import { createContext } from './create-context.js';
import { AppError } from './errors.js';
import { createLogger } from './log.js';
import type { OAuthProviderName } from './providers/oauth-providers.js';
import { connectAccount, disconnectAccount } from './workflows/connections/connect-account.js';

export interface ConnectOptions {
  provider: string;
  email?: string;
  refreshToken?: string;
  name?: string;
  timeZone?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the provider name and the address. */
export function checkAccountArgs(
  provider: string,
  email: string | undefined,
): { provider: OAuthProviderName; email: string } {
  if (provider !== 'google' && provider !== 'microsoft') {
    throw new AppError('bad_request', `Unknown provider "${provider}": use google or microsoft.`);
  }
  if (!email || !EMAIL.test(email))
    throw new AppError('bad_request', "Give the rep's address with --email rep@example.com.");
  return { provider, email: email.toLowerCase() };
}

export function checkTimeZone(zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    throw new AppError(
      'bad_request',
      `--time-zone "${zone}" is not an IANA time zone such as Europe/Berlin.`,
    );
  }
}

/** Connects an account from a refresh token; returns the line to print. */
export async function runConnect(
  config: Config,
  opts: ConnectOptions,
  readToken: () => Promise<string>,
): Promise<string> {
  const { provider, email } = checkAccountArgs(opts.provider, opts.email);
  const token = (opts.refreshToken === '-' ? await readToken() : (opts.refreshToken ?? '')).trim();
  if (!token)
    throw new AppError(
      'bad_request',
      'Give the refresh token with --refresh-token TOKEN (or --refresh-token - to read it from stdin).',
    );
  const timeZone = checkTimeZone(opts.timeZone);
  const ctx = await createContext(config, { log: createLogger('warn') });
  try {
    const account = await ctx.providers.oauthFlow(provider).fromRefreshToken(email, token);
    const result = await connectAccount(ctx, provider, {
      ...account,
      email,
      ...(opts.name ? { name: opts.name } : {}),
      ...(timeZone ? { timeZone } : {}),
    });
    const rep = await ctx.db.rep.findUniqueOrThrow({ where: { id: result.repId } });
    const resumed = result.resumedSteps ? `; resumed ${result.resumedSteps} paused step(s)` : '';
    return `Connected ${email} (${provider}) as ${result.newRep ? 'a new rep' : 'an existing rep'}, time zone ${rep.timeZone}${resumed}. A running service picks it up within 30 s.`;
  } finally {
    await ctx.db.$disconnect();
  }
}

/** Disconnects an account; returns the line to print. */
export async function runDisconnect(config: Config, opts: ConnectOptions): Promise<string> {
  const { provider, email } = checkAccountArgs(opts.provider, opts.email);
  const ctx = await createContext(config, { log: createLogger('warn') });
  try {
    if (!(await disconnectAccount(ctx, provider, email))) {
      throw new AppError('not_found', `${email} has no ${provider} connection.`);
    }
    return `Disconnected ${email} (${provider}): push channel stopped, tokens deleted; meetings and history are kept.`;
  } finally {
    await ctx.db.$disconnect();
  }
}
