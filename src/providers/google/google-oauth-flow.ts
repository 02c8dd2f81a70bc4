/**
 * Connecting a Google account (docs/providers.md §1): the consent URL asks for the least scopes
 * that work, with `access_type=offline` and `prompt=consent` (a refresh token only comes
 * back when the consent screen was shown, googleapis#750); the code exchange and the
 * headless refresh-token path both prove the tokens work by reading the Gmail profile
 * (the rep's address) and one events.list page (the calendar's time zone). Both refuse a
 * grant without every scope agendum needs (granular consent lets the rep untick some), and
 * report the Gmail address as the account's stable id.
 */
import type { Credentials, OAuth2Client } from 'google-auth-library';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import type { ConnectedAccount, OAuthFlow } from '../oauth-types.js';
import { createOAuthClient, needsReauth, requireGoogleConfig, toStoredTokens } from './google-auth.js';
import { createGoogleClients } from './google-clients.js';
import { isInvalidGrant } from './google-errors.js';
import { GOOGLE_SCOPES, requireGrantedScopes } from './google-scopes.js';

/** The callback route the lead's OAuth routes serve. */
export function googleRedirectUri(config: Config): string {
  return `${config.http.publicUrl}/oauth/google/callback`;
}

/**
 * Reads who the tokens belong to; a refused refresh token becomes needs_reauth. The
 * account id is the address Gmail reports: Google has verified it, unlike anything typed.
 */
async function describeAccount(
  client: OAuth2Client,
  config: Config,
): Promise<Omit<ConnectedAccount, 'tokens'>> {
  const apis = createGoogleClients(client, requireGoogleConfig(config));
  try {
    const profile = (await apis.gmail.users.getProfile({ userId: 'me' })).data;
    const events = (
      await apis.calendar.events.list({ calendarId: 'primary', maxResults: 1, singleEvents: true })
    ).data;
    if (!profile.emailAddress)
      throw new AppError('provider_unavailable', 'Gmail returned a profile without an address.');
    const email = profile.emailAddress.toLowerCase();
    return {
      email,
      accountId: email,
      ...(events.timeZone ? { timeZone: events.timeZone } : {}),
    };
  } catch (err) {
    if (isInvalidGrant(err)) throw needsReauth(undefined, err);
    throw err;
  }
}

/** The OAuth flow of the Google provider. */
export function createGoogleOAuthFlow(config: Config): OAuthFlow {
  const google = requireGoogleConfig(config);
  const redirectUri = googleRedirectUri(config);
  return {
    provider: 'google',
    async authUrl(state, loginHint) {
      return createOAuthClient(google, redirectUri).generateAuthUrl({
        access_type: 'offline',
        prompt: 'consent',
        include_granted_scopes: true,
        scope: GOOGLE_SCOPES,
        state,
        ...(loginHint ? { login_hint: loginHint } : {}),
      });
    },
    async exchangeCode(code) {
      const client = createOAuthClient(google, redirectUri);
      let tokens: Credentials;
      try {
        tokens = (await client.getToken(code)).tokens;
      } catch (err) {
        if (isInvalidGrant(err)) {
          throw new AppError(
            'bad_request',
            'Google refused the sign-in code (expired or used); start again at /oauth/google/start.',
            { cause: err },
          );
        }
        throw err;
      }
      const stored = toStoredTokens(tokens);
      if (!stored) {
        throw new AppError(
          'needs_reauth',
          'Google sent no refresh token; start again at /oauth/google/start (consent must be shown).',
        );
      }
      requireGrantedScopes(tokens.scope);
      client.setCredentials(tokens);
      return { ...(await describeAccount(client, config)), tokens: stored };
    },
    async fromRefreshToken(email, refreshToken) {
      const client = createOAuthClient(google);
      client.setCredentials({ refresh_token: refreshToken });
      let refreshed: Credentials;
      try {
        refreshed = (await client.refreshAccessToken()).credentials;
      } catch (err) {
        if (isInvalidGrant(err)) throw needsReauth(undefined, err);
        throw err;
      }
      // The refresh response carries the grant's scope, so a token minted from a consent
      // with unticked boxes is refused here, before any step depends on it.
      requireGrantedScopes(refreshed.scope);
      const account = await describeAccount(client, config);
      if (account.email !== email.trim().toLowerCase()) {
        throw new AppError('bad_request', `This refresh token belongs to ${account.email}, not ${email}.`);
      }
      return { ...account, tokens: toStoredTokens(refreshed) ?? { refresh_token: refreshToken } };
    },
  };
}
