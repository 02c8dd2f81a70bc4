/**
 * Which rep a verified Google or Microsoft identity signs in as: the rep bound to that
 * account, else the rep with that address (then bound to it), or — for an address in
 * ALLOWED_SIGNUP_DOMAINS only — a new rep. Anyone else is turned
 * away with what to ask for; the provider proving an address is not enough to join.
 */
import { domainOf, nameFromEmail } from '../compose/names.js';
import type { AppContext } from '../context.js';
import type { Rep } from '../db/types.js';
import { AppError } from '../errors.js';
import { createRep } from '../workflows/reps/create-rep.js';
import type { OidcIdentity, OidcProviderName } from './oidc-providers.js';

/** The rep `identity` signs in as; AppError('token_invalid') when it may not sign in. */
export async function repForSignin(
  ctx: AppContext,
  provider: OidcProviderName,
  identity: OidcIdentity,
): Promise<Rep> {
  const bound = await ctx.db.signinIdentity.findUnique({
    where: { provider_subject: { provider, subject: identity.subject } },
    include: { rep: true },
  });
  if (bound) return bound.rep;
  const rep = await findOrCreateRep(ctx, provider, identity);
  await bindIdentity(ctx, provider, identity, rep);
  return rep;
}

/**
 * Binds the account to the rep at their first sign-in with this provider. A rep already
 * bound to another account refuses this one: the same address shown by a second account
 * (a personal one, one made again after deletion) is not the rep.
 */
async function bindIdentity(ctx: AppContext, provider: OidcProviderName, identity: OidcIdentity, rep: Rep) {
  const refused = () => {
    ctx.log.warn('sign-in refused: the rep signs in with another account', { provider, rep: rep.id });
    return new AppError(
      'token_invalid',
      `${rep.email} signs in with a different ${provider === 'google' ? 'Google' : 'Microsoft'} account. Use that one, or ask an admin for a sign-in link (agendum signin-link --email ${rep.email}).`,
    );
  };
  const other = await ctx.db.signinIdentity.findUnique({
    where: { repId_provider: { repId: rep.id, provider } },
  });
  if (other) throw refused();
  try {
    await ctx.db.signinIdentity.create({ data: { provider, subject: identity.subject, repId: rep.id } });
  } catch (err) {
    // Two first sign-ins at once: only the one whose account got bound passes.
    if ((err as { code?: string }).code !== 'P2002') throw err;
    const now = await ctx.db.signinIdentity.findUnique({
      where: { repId_provider: { repId: rep.id, provider } },
    });
    if (now?.subject !== identity.subject) throw refused();
  }
}

/** The rep with the identity's address, or a new one when its domain may sign up. */
async function findOrCreateRep(
  ctx: AppContext,
  provider: OidcProviderName,
  identity: OidcIdentity,
): Promise<Rep> {
  const existing = await ctx.db.rep.findUnique({ where: { email: identity.email } });
  if (existing) return existing;
  const domain = domainOf(identity.email);
  if (!domain || !ctx.config.allowedSignupDomains.includes(domain)) {
    ctx.log.warn('sign-in refused: no such rep and the domain may not sign up', { provider, domain });
    throw new AppError(
      'token_invalid',
      `${identity.email} is not a rep of this agendum. Ask your admin to add you (agendum rep add --email ${identity.email}), then sign in again.`,
    );
  }
  const rep = await createRep(ctx, {
    email: identity.email,
    name: identity.name?.trim() || nameFromEmail(identity.email),
    // An id token says nothing of the rep's zone: the team's default, as `agendum rep add` without --time-zone.
    orgDomains: [domain],
  }).catch(async (err: unknown) => {
    // Two sign-ins of a new rep at once: the other one created it.
    const raced = await ctx.db.rep.findUnique({ where: { email: identity.email } });
    if (raced) return raced;
    throw err;
  });
  ctx.log.info('rep created by sign-in', { provider, rep: rep.id, domain });
  return rep;
}
