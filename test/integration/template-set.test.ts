/** Loading the shipped templates, and what an editor sees when they break one. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeAgenda } from '../../src/compose/compose-agenda.js';
import { PREVIEW_AGENDA } from '../../src/compose/preview-data.js';
import { agendaTemplateFor, loadTemplates } from '../../src/compose/template-set.js';
import { STAGES } from '../../src/domain/types.js';
import { AppError } from '../../src/errors.js';
import { TEMPLATES_DIR } from '../helpers/templates-dir.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-templates-'));
  await cp(TEMPLATES_DIR, dir, { recursive: true });
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function loadError(): Promise<AppError> {
  const err = await loadTemplates(dir).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('template_invalid');
  return err as AppError;
}

describe('loadTemplates', () => {
  it('ships an agenda template for every stage', async () => {
    const set = await loadTemplates(TEMPLATES_DIR);
    for (const stage of STAGES)
      expect(agendaTemplateFor(set, stage).file).toMatch(new RegExp(`agenda/${stage}\\.hbs$`));
  });

  it('names the file and line of a syntax error', async () => {
    const file = path.join(dir, 'agenda', 'demo.hbs');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const at = lines.findIndex((l) => l.startsWith('Hi {{greetingName}}'));
    lines[at] = 'Hi {{greetingName},';
    await writeFile(file, lines.join('\n'));
    const err = await loadError();
    expect(err.message).toContain(file);
    expect(err.message).toContain(`line ${at + 1}:`);
  });

  it('names the partial with an unclosed block', async () => {
    const file = path.join(dir, 'partials', 'point-text.hbs');
    await writeFile(file, 'Why:\n{{#if point.purpose}}\n{{point.purpose}}\n{{/each}}\n');
    const err = await loadError();
    expect(err.message).toContain(file);
    expect(err.message).toContain("line 2: if doesn't match each");
  });

  it('says which section marker is missing', async () => {
    const file = path.join(dir, 'notify', 'approval-request.hbs');
    await writeFile(file, (await readFile(file, 'utf8')).replace('--- html ---', '--- htm ---'));
    expect((await loadError()).message).toMatch(/approval-request\.hbs: no "--- html ---" line/);
  });

  it('uses the default agenda for a stage whose file was removed, and requires the default', async () => {
    await rm(path.join(dir, 'agenda', 'kickoff.hbs'));
    const set = await loadTemplates(dir);
    const email = composeAgenda(set, { ...PREVIEW_AGENDA, stage: 'kickoff' });
    expect(email.subject).toBe('Agenda for Tuesday: Acme Robotics × Northwind');
    await rm(path.join(dir, 'agenda', 'default.hbs'));
    expect((await loadError()).message).toMatch(/default\.hbs: missing/);
  });

  it('reports a field the template needs but the data lacks, naming the file', async () => {
    const file = path.join(dir, 'agenda', 'discovery.hbs');
    await writeFile(file, (await readFile(file, 'utf8')).replace('{{accountName}}', '{{acountName}}'));
    const set = await loadTemplates(dir);
    expect(() => composeAgenda(set, PREVIEW_AGENDA)).toThrow(/discovery\.hbs: "acountName" not defined/);
  });
});
