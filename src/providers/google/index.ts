/**
 * The Google Workspace provider module: Calendar v3 + Gmail v1 behind our provider
 * interfaces, one OAuth2Client and one retry policy per connection.
 */
import type { OAuthProviderModule } from '../oauth-providers.js';
import type { ProviderDeps } from '../oauth-types.js';
import type { ConnectionProviders } from '../types.js';
import { createGoogleCalendarProvider } from './google-calendar-provider.js';
import { createGoogleMailProvider, type GoogleMailOptions } from './google-mail-provider.js';
import { createGoogleOAuthFlow } from './google-oauth-flow.js';
import { createGooglePush } from './google-push.js';
import { createGoogleSession, type SessionOptions } from './google-session.js';

/** Tunables for tests (shorter send timeout, faster backoff); production uses the defaults. */
export type GoogleProviderOptions = GoogleMailOptions & SessionOptions;

/** Builds one connection's Google providers. */
export function createGoogleProviders(
  deps: ProviderDeps,
  options: GoogleProviderOptions = {},
): ConnectionProviders {
  const session = createGoogleSession(deps, options);
  return {
    calendar: createGoogleCalendarProvider(session),
    mail: createGoogleMailProvider(session, options),
    push: createGooglePush(session, {
      log: (msg, fields) => deps.log.warn(msg, { connection: deps.connection.id, ...fields }),
    }),
  };
}

/** The entry in OAUTH_PROVIDERS. */
export const googleProvider: OAuthProviderModule = {
  label: 'Google Workspace',
  configVariables: ['GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'],
  isConfigured: (config) => config.google !== undefined,
  createProviders: (deps) =>
    createGoogleProviders(deps, {
      sendTimeoutMs: deps.config.providerTimeouts.sendMs,
      requestTimeoutMs: deps.config.providerTimeouts.requestMs,
    }),
  createOAuthFlow: (config) => createGoogleOAuthFlow(config),
};
