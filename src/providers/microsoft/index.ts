/**
 * The Microsoft 365 provider module: Outlook calendar, mail and change notifications through
 * Microsoft Graph, signed in with MSAL. One Graph client per connection, shared by the
 * calendar, mail and push parts so they share one token source.
 */
import type { OAuthProviderModule } from '../oauth-providers.js';
import type { ProviderDeps } from '../oauth-types.js';
import type { ConnectionProviders } from '../types.js';
import { createGraphCalendarProvider } from './graph-calendar-provider.js';
import { createGraphCall, createGraphClient } from './graph-client.js';
import { createGraphMailProvider } from './graph-mail-provider.js';
import { createGraphOAuthFlow } from './graph-oauth-flow.js';
import { createGraphPush } from './graph-push.js';
import { createAccessTokenSource } from './msal-client.js';

/** Provider deps plus the knobs tests turn (timeouts, the clock). */
export interface MicrosoftProviderDeps extends ProviderDeps {
  /** Timeout of ordinary Graph requests (default PROVIDER_REQUEST_TIMEOUT_SECONDS). */
  requestTimeoutMs?: number;
  /** Timeout of a send, after which its outcome is unknown (default PROVIDER_SEND_TIMEOUT_SECONDS). */
  sendTimeoutMs?: number;
  now?: () => Date;
}

/** Builds one connection's Microsoft providers. */
export function createMicrosoftProviders(deps: MicrosoftProviderDeps): ConnectionProviders {
  const ms = deps.config.microsoft;
  if (!ms) throw new Error('createMicrosoftProviders needs config.microsoft');
  const tokens = createAccessTokenSource({
    config: ms,
    tokens: deps.tokens,
    connectionId: deps.connection.id,
    log: deps.log,
  });
  const client = createGraphClient({
    graphBaseUrl: ms.graphBaseUrl,
    tokens,
    timeoutMs: deps.requestTimeoutMs ?? deps.config.providerTimeouts.requestMs,
    ...(deps.onRequest ? { onRequest: deps.onRequest } : {}),
  });
  const call = createGraphCall({ client, tokens, ...(deps.sleep ? { sleep: deps.sleep } : {}) });
  const now = deps.now ?? (() => new Date());
  return {
    calendar: createGraphCalendarProvider({ call, repEmail: deps.connection.rep.email, log: deps.log }),
    mail: createGraphMailProvider({
      call,
      repEmail: deps.connection.rep.email,
      sendTimeoutMs: deps.sendTimeoutMs ?? deps.config.providerTimeouts.sendMs,
      now,
    }),
    push: createGraphPush({ call, now }),
  };
}

/** The module listed in OAUTH_PROVIDERS. */
export const microsoftProvider: OAuthProviderModule = {
  label: 'Microsoft 365',
  isConfigured: (config) => config.microsoft !== undefined,
  configVariables: ['MICROSOFT_CLIENT_ID', 'MICROSOFT_CLIENT_SECRET'],
  createProviders: (deps) => createMicrosoftProviders(deps),
  createOAuthFlow: (config) => createGraphOAuthFlow(config),
};
