/**
 * Signing in with Microsoft through the emulator (OpenID Connect; fetch follows each
 * redirect by hand): identity scopes only, an issuer checked against the token's own
 * tenant, the tenant rules of MICROSOFT_TENANT, and an address Entra actually vouches for.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONSUMER_TENANT } from '../../src/auth/oidc-microsoft.js';
import { createRep } from '../../src/workflows/reps/create-rep.js';
import type { IdTokenFault } from '../emulators/id-token-signer.js';
import { type MicrosoftEmulator, startMicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { microsoftEnv, signInWith } from '../helpers/oidc.js';

let emu: MicrosoftEmulator;
let h: Harness | undefined;
let server: TestServer | undefined;

async function serve(tenant?: string): Promise<void> {
  await server?.close();
  await h?.cleanup();
  h = await createHarness({ now: new Date().toISOString(), env: microsoftEnv(emu, tenant) });
  server = await serveApp(h.ctx);
}

const app = () => ({ h: h as Harness, url: (server as TestServer).url });

/** A rep with this address, as `agendum rep add` makes one. */
const addRep = (email: string) =>
  createRep(app().h.ctx, {
    email,
    name: email,
    timeZone: 'UTC',
    orgDomains: [email.split('@')[1] as string],
  });

/** A directory user who is the one signing in on the emulator's authorize page. */
function signInAs(user: Parameters<MicrosoftEmulator['addUser']>[0]): void {
  emu.addUser(user);
  emu.identity.signInAs = user.email;
}

beforeEach(async () => {
  emu = await startMicrosoftEmulator();
  emu.addUser({ email: REP.email, name: REP.name });
  await serve();
});
afterEach(async () => {
  await server?.close();
  await h?.cleanup();
  server = undefined;
  h = undefined;
  await emu.close();
  expect(emu.faults.unhandled).toEqual([]);
});

describe('sign-in with Microsoft', () => {
  it('signs an existing rep in, asking only for openid email profile', async () => {
    const run = await signInWith(app().url, 'microsoft');
    const q = run.authorize.searchParams;
    expect(run.authorize.origin + run.authorize.pathname).toBe(
      `${emu.url}/${emu.tenantId}/oauth2/v2.0/authorize`,
    );
    expect(q.get('scope')).toBe('openid email profile');
    expect(q.get('prompt')).toBe('select_account');
    expect(q.get('redirect_uri')).toBe('http://agendum.test/signin/microsoft/callback');
    const issued = emu.identity.idTokens.issued[0];
    expect(issued).toMatchObject({
      nonce: q.get('nonce'),
      iss: `https://login.microsoftonline.com/${emu.tenantId}/v2.0`,
    });
    expect(issued?.email).toBeUndefined(); // the address came from preferred_username

    expect(run.status).toBe(303);
    const dashboard = await fetch(`${app().url}/`, { headers: { cookie: run.session as string } });
    expect(await dashboard.text()).toContain(`Signed in as ${REP.email}`);
    const session = await app().h.ctx.db.session.findFirstOrThrow({ where: { repId: app().h.repId } });
    expect(session.method).toBe('microsoft');
    const connections = await app().h.ctx.db.connection.findMany({ where: { repId: app().h.repId } });
    expect(connections.map((c) => c.provider)).toEqual(['local']);
  });

  const refusals: [IdTokenFault, string][] = [
    ['wrong_issuer', 'not issued by Microsoft Entra ID for its own tenant'],
    ['wrong_audience', 'issued to another app'],
    ['wrong_nonce', 'belongs to another sign-in'],
    ['expired', 'it has expired'],
    ['issued_in_future', 'dated in the future'],
    ['bad_signature', 'signature does not verify'],
  ];
  it.each(refusals)('refuses an id token with %s', async (fault, reason) => {
    emu.identity.idTokens.spoilNext(fault);
    const run = await signInWith(app().url, 'microsoft');
    expect(run.status).toBe(403);
    expect(run.body).toContain(reason);
    expect(run.session).toBeUndefined();
    expect(await app().h.ctx.db.session.count()).toBe(0);
  });

  it('with a tenant id, refuses accounts of any other tenant', async () => {
    await addRep('lee@globex.example');
    signInAs({ email: 'lee@globex.example', name: 'Lee', tenantId: randomUUID() });
    const run = await signInWith(app().url, 'microsoft');
    expect(run.status).toBe(403);
    expect(run.body).toContain('belongs to another organization');
  });

  it('with organizations, checks the issuer against each token’s own tenant and refuses personal accounts', async () => {
    await serve('organizations');
    await addRep('lee@globex.example');
    const globex = randomUUID();
    signInAs({ email: 'lee@globex.example', name: 'Lee', tenantId: globex });
    const work = await signInWith(app().url, 'microsoft');
    expect(work.authorize.pathname).toBe('/organizations/oauth2/v2.0/authorize');
    expect(emu.identity.idTokens.issued.at(-1)?.iss).toBe(`https://login.microsoftonline.com/${globex}/v2.0`);
    expect(work.status).toBe(303);

    await addRep('kim@outlook.example');
    signInAs({ email: 'kim@outlook.example', name: 'Kim', tenantId: CONSUMER_TENANT });
    const personal = await signInWith(app().url, 'microsoft');
    expect(personal.status).toBe(403);
    expect(personal.body).toContain('Personal Microsoft accounts cannot sign in here');
  });

  it('with common, lets a personal account in only as a Microsoft consumer address', async () => {
    await serve('common');
    await addRep('ana@northwind.example');
    signInAs({ email: 'ana@northwind.example', name: 'Ana', tenantId: CONSUMER_TENANT });
    const companyAddress = await signInWith(app().url, 'microsoft');
    expect(companyAddress.status).toBe(403);
    expect(companyAddress.body).toContain(
      'A personal Microsoft account cannot sign in as ana@northwind.example',
    );
    await addRep('kim@outlook.com');
    signInAs({ email: 'kim@outlook.com', name: 'Kim', tenantId: CONSUMER_TENANT });
    expect((await signInWith(app().url, 'microsoft')).status).toBe(303);
  });

  it('never trusts an email claim whose domain Entra has not verified (nOAuth)', async () => {
    await serve('organizations');
    // Another tenant's admin set the user's mail to our rep's address: Entra does not check it.
    signInAs({
      email: 'mallory@contoso.example',
      name: 'Mallory',
      tenantId: randomUUID(),
      emailClaim: REP.email,
      emailDomainVerified: false,
    });
    const forged = await signInWith(app().url, 'microsoft');
    expect(emu.identity.idTokens.issued.at(-1)?.email).toBe(REP.email);
    expect(forged.status).toBe(403);
    expect(forged.body).toContain('mallory@contoso.example is not a rep');
    expect(await app().h.ctx.db.session.count()).toBe(0);

    // The same claim with the domain verified by the account's tenant identifies the rep.
    signInAs({
      email: 'dana.w@northwind.onmicrosoft.example',
      name: REP.name,
      emailClaim: REP.email,
      emailDomainVerified: true,
    });
    const verified = await signInWith(app().url, 'microsoft');
    expect(verified.status).toBe(303);
    expect((await app().h.ctx.db.session.findFirstOrThrow()).repId).toBe(app().h.repId);
  });
});
