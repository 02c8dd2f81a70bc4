/**
 * The real agendum service in-process (HTTP, sync scheduler, step runner, SQLite in a temp
 * folder) with its Microsoft provider pointed at the loopback emulator, and the rep
 * connected the way `agendum connect microsoft --refresh-token` does it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { type Service, startService } from '../../src/main.js';
import { connectAccount } from '../../src/workflows/connections/connect-account.js';
import type { MicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { driveService, type ServiceDriver } from './drive-service.js';
import { ManualTimers } from './manual-timers.js';
import { AGENDUM_SCOPES, MS_REP } from './microsoft-provider.js';
import { freePort } from './spawn-cli.js';

/** The service runs in virtual time: drive it with `settle` and `until` (drive-service.ts). */
export interface MicrosoftService extends ServiceDriver {
  service: Service;
  url: string;
  repId: string;
  connectionId: string;
  /** The environment the service was configured from (`loadConfig(env)` for CLI commands). */
  env: Record<string, string>;
  /** Log lines at warn and above (messages and fields, never tokens or bodies). */
  logs: { level: string; msg: string; [k: string]: unknown }[];
  /** Connects (or reconnects) the rep with a fresh refresh token from the emulator. */
  connect(): Promise<{ connectionId: string; resumedSteps: number }>;
  stop(): Promise<void>;
}

/** Starts the service with push on (PUBLIC_URL = its own loopback URL) unless `push: false`. */
export async function startMicrosoftService(
  emu: MicrosoftEmulator,
  opts: { push?: boolean; approvalMode?: 'approve' | 'draft' | 'auto'; env?: Record<string, string> } = {},
): Promise<MicrosoftService> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-ms-'));
  const port = await freePort();
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    AGENDUM_DEMO: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    ...(opts.push === false ? {} : { PUBLIC_URL: `http://127.0.0.1:${port}` }),
    MICROSOFT_CLIENT_ID: emu.clientId,
    MICROSOFT_CLIENT_SECRET: emu.clientSecret,
    MICROSOFT_TENANT: emu.tenantId,
    MICROSOFT_GRAPH_BASE_URL: emu.url,
    MICROSOFT_AUTHORITY_HOST: emu.url,
    JOB_POLL_MS: '1000',
    PUSH_DEBOUNCE_MS: '300',
    LOG_LEVEL: 'warn',
    ...opts.env,
  };
  const config = loadConfig(env);
  const logs: MicrosoftService['logs'] = [];
  const log = createLogger('warn', (line) => logs.push(JSON.parse(line)));
  const timers = new ManualTimers();
  const service = await startService(config, { log, clock: timers.clock, timers });
  const user = emu.user(MS_REP.email);
  const connect = async () => {
    const flow = service.ctx.providers.oauthFlow('microsoft');
    const account = await flow.fromRefreshToken(
      MS_REP.email,
      emu.identity.issueRefreshToken(user.id, AGENDUM_SCOPES),
    );
    const result = await connectAccount(service.ctx, 'microsoft', account);
    return { connectionId: result.connectionId, resumedSteps: result.resumedSteps };
  };
  const { connectionId } = await connect();
  const conn = await service.ctx.db.connection.findUniqueOrThrow({ where: { id: connectionId } });
  // Every agenda is due at once, at any hour, so the loop runs now rather than tomorrow.
  await service.ctx.db.rep.update({
    where: { id: conn.repId },
    data: {
      agendaLeadMinutes: 60 * 24 * 30,
      businessHours: { start: '00:00', end: '23:59', days: [1, 2, 3, 4, 5, 6, 7] },
      unconfirmedNudgeMinutes: 0,
      ...(opts.approvalMode ? { approvalMode: opts.approvalMode } : {}),
    },
  });
  await service.sync.add(connectionId);
  return {
    ...driveService(service, timers, () => emu.subscriptions.idle()),
    service,
    url: `http://127.0.0.1:${port}`,
    repId: conn.repId,
    connectionId,
    env,
    logs,
    connect,
    async stop() {
      await service.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
