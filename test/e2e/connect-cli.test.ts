/**
 * `agendum connect` / `disconnect` as a real child process against the Google emulator:
 * the token read from stdin, the rep and encrypted connection created, a revoked token
 * refused with a clear line, and usage errors named.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDbClient } from '../../src/db/client.js';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { googleEnv } from '../helpers/google-service.js';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../helpers/spawn-cli.js';

const REP = 'dana@northwind.example';
let emu: GoogleEmulator;
let dir: string;
let env: Record<string, string>;

beforeEach(async () => {
  emu = await startGoogleEmulator();
  dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-connect-'));
  env = { DATA_DIR: dir, AGENDUM_DEMO: 'false', LOG_LEVEL: 'error', ...googleEnv(emu) };
});
afterEach(async () => {
  await emu.close();
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  expect(emu.unimplemented).toEqual([]);
});

describe('agendum connect google', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('connects a rep from a refresh token read on stdin, then disconnects it', async () => {
    const token = emu.addUser(REP, 'Europe/Berlin');
    const res = await runCli(
      ['connect', 'google', '--email', REP, '--refresh-token', '-'],
      env,
      `${token}\n`,
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`Connected ${REP} (google) as a new rep, time zone Europe/Berlin`);
    const db = createDbClient(`file:${path.join(dir, 'agendum.db')}`);
    try {
      const conn = await db.connection.findFirstOrThrow({ include: { rep: true } });
      expect(conn).toMatchObject({ provider: 'google', status: 'active', accountId: REP });
      expect(conn.encryptedTokens).not.toContain(token);

      const off = await runCli(['disconnect', 'google', '--email', REP], env);
      expect(off.code).toBe(0);
      expect(off.stdout).toContain('tokens deleted');
      const after = await db.connection.findFirstOrThrow();
      expect(after).toMatchObject({ status: 'needs_reauth', encryptedTokens: null });
      expect(await db.rep.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });

  it('refuses a revoked token with one clear line and stores nothing', async () => {
    emu.addUser(REP);
    const res = await runCli(['connect', 'google', '--email', REP, '--refresh-token', 'never-issued'], env);
    expect(res.code).toBe(1);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^agendum: Google refused the refresh token .*reconnect/);
    const db = createDbClient(`file:${path.join(dir, 'agendum.db')}`);
    try {
      expect(await db.connection.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it('names what is wrong in the arguments', async () => {
    const noProvider = await runCli(['connect', 'yahoo', '--email', REP, '--refresh-token', 'x'], env);
    expect(noProvider.stderr).toContain('Unknown provider "yahoo": use google or microsoft.');
    const noEmail = await runCli(['connect', 'google', '--refresh-token', 'x'], env);
    expect(noEmail.stderr).toContain('--email');
    const badZone = await runCli(
      ['connect', 'google', '--email', REP, '--refresh-token', 'x', '--time-zone', 'Mars/Olympus'],
      env,
    );
    expect(badZone.stderr).toContain('"Mars/Olympus" is not an IANA time zone');
  });

  it('names the variables to set for a provider that is not configured', async () => {
    const unconfigured = await runCli(['connect', 'microsoft', '--email', REP, '--refresh-token', 'x'], {
      DATA_DIR: dir,
      AGENDUM_DEMO: 'false',
    });
    expect(unconfigured.code).toBe(78); // EX_CONFIG, as for every configuration error
    expect(unconfigured.stderr).toContain(
      'Microsoft 365 is not configured: set MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET',
    );
  });
});
