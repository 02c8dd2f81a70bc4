/**
 * Wiring for Google tests: the real googleapis SDK pointed at the loopback emulator, either
 * as bare providers (provider-level tests) or inside the real in-process service.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { createGoogleProviders, type GoogleProviderOptions } from '../../src/providers/google/index.js';
import type { StoredTokens, TokenStore } from '../../src/providers/oauth-types.js';
import type { ConnectionProviders } from '../../src/providers/types.js';
import type { GoogleEmulator } from '../emulators/google/google-emulator.js';

/** The environment that points agendum's Google provider at the emulator. */
export function googleEnv(emu: GoogleEmulator): Record<string, string> {
  return {
    GOOGLE_CLIENT_ID: 'test-client',
    GOOGLE_CLIENT_SECRET: 'test-secret',
    GOOGLE_API_BASE_URL: emu.url,
    GOOGLE_OAUTH_TOKEN_URL: `${emu.url}/token`,
    GOOGLE_OAUTH_AUTH_URL: `${emu.url}/o/oauth2/v2/auth`,
  };
}

/** A config for provider-level tests (no database is opened). */
export function googleTestConfig(emu: GoogleEmulator, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: os.tmpdir(),
    AGENDUM_DEMO: 'false',
    LOG_LEVEL: 'error',
    ...googleEnv(emu),
    ...env,
  });
}

/** An in-memory TokenStore that records every save. */
export function memoryTokenStore(
  initial: StoredTokens,
): TokenStore & { saves: StoredTokens[]; current: StoredTokens } {
  const store = {
    current: initial,
    saves: [] as StoredTokens[],
    async load() {
      return store.current;
    },
    async save(tokens: StoredTokens) {
      store.current = tokens;
      store.saves.push(tokens);
    },
  };
  return store;
}

/** Provider-level setup: one connection's Google providers against the emulator. */
export function googleProvidersFor(
  emu: GoogleEmulator,
  opts: {
    email: string;
    refreshToken: string;
    connectionId?: string;
    sleeps?: number[];
  } & GoogleProviderOptions,
): { providers: ConnectionProviders; tokens: ReturnType<typeof memoryTokenStore> } {
  const tokens = memoryTokenStore({ refresh_token: opts.refreshToken });
  const sleeps = opts.sleeps;
  const providers = createGoogleProviders(
    {
      connection: { id: opts.connectionId ?? 'conn-test', rep: { email: opts.email } },
      config: googleTestConfig(emu),
      tokens,
      log: silentLogger,
      // Backoff waits are recorded, not slept: tests assert them without waiting.
      ...(sleeps ? { sleep: async (ms: number) => void sleeps.push(ms) } : {}),
    },
    opts,
  );
  return { providers, tokens };
}

/** A temp folder removed by the returned function. */
export async function tempDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-google-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Polls `check` until it returns a truthy value (bounded; no fixed sleeps). */
export async function waitFor<T>(what: string, check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
