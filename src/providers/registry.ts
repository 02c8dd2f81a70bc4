/**
 * Provider selection happens here, once: workflows ask for a connection's providers and
 * never import a provider implementation themselves.
 */
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics/metrics.js';
import { createLocalCalendarProvider } from './local/local-calendar-provider.js';
import { createLocalMailProvider } from './local/local-mail-provider.js';
import { localCalendarDir, localMailRoot } from './local-paths.js';
import { OAUTH_PROVIDERS, type OAuthProviderModule, type OAuthProviderName } from './oauth-providers.js';
import type { OAuthFlow } from './oauth-types.js';
import { createTokenStore } from './token-store.js';
import type { ConnectionProviders } from './types.js';

export type { ConnectionProviders } from './types.js';

/** The parts of a Connection row the registry needs. */
export interface ConnectionRef {
  id: string;
  provider: 'local' | 'google' | 'microsoft';
  rep: { email: string };
}

export interface ProviderRegistry {
  forConnection(conn: ConnectionRef): ConnectionProviders;
  /** Drops cached providers of a connection (its tokens were replaced or it was removed). */
  forget(connectionId: string): void;
  /** The OAuth flow of a provider; AppError('config_invalid') when it is not configured. */
  oauthFlow(provider: OAuthProviderName): OAuthFlow;
}

export interface RegistryDeps {
  config: Config;
  log: Logger;
  db: Db;
  secretKey: Buffer;
  /** Counts every request of the Google and Microsoft SDKs (agendum_provider_calls_total). */
  metrics?: Pick<Metrics, 'providerRequest'>;
  clock?: () => Date;
}

/** The module of an OAuth provider, checked to be built in and configured. */
export function configuredModule(config: Config, provider: OAuthProviderName): OAuthProviderModule {
  const module = OAUTH_PROVIDERS[provider];
  if (!module) {
    throw new AppError('provider_unavailable', `The ${provider} provider is not available in this version.`);
  }
  if (!module.isConfigured(config)) {
    throw new AppError(
      'config_invalid',
      `${module.label} is not configured: set ${module.configVariables.join(' and ')} (see README.md, "Connect ${module.label}").`,
    );
  }
  return module;
}

function createLocalProviders(config: Config, log: Logger, conn: ConnectionRef): ConnectionProviders {
  const calendar = createLocalCalendarProvider({
    dir: localCalendarDir(config.dataDir, conn.rep.email),
    // A broken .ics file is reported once, by name; the other files still sync.
    onError: (e) =>
      log.warn('calendar file skipped', { rep: conn.rep.email, file: e.file, problem: e.message }),
  });
  return {
    calendar,
    mail: createLocalMailProvider({ root: localMailRoot(config.dataDir), repEmail: conn.rep.email }),
    push: null,
    watchCalendar: (onChange) => calendar.watch(onChange),
  };
}

/** The default registry: local, plus every OAuth provider in OAUTH_PROVIDERS. */
export function createProviderRegistry(deps: RegistryDeps): ProviderRegistry {
  const { config, log } = deps;
  const cache = new Map<string, ConnectionProviders>();
  return {
    forConnection(conn) {
      const hit = cache.get(conn.id);
      if (hit) return hit;
      const { metrics } = deps;
      const provider = conn.provider;
      const providers =
        provider === 'local'
          ? createLocalProviders(config, log, conn)
          : configuredModule(config, provider).createProviders({
              connection: { id: conn.id, rep: conn.rep },
              config,
              tokens: createTokenStore(deps.db, deps.secretKey, conn.id, provider),
              log,
              ...(deps.clock ? { clock: deps.clock } : {}),
              ...(metrics ? { onRequest: (request) => metrics.providerRequest(provider, request) } : {}),
            });
      cache.set(conn.id, providers);
      return providers;
    },
    forget(connectionId) {
      cache.delete(connectionId);
    },
    oauthFlow(provider) {
      return configuredModule(config, provider).createOAuthFlow(config);
    },
  };
}
