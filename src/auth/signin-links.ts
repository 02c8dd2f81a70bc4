/**
 * One-time sign-in links for setups without a cloud provider (and the demo): created by
 * `agendum signin-link --email REP` or printed by `npm start`, valid SIGNIN_LINK_MINUTES,
 * used once. Only the hash of the token is stored.
 */
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { hashSecret, newSecret } from './secret-hash.js';

/** Creates a sign-in link for the rep with `email`; throws not_found naming how to add one. */
export async function createSigninLink(
  ctx: AppContext,
  email: string,
): Promise<{ url: string; expiresAt: Date }> {
  const rep = await ctx.db.rep.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!rep) {
    throw new AppError(
      'not_found',
      `There is no rep ${email}. Add one with: agendum rep add --email ${email} (or connect Google/Microsoft).`,
    );
  }
  const token = newSecret();
  const expiresAt = new Date(ctx.clock().getTime() + ctx.config.auth.signinLinkMs);
  await ctx.db.signinLink.create({ data: { tokenHash: hashSecret(token), repId: rep.id, expiresAt } });
  return { url: `${ctx.config.http.publicUrl}/signin/${token}`, expiresAt };
}

/** The rep a link signs in, without using it (the page that asks "sign in as …?"). */
export async function peekSigninLink(
  ctx: AppContext,
  token: string,
): Promise<{ email: string; name: string }> {
  const link = await findUsable(ctx, token);
  return { email: link.rep.email, name: link.rep.name };
}

/** Uses a link once: returns its rep id. A second use, or an expired link, is refused. */
export async function consumeSigninLink(ctx: AppContext, token: string): Promise<string> {
  const link = await findUsable(ctx, token);
  // One conditional write: two tabs posting the same link cannot both sign in.
  const { count } = await ctx.db.signinLink.updateMany({
    where: { id: link.id, usedAt: null },
    data: { usedAt: ctx.clock() },
  });
  if (count !== 1) throw usedError();
  return link.repId;
}

function usedError(): AppError {
  return new AppError(
    'token_used',
    'This sign-in link was already used. Ask for a new one: agendum signin-link --email YOUR_EMAIL.',
  );
}

async function findUsable(ctx: AppContext, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) {
    throw new AppError('token_invalid', 'This sign-in link is not valid: copy the whole link again.');
  }
  const link = await ctx.db.signinLink.findUnique({
    where: { tokenHash: hashSecret(token) },
    include: { rep: true },
  });
  if (!link)
    throw new AppError('token_invalid', 'This sign-in link is not valid: copy the whole link again.');
  if (link.usedAt) throw usedError();
  if (link.expiresAt.getTime() <= ctx.clock().getTime()) {
    throw new AppError(
      'token_expired',
      'This sign-in link has expired. Ask for a new one: agendum signin-link --email YOUR_EMAIL.',
    );
  }
  return link;
}
