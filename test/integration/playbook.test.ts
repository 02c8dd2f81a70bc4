/** The stage playbook: the shipped file is complete, and a broken one says exactly what is wrong. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadPlaybook } from '../../src/compose/load-playbook.js';
import { parsePlaybook } from '../../src/domain/playbook.js';
import { STAGES } from '../../src/domain/types.js';
import { AppError } from '../../src/errors.js';
import { PLAYBOOK_FILE } from '../helpers/real-playbook.js';

async function writeTemp(content: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'agendum-playbook-'));
  const file = path.join(dir, 'playbook.yaml');
  await writeFile(file, content);
  return file;
}

interface RawPlaybook {
  default_stage?: unknown;
  stages: Record<string, Record<string, unknown> | undefined>;
}

/** The shipped file as plain data, to break one field at a time. */
async function realData(): Promise<RawPlaybook> {
  return parse(await readFile(PLAYBOOK_FILE, 'utf8')) as RawPlaybook;
}

function playOf(data: RawPlaybook, stage: string): Record<string, unknown> {
  const play = data.stages[stage];
  if (!play) throw new Error(`the shipped playbook has no ${stage}`);
  return play;
}

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('templates/playbook.yaml', () => {
  it('has every stage with a purpose, an outcome, keywords and 3 to 5 agenda items', async () => {
    const playbook = await loadPlaybook(PLAYBOOK_FILE);
    expect(playbook.defaultStage).toBe('discovery');
    for (const stage of STAGES) {
      const play = playbook.stages[stage];
      expect(play.purpose, stage).toMatch(/^to /);
      expect(play.outcome.length, stage).toBeGreaterThan(20);
      expect(play.keywords.length, stage).toBeGreaterThan(0);
      expect(play.agenda.length, stage).toBeGreaterThanOrEqual(3);
      expect(play.agenda.length, stage).toBeLessThanOrEqual(5);
    }
  });

  it('lists the keywords reps actually use in titles', async () => {
    const { stages } = await loadPlaybook(PLAYBOOK_FILE);
    expect(stages.technical.keywords).toEqual(
      expect.arrayContaining([
        'deep dive',
        'deep-dive',
        'technical',
        'architecture',
        'security review',
        'poc',
      ]),
    );
    expect(stages.proposal.keywords).toEqual(expect.arrayContaining(['proposal', 'pricing', 'quote']));
    expect(stages.negotiation.keywords).toEqual(expect.arrayContaining(['contract', 'redlines', 'terms']));
    expect(stages.kickoff.keywords).toEqual(expect.arrayContaining(['kickoff', 'kick-off', 'onboarding']));
    expect(stages['check-in'].keywords).toEqual(expect.arrayContaining(['check-in', 'sync', 'qbr']));
  });
});

describe('parsePlaybook', () => {
  it('names the stage and field that is missing', async () => {
    const data = await realData();
    delete playOf(data, 'demo').agenda;
    const err = errorOf(() => parsePlaybook(data, 'my-playbook.yaml'));
    expect(err.code).toBe('template_invalid');
    expect(err.message).toContain('my-playbook.yaml');
    expect(err.message).toContain('stages.demo.agenda: is missing');
  });

  it('names a stage that is absent altogether', async () => {
    const data = await realData();
    delete data.stages.negotiation;
    expect(errorOf(() => parsePlaybook(data)).message).toContain('stages.negotiation: is missing');
  });

  it('rejects an empty agenda, an unknown default stage and a misspelt field, all at once', async () => {
    const data = await realData();
    playOf(data, 'kickoff').agenda = [];
    data.default_stage = 'intro';
    playOf(data, 'proposal').outcom = 'typo';
    const { message } = errorOf(() => parsePlaybook(data));
    expect(message).toContain('stages.kickoff.agenda: must list at least one item');
    expect(message).toMatch(/default_stage: must be one of discovery, demo/);
    expect(message).toContain('stages.proposal: unknown field(s) outcom');
  });

  it('says when a field has the wrong shape', async () => {
    const data = await realData();
    playOf(data, 'technical').agenda = 'one long string';
    expect(errorOf(() => parsePlaybook(data)).message).toContain('stages.technical.agenda: must be a list');
  });
});

describe('loadPlaybook', () => {
  it('names the file and line of broken YAML', async () => {
    const file = await writeTemp('default_stage: discovery\nstages:\n  demo: [unclosed\n');
    const err = await loadPlaybook(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('template_invalid');
    expect((err as AppError).message).toMatch(
      new RegExp(`${file.replace(/[.\\]/g, '\\$&')} is not valid YAML at line \\d`),
    );
  });

  it('names a file it cannot read', async () => {
    await expect(loadPlaybook('/nonexistent/playbook.yaml')).rejects.toMatchObject({
      code: 'template_invalid',
      message: expect.stringContaining('/nonexistent/playbook.yaml (ENOENT)'),
    });
  });

  it('names the file when the YAML is valid but the playbook is not', async () => {
    const file = await writeTemp('default_stage: discovery\n');
    await expect(loadPlaybook(file)).rejects.toMatchObject({
      message: expect.stringMatching(/playbook\.yaml is invalid: stages: is missing/),
    });
  });
});
