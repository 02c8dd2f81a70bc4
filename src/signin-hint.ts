/**
 * What `agendum start` prints about signing in: on the demo, a one-time link for the demo
 * rep (so a newcomer is in with one click); otherwise where to sign in and how to get a link.
 */
import { createSigninLink } from './auth/signin-links.js';
import type { AppContext } from './context.js';
import { DEMO_REP } from './workflows/reps/bootstrap-demo.js';

/** The lines to print after start. */
export async function signinHint(ctx: AppContext): Promise<string> {
  const minutes = Math.round(ctx.config.auth.signinLinkMs / 60_000);
  if (ctx.config.demo) {
    const { url } = await createSigninLink(ctx, DEMO_REP.email);
    return [
      `Sign in as the demo rep (${DEMO_REP.email}): ${url}`,
      `  (works once, for ${minutes} minutes; a new one: agendum signin-link --email ${DEMO_REP.email})`,
    ].join('\n');
  }
  return [
    `Sign in at ${ctx.config.http.publicUrl}/signin, or with a one-time link:`,
    '  agendum signin-link --email REP   (add a rep first with agendum rep add, or connect Google/Microsoft)',
  ].join('\n');
}
