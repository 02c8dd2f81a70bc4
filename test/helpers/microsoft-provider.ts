/**
 * The Microsoft provider of one rep, driven directly against the loopback emulator with the
 * real MSAL and Graph SDK: a connected account (headless refresh-token path), an in-memory
 * TokenStore that records every save, and a recorded fake sleep for Retry-After waits.
 */
import { type Config, loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { createGraphOAuthFlow } from '../../src/providers/microsoft/graph-oauth-flow.js';
import { createMicrosoftProviders, type MicrosoftProviderDeps } from '../../src/providers/microsoft/index.js';
import type { StoredTokens, TokenStore } from '../../src/providers/oauth-types.js';
import type { ConnectionProviders } from '../../src/providers/types.js';
import type { MicrosoftEmulator } from '../emulators/microsoft/emulator.js';

export const MS_REP = { email: 'dana@northwind.example', name: 'Dana Whitfield' };

/** The scopes a consented agendum token carries. */
export const AGENDUM_SCOPES = ['Calendars.Read', 'Mail.ReadWrite', 'Mail.Send', 'User.Read'];

/** Config pointing MSAL and the Graph SDK at the emulator. */
export function emulatorConfig(emu: MicrosoftEmulator, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: '/tmp/agendum-ms-unused',
    AGENDUM_DEMO: 'false',
    MICROSOFT_CLIENT_ID: emu.clientId,
    MICROSOFT_CLIENT_SECRET: emu.clientSecret,
    MICROSOFT_TENANT: emu.tenantId,
    MICROSOFT_GRAPH_BASE_URL: emu.url,
    MICROSOFT_AUTHORITY_HOST: emu.url,
    ...env,
  });
}

export interface MemoryTokenStore extends TokenStore {
  saves: number;
  current: StoredTokens | null;
}

/** A TokenStore in memory. */
export function memoryTokenStore(initial: StoredTokens): MemoryTokenStore {
  const store: MemoryTokenStore = {
    saves: 0,
    current: initial,
    async load() {
      if (!store.current)
        throw new AppError('needs_reauth', 'no tokens', { details: { connectionId: 'conn-1' } });
      return store.current;
    },
    async save(tokens) {
      store.saves++;
      store.current = tokens;
    },
  };
  return store;
}

export interface ProviderRig {
  config: Config;
  providers: ConnectionProviders;
  tokens: MemoryTokenStore;
  /** Every wait the retry policy asked for, in ms (the fake sleep returns at once). */
  waits: number[];
}

/** Connects the emulator's rep headlessly and builds their providers. */
export async function connectRig(
  emu: MicrosoftEmulator,
  opts: Partial<Pick<MicrosoftProviderDeps, 'sendTimeoutMs' | 'requestTimeoutMs'>> = {},
): Promise<ProviderRig> {
  const config = emulatorConfig(emu);
  const user = emu.user(MS_REP.email);
  const account = await createGraphOAuthFlow(config).fromRefreshToken(
    MS_REP.email,
    emu.identity.issueRefreshToken(user.id, AGENDUM_SCOPES),
  );
  const tokens = memoryTokenStore(account.tokens);
  const waits: number[] = [];
  const providers = createMicrosoftProviders({
    connection: { id: 'conn-1', rep: { email: MS_REP.email } },
    config,
    tokens,
    log: silentLogger,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...opts,
  });
  return { config, providers, tokens, waits };
}
