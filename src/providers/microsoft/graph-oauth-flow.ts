/**
 * The Microsoft consent flow (auth code, docs/providers.md §5.2) and the headless refresh-token
 * path. After either, graph-profile.ts reads who signed in (and refuses an account without
 * an Exchange Online mailbox); the account is identified by MSAL's homeAccountId
 * (`<oid>.<tid>`), which no tenant admin can set, unlike the address.
 */
import type { AuthenticationResult } from '@azure/msal-node';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { ConnectedAccount, OAuthFlow } from '../oauth-types.js';
import { readProfile } from './graph-profile.js';
import {
  createMsalApp,
  GRAPH_SCOPES,
  type MicrosoftConfig,
  mapMsalError,
  reauthError,
  tokensFrom,
} from './msal-client.js';
import { toAuthorityHost } from './msal-network.js';

/** What the consent screen asks for; offline_access is what yields a refresh token. */
export const CONSENT_SCOPES = ['offline_access', ...GRAPH_SCOPES];

/** Creates the OAuth flow; the redirect URI is `${PUBLIC_URL}/oauth/microsoft/callback`. */
export function createGraphOAuthFlow(config: Config, log?: Logger): OAuthFlow {
  const ms = config.microsoft;
  if (!ms) throw new AppError('config_invalid', 'Set MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET first.');
  const redirectUri = `${config.http.publicUrl}/oauth/microsoft/callback`;

  async function toAccount(
    app: ReturnType<typeof createMsalApp>,
    result: AuthenticationResult | null,
  ): Promise<ConnectedAccount> {
    if (!result) throw reauthError();
    const tokens = tokensFrom(app, result);
    const profile = await readProfile((ms as MicrosoftConfig).graphBaseUrl, result.accessToken, log);
    return { ...profile, accountId: tokens.homeAccountId, tokens: { ...tokens } };
  }

  return {
    provider: 'microsoft',
    async authUrl(state, loginHint) {
      const url = await createMsalApp(ms, log).getAuthCodeUrl({
        scopes: CONSENT_SCOPES,
        redirectUri,
        state,
        prompt: 'select_account',
        ...(loginHint ? { loginHint } : {}),
      });
      return toAuthorityHost(url, ms.authorityHost);
    },
    async exchangeCode(code) {
      const app = createMsalApp(ms, log);
      try {
        return await toAccount(
          app,
          await app.acquireTokenByCode({ code, scopes: GRAPH_SCOPES, redirectUri }),
        );
      } catch (err) {
        throw mapMsalError(err);
      }
    },
    async fromRefreshToken(email, refreshToken) {
      const app = createMsalApp(ms, log);
      let result: AuthenticationResult | null;
      try {
        result = await app.acquireTokenByRefreshToken({
          refreshToken,
          scopes: GRAPH_SCOPES,
          forceCache: true,
        });
      } catch (err) {
        throw mapMsalError(err);
      }
      const account = await toAccount(app, result);
      if (account.email !== email.trim().toLowerCase()) {
        throw new AppError('bad_request', `That refresh token belongs to ${account.email}, not ${email}.`);
      }
      return account;
    },
  };
}
