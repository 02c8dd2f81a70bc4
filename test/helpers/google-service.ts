/**
 * Wiring for Google tests: the real googleapis SDK pointed at the loopback emulator, either
 * as bare providers (provider-level tests) or inside the real in-process service.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { type Config, loadConfig } from '../../src/config.js';
import type { Prisma } from '../../src/db/types.js';
import { silentLogger } from '../../src/log.js';
import { type Service, startService } from '../../src/main.js';
import { createGoogleProviders, type GoogleProviderOptions } from '../../src/providers/google/index.js';
import type { ConnectedAccount, StoredTokens, TokenStore } from '../../src/providers/oauth-types.js';
import type { ConnectionProviders } from '../../src/providers/types.js';
import { connectAccount } from '../../src/workflows/connections/connect-account.js';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { driveService, type ServiceDriver } from './drive-service.js';
import { ManualTimers } from './manual-timers.js';
import { freePort } from './spawn-cli.js';

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
    /** Extra environment for the config (e.g. GOOGLE_PUBSUB_TOPIC). */
    env?: Record<string, string>;
  } & GoogleProviderOptions,
): { providers: ConnectionProviders; tokens: ReturnType<typeof memoryTokenStore> } {
  const tokens = memoryTokenStore({ refresh_token: opts.refreshToken });
  const sleeps = opts.sleeps;
  const providers = createGoogleProviders(
    {
      connection: { id: opts.connectionId ?? 'conn-test', rep: { email: opts.email } },
      config: googleTestConfig(emu, opts.env),
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

/** The service runs in virtual time: drive it with `settle` and `until` (drive-service.ts). */
export interface GoogleService extends ServiceDriver {
  service: Service;
  url: string;
  /** The environment the service was configured from (for `runDoctor`). */
  env: Record<string, string>;
  repId: string;
  connectionId: string;
  /**
   * Connects (or reconnects) the rep with a refresh token through the service's own
   * context (its registry is told at once). `agendum connect google` runs in another
   * process instead: use `runConnect` with its own context for that.
   */
  connect(
    refreshToken: string,
  ): Promise<{ connectionId: string; resumedSteps: number; account: Omit<ConnectedAccount, 'tokens'> }>;
  stop(): Promise<void>;
}

/**
 * The real service in-process against the emulator, with one rep connected by refresh
 * token and their sync loops started. `sendTimeoutMs` shortens the send timeout
 * (PROVIDER_SEND_TIMEOUT_SECONDS, whole seconds) so a hung send surfaces within a test.
 */
export async function startGoogleService(
  emu: GoogleEmulator,
  opts: {
    email: string;
    refreshToken: string;
    env?: Record<string, string>;
    rep?: Prisma.RepUpdateInput;
    sendTimeoutMs?: number;
    publicUrl?: boolean;
    /** Where the service's virtual clock starts; defaults to now. */
    start?: Date;
  },
): Promise<GoogleService> {
  const port = await freePort();
  const dir = await tempDir();
  const env: Record<string, string> = {
    DATA_DIR: dir.dir,
    AGENDUM_DEMO: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    ...(opts.publicUrl === false ? {} : { PUBLIC_URL: `http://127.0.0.1:${port}` }),
    // Production's sweep interval: virtual time costs nothing, each sweep run costs CPU.
    JOB_POLL_MS: '1000',
    PUSH_DEBOUNCE_MS: '300',
    LOG_LEVEL: 'error',
    ...googleEnv(emu),
    // A hung send must surface within a test (production: 30 s).
    ...(opts.sendTimeoutMs !== undefined
      ? { PROVIDER_SEND_TIMEOUT_SECONDS: String(Math.ceil(opts.sendTimeoutMs / 1000)) }
      : {}),
    ...opts.env,
  };
  const config = loadConfig(env);
  const timers = new ManualTimers(opts.start);
  const service = await startService(config, { log: silentLogger, clock: timers.clock, timers });
  const { ctx } = service;
  const connect = async (refreshToken: string) => {
    const account = await ctx.providers.oauthFlow('google').fromRefreshToken(opts.email, refreshToken);
    const { tokens: _secret, ...who } = account;
    return { ...(await connectAccount(ctx, 'google', account)), account: who };
  };
  const first = await connect(opts.refreshToken);
  await ctx.db.rep.update({
    where: { id: first.repId },
    data: {
      name: 'Dana Whitfield',
      // Around the clock, so due times never move to another day.
      businessHours: { start: '00:00', end: '23:59', days: [1, 2, 3, 4, 5, 6, 7] },
      ...opts.rep,
    },
  });
  await service.sync.add(first.connectionId);
  return {
    ...driveService(service, timers, () => emu.settle()),
    service,
    url: `http://127.0.0.1:${port}`,
    env,
    repId: first.repId,
    connectionId: first.connectionId,
    connect,
    async stop() {
      await service.stop();
      await dir.remove();
    },
  };
}

/**
 * Puts a 30-minute meeting with one external prospect on the rep's emulated calendar,
 * `inHours` from now; returns the event id.
 */
export function seedProspectMeeting(
  emu: GoogleEmulator,
  opts: { rep: string; prospect: string; inHours: number; summary?: string; prospectName?: string },
): string {
  const start = new Date(Date.now() + opts.inHours * 3_600_000);
  return emu.calendar(opts.rep).addEvent({
    summary: opts.summary ?? 'Acme Robotics × Northwind — discovery call',
    start,
    end: new Date(start.getTime() + 30 * 60_000),
    attendees: [
      { email: opts.rep, responseStatus: 'accepted' },
      { email: opts.prospect, displayName: opts.prospectName ?? 'Priya Raman' },
    ],
  });
}

/** One test's emulator and (optional) service, managed by `useGoogleEmulator`. */
export interface GoogleRig {
  emu: GoogleEmulator;
  svc: GoogleService | undefined;
}

/**
 * Starts a fresh emulator before each test; after it, stops the service the test started
 * (if any), closes the emulator and asserts it saw no request it does not implement.
 */
export function useGoogleEmulator(): GoogleRig {
  const rig = { svc: undefined } as GoogleRig;
  beforeEach(async () => {
    rig.emu = await startGoogleEmulator();
  });
  afterEach(async () => {
    await rig.svc?.stop();
    rig.svc = undefined;
    await rig.emu.close();
    expect(rig.emu.unimplemented).toEqual([]);
  });
  return rig;
}
