/** The `agendum` command's contracts: render, doctor, and clear errors for bad input. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCOVERY_EVENT } from '../helpers/discovery-event.js';
import { CLI_TEST_TIMEOUT_MS, runCli } from '../helpers/spawn-cli.js';

let dir: string;
const event = DISCOVERY_EVENT;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-cli-'));
  await writeFile(path.join(dir, 'event.json'), JSON.stringify(event));
});
afterAll(async () => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

describe('agendum render', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('prints an RFC 5322 agenda email for the event', async () => {
    const res = await runCli(['render', '--event', path.join(dir, 'event.json')], { DATA_DIR: dir });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const mail = await simpleParser(res.stdout);
    expect(mail.to).toMatchObject({ value: [{ address: 'priya.raman@acme-robotics.example' }] });
    expect(mail.subject).toContain('Acme Robotics');
    expect(mail.text).toContain('route planning breaks down across the three warehouses');
    expect(mail.text).toContain('10:00'); // 15:00Z in New York in March (EST)
    expect(mail.messageId).toMatch(/^<.+@.+>$/);
  });

  it('prints JSON with the resolved point and reads the event from stdin', async () => {
    const res = await runCli(
      ['render', '--event', '-', '--format', 'json'],
      { DATA_DIR: dir },
      JSON.stringify(event),
    );
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(JSON.stringify(out)).toContain('route planning breaks down');
    expect(JSON.stringify(out)).toContain('discovery');
  });

  it('renders the agenda in the language asked for, with its playbook and date format', async () => {
    const res = await runCli(['render', '--event', path.join(dir, 'event.json'), '--language', 'de'], {
      DATA_DIR: dir,
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const mail = await simpleParser(res.stdout);
    expect(mail.subject).toBe('Agenda für Dienstag: Acme Robotics × Northwind — Erstgespräch');
    expect(mail.text).toContain('am Dienstag, 3. März um 10:00 Uhr EST (30 Min.)');
    expect(mail.text).toContain('Was wir besprechen:\n  1. Wie es heute läuft');
    expect(mail.text).toContain('„bestätigt“');
    expect(mail.text).not.toContain('What we');
  });

  it('refuses a language agendum does not write, listing the ones it does', async () => {
    const res = await runCli(['render', '--event', path.join(dir, 'event.json'), '--language', 'it'], {
      DATA_DIR: dir,
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('--language must be one of en, de, fr, es, pt, nl');
    expect(res.stdout).toBe('');
  });

  it('names the field that is wrong in a malformed event', async () => {
    const res = await runCli(
      ['render', '--event', '-'],
      { DATA_DIR: dir },
      JSON.stringify({ ...event, start: 'soon' }),
    );
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('start');
    expect(res.stdout).toBe('');
  });
});

describe('agendum doctor and configuration errors', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('reports a healthy embedded setup', async () => {
    const res = await runCli(['doctor'], { DATA_DIR: dir });
    expect(res.stdout).toContain('✓ configuration');
    expect(res.stdout).toContain('✓ database');
    expect(res.code).toBe(0);
  });

  it('names every invalid variable and how to fix it', async () => {
    const res = await runCli(['migrate'], { DATA_DIR: dir, PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(res.code).toBe(78);
    expect(res.stderr).toContain('PORT="eighty"');
    expect(res.stderr).toContain('DATABASE_URL="mysql://x": must start with file:');
  });
});

describe('agendum classify-reply', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('prints the intent, the new text without the quote, and the evidence', async () => {
    const raw = [
      'From: Priya Raman <priya.raman@acme-robotics.example>',
      'To: demo.rep@northwind.example',
      'Subject: Re: Agenda for Tuesday',
      'Message-ID: <cli-1@acme-robotics.example>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Sounds good, see you Tuesday.',
      '',
      'On Mon, Mar 2, 2026 at 9:00 AM Dana Whitfield <demo.rep@northwind.example> wrote:',
      '> Reply "confirmed", or tell me what to add or change',
      '',
    ].join('\r\n');
    const res = await runCli(['classify-reply', '-'], { DATA_DIR: dir }, raw);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({
      intent: 'confirm',
      reply: 'Sounds good, see you Tuesday.',
      autoReply: false,
    });
    expect(out.evidence).toContain('sounds good');
  });

  it('reads a yes naming another day than the meeting given as unclear, and checks the options', async () => {
    const raw = [
      'From: Priya Raman <priya.raman@acme-robotics.example>',
      'To: demo.rep@northwind.example',
      'Subject: Re: Agenda for Tuesday',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Confirmed for Wednesday.',
      '',
    ].join('\r\n');
    // Tuesday, March 3, 10:00 in New York.
    const meeting = ['--meeting-start', '2026-03-03T15:00:00Z', '--time-zone', 'America/New_York'];
    const res = await runCli(['classify-reply', '-', ...meeting], { DATA_DIR: dir }, raw);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.intent).toBe('unclear');
    expect(out.evidence).toContain('the meeting is on Tuesday, March 3');
    const bad = await runCli(
      ['classify-reply', '-', '--meeting-start', '2026-03-03T15:00:00Z'],
      { DATA_DIR: dir },
      raw,
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--meeting-start and --time-zone together');
  });
});
