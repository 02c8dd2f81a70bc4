/**
 * The Google Workspace provider module: Calendar v3 + Gmail v1 behind our provider
 * interfaces, one OAuth2Client and one retry policy per connection.
 */
import type { OAuthProviderModule } from '../oauth-providers.js';
import type { ProviderDeps } from '../oauth-types.js';
import type { ConnectionProviders } from '../types.js';
import { createGmailWatch } from './gmail-watch.js';
import { createGoogleCalendarProvider } from './google-calendar-provider.js';
import { createGoogleMailProvider, type GoogleMailOptions } from './google-mail-provider.js';
import { createGoogleOAuthFlow } from './google-oauth-flow.js';
import { createGooglePush } from './google-push.js';
import { createGoogleSession, type SessionOptions } from './google-session.js';

/**
 * Tunables for tests (shorter send timeout, faster backoff, the Pub/Sub watch's clock);
 * production uses the defaults.
 */
export type GoogleProviderOptions = GoogleMailOptions & SessionOptions & { now?: () => number };

/** Builds one connection's Google providers. */
export function createGoogleProviders(
  deps: ProviderDeps,
  options: GoogleProviderOptions = {},
): ConnectionProviders {
  const session = createGoogleSession(deps, options);
  const warn = (msg: string, fields: Record<string, unknown>) =>
    deps.log.warn(msg, { connection: deps.connection.id, ...fields });
  const clock = deps.clock;
  const now = options.now ?? (clock ? () => clock().getTime() : undefined);
  // One watch per connection, shared by the inbox poll (keeps it alive) and push (stops it).
  const gmailWatch = createGmailWatch(session, {
    topicName: deps.config.google?.pubsubTopic,
    warn,
    ...(now ? { now } : {}),
  });
  return {
    calendar: createGoogleCalendarProvider(session),
    mail: createGoogleMailProvider(session, options, gmailWatch),
    push: createGooglePush(session, { log: warn, gmailWatch }),
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
