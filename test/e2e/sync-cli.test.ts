/**
 * `agendum sync --email REP` as a child process on a fresh data folder: a local calendar's
 * first sync, told line by line when standard output is not a terminal, then a summary;
 * counts only (no other address, no event text); an unknown rep exits 2 with the fix.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { icsCalendarFor, manyTestEvents } from '../helpers/ics.js';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../helpers/spawn-cli.js';

const REP = 'ana@northwind.example';
const EVENTS = 150;

let dataDir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'agendum-sync-cli-'));
  env = { DATA_DIR: dataDir, AGENDUM_DEMO: 'false', PUBLIC_URL: 'https://agendum.example.com' };
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true, maxRetries: 5 });
});

describe('agendum sync --email', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('syncs the rep calendar, one progress line per batch, then a summary of counts', async () => {
    expect((await runCli(['rep', 'add', '--email', REP], env)).code).toBe(0);
    const events = manyTestEvents(EVENTS, new Date(Date.now() + 86_400_000), REP);
    await writeFile(path.join(dataDir, 'calendars', REP, 'export.ics'), icsCalendarFor(events));

    const first = await runCli(['sync', '--email', REP.toUpperCase()], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    // Not a terminal: no bar, no carriage returns; the start, the listing, each batch, the summary.
    expect(first.stdout).not.toMatch(/\r|\[#/);
    expect(first.stdout).not.toContain('\u001b[');
    expect(lines.slice(0, 4)).toEqual([
      'local: listing events…',
      expect.stringMatching(/^local: 0 of 150 events read, 0 prospect meetings found$/),
      expect.stringMatching(/^local: 100 of 150 events read, \d+ prospect meetings found$/),
      expect.stringMatching(/^local: 150 of 150 events read, \d+ prospect meetings found$/),
    ]);
    expect(lines[4]).toMatch(
      /^local: done, 150 event\(s\) read, [1-9]\d* prospect meeting\(s\) found \(150 new, 0 changed, 0 unchanged, 0 removed\)$/,
    );
    expect(lines).toHaveLength(5);
    // Counts only: no prospect's or colleague's address, no event title.
    expect(first.stdout).not.toMatch(/colleague|buyer|company\d|discovery|Weekly/i);

    const again = await runCli(['sync', '--email', REP], env);
    expect(again.code).toBe(0);
    expect(again.stdout.trim().split('\n').at(-1)).toContain('0 new, 0 changed');
  });

  it('an unknown rep exits 2 and says how to add one; a missing address says how to give it', async () => {
    const unknown = await runCli(['sync', '--email', 'nobody@northwind.example'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain(
      'No rep with a calendar connection has the address nobody@northwind.example',
    );
    expect(unknown.stderr).toContain('agendum rep add --email nobody@northwind.example');
    expect(unknown.stderr).not.toContain(REP);

    const missing = await runCli(['sync'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--email rep@example.com');
  });
});
