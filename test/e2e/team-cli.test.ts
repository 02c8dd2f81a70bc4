/**
 * `agendum rep add`, `signin-link` and `api-key` as child processes on a fresh data folder:
 * what an admin types to set a team up without Google or Microsoft.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../helpers/spawn-cli.js';

let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-team-'));
  env = { DATA_DIR: dataDir, AGENDUM_DEMO: 'false', PUBLIC_URL: 'https://agendum.example.com' };
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
});

describe('agendum rep add / signin-link / api-key', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('adds a rep on the local provider with a calendar folder; the first rep is the admin', async () => {
    const first = await runCli(
      ['rep', 'add', '--email', 'Ana@Northwind.example', '--name', 'Ana', '--time-zone', 'Europe/Berlin'],
      env,
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Added ana@northwind.example (admin: the first rep)');
    expect((await stat(path.join(dataDir, 'calendars', 'ana@northwind.example'))).isDirectory()).toBe(true);
    const second = await runCli(
      ['rep', 'add', '--email', 'ben@northwind.example', '--org-domain', 'nw.example'],
      env,
    );
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('admin');
    expect(second.stdout).toContain('org domain(s) nw.example');
  });

  it('refuses a duplicate rep, a bad zone and a bad domain with the fix', async () => {
    const dup = await runCli(['rep', 'add', '--email', 'ana@northwind.example'], env);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('already a rep');
    const zone = await runCli(
      ['rep', 'add', '--email', 'c@northwind.example', '--time-zone', 'Mars/Base'],
      env,
    );
    expect(zone.stderr).toContain('is not an IANA time zone');
    const domain = await runCli(
      ['rep', 'add', '--email', 'c@northwind.example', '--org-domain', 'no spaces'],
      env,
    );
    expect(domain.stderr).toContain('is not a domain');
  });

  it('prints a one-time https sign-in link, and refuses unknown reps', async () => {
    const link = await runCli(['signin-link', '--email', 'ana@northwind.example'], env);
    expect(link.code).toBe(0);
    expect(link.stdout.split('\n')[0]).toMatch(
      /^https:\/\/agendum\.example\.com\/signin\/[A-Za-z0-9_-]{43}$/,
    );
    expect(link.stdout).toContain('works once, for 15 minutes');
    const unknown = await runCli(['signin-link', '--email', 'nobody@northwind.example'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('agendum rep add --email nobody@northwind.example');
  });

  it('creates an API key shown once on its own line, lists it without the key, revokes it', async () => {
    const created = await runCli(
      ['api-key', 'create', '--email', 'ana@northwind.example', '--name', 'grafana'],
      env,
    );
    expect(created.code).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^agk_[A-Za-z0-9_-]{43}$/);
    const list = await runCli(['api-key', 'list'], env);
    expect(list.stdout).toContain('"grafana"');
    expect(list.stdout).not.toContain(key);
    const id = list.stdout.split(/\s+/)[0] as string;
    const revoked = await runCli(['api-key', 'revoke', id], env);
    expect(revoked.stdout).toContain('no longer works');
    expect((await runCli(['api-key', 'list'], env)).stdout).toContain('revoked');
    const bad = await runCli(['api-key', 'revoke', 'nope'], env);
    expect(bad.stderr).toContain('agendum api-key list');
  });
});
