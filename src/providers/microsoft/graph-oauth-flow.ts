/**
 * The Microsoft consent flow (auth code, PROVIDERS.md §5.2) and the headless refresh-token
 * path. After either, the rep's address comes from `/me` and their zone from
 * `/me/mailboxSettings` (a Windows name, mapped to IANA). Reading mailbox settings needs
 * MailboxSettings.Read, which agendum does not ask for: when the tenant has not granted it
 * the zone of the meetings the rep organizes is used, and failing that none (UTC).
 */
import type { AuthenticationResult } from '@azure/msal-node';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { ianaZoneFor } from '../local/ics-time.js';
import type { ConnectedAccount, OAuthFlow } from '../oauth-types.js';
import { createGraphCall, createGraphClient } from './graph-client.js';
import { graphStatus } from './graph-errors.js';
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

interface Profile {
  email: string;
  name?: string;
  timeZone?: string;
}

type GraphCall = ReturnType<typeof createGraphCall>;

/**
 * The zone the rep schedules their own meetings in (the most common one among the events
 * they organize), for tenants that did not grant MailboxSettings.Read; needs only
 * Calendars.Read.
 */
async function zoneOfOrganizedEvents(call: GraphCall): Promise<string | undefined> {
  const page: { value?: { isOrganizer?: boolean; originalStartTimeZone?: string | null }[] } = await call(
    'Graph recent events',
    (c) =>
      c
        .api('/me/events')
        .select('isOrganizer,originalStartTimeZone')
        .orderby('lastModifiedDateTime desc')
        .top(50)
        .get(),
  );
  const counts = new Map<string, number>();
  for (const e of page.value ?? []) {
    const zone = e.isOrganizer ? ianaZoneFor(e.originalStartTimeZone ?? undefined) : undefined;
    if (zone && zone !== 'UTC') counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Reads who signed in, with the access token just obtained. */
async function readProfile(ms: MicrosoftConfig, accessToken: string, log?: Logger): Promise<Profile> {
  const fixed = async () => accessToken;
  const tokens = { getAccessToken: fixed, recentAccessToken: fixed, invalidate() {} };
  const call = createGraphCall({
    client: createGraphClient({ graphBaseUrl: ms.graphBaseUrl, tokens }),
    tokens,
  });
  const me: { mail?: string | null; userPrincipalName?: string | null; displayName?: string | null } =
    await call('Graph profile', (c) => c.api('/me').select('mail,userPrincipalName,displayName').get());
  const email = (me.mail || me.userPrincipalName || '').trim().toLowerCase();
  if (!email) throw new AppError('bad_request', 'Microsoft did not tell which mailbox signed in.');
  let timeZone: string | undefined;
  try {
    const settings: { timeZone?: string } = await call('Graph mailbox settings', (c) =>
      c.api('/me/mailboxSettings').select('timeZone').get(),
    );
    timeZone = ianaZoneFor(settings.timeZone);
  } catch (err) {
    if (graphStatus(err) !== 403) throw err;
    timeZone = await zoneOfOrganizedEvents(call);
    log?.info(
      'mailbox time zone not readable (MailboxSettings.Read not granted); using the zone of organized meetings',
      {
        rep: email,
        found: Boolean(timeZone),
      },
    );
  }
  return { email, ...(me.displayName ? { name: me.displayName } : {}), ...(timeZone ? { timeZone } : {}) };
}

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
    const profile = await readProfile(ms as MicrosoftConfig, result.accessToken, log);
    return { ...profile, tokens: { ...tokensFrom(app, result) } };
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
