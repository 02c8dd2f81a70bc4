/** Each language's templates: its own files first, English for the rest; a broken reload changes nothing. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeAgenda } from '../../src/compose/compose-agenda.js';
import { PREVIEW_AGENDA } from '../../src/compose/preview-data.js';
import { createTemplateLibrary, folderSources } from '../../src/compose/template-library.js';
import { agendaTemplateFor } from '../../src/compose/template-set.js';
import { resolveStage } from '../../src/domain/resolve-stage.js';
import { TEMPLATES_DIR } from '../helpers/templates-dir.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-library-'));
  await cp(TEMPLATES_DIR, dir, { recursive: true });
  await rm(path.join(dir, 'locales'), { recursive: true, force: true });
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function writeLocale(language: string, rel: string, text: string): Promise<void> {
  const file = path.join(dir, 'locales', language, rel);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

const GERMAN_DISCOVERY = `--- subject ---
Agenda für unser Kennenlernen
--- text ---
Hallo {{greetingName}},
{{> point-text}}
--- html ---
<p>Hallo {{greetingName}}</p>
`;

describe('template library', () => {
  it("uses a language's own file and English for every file it lacks", async () => {
    await writeLocale('de', 'agenda/discovery.hbs', GERMAN_DISCOVERY);
    const library = await createTemplateLibrary(folderSources(dir));

    const de = library.forLanguage('de');
    const german = composeAgenda(de, { ...PREVIEW_AGENDA, stage: 'discovery' });
    expect(german.subject).toBe('Agenda für unser Kennenlernen');
    expect(german.text).toMatch(/^Hallo /);
    const demo = composeAgenda(de, { ...PREVIEW_AGENDA, stage: 'demo' });
    const englishDemo = composeAgenda(library.forLanguage('en'), { ...PREVIEW_AGENDA, stage: 'demo' });
    expect(demo).toEqual(englishDemo);
    expect(agendaTemplateFor(library.forLanguage('fr'), 'discovery').file).toBe(
      path.join(dir, 'agenda', 'discovery.hbs'),
    );
  });

  it("takes a language's stage texts and recognises every language's keywords", async () => {
    await writeLocale(
      'de',
      'playbook.yaml',
      'stages:\n  discovery:\n    label: Kennenlernen\n    keywords: [kennenlernen, erstgespräch]\n    purpose: zu verstehen, welches Problem Sie lösen wollen\n',
    );
    const library = await createTemplateLibrary(folderSources(dir));
    const de = library.playbookFor('de');
    const en = library.playbookFor('en');
    expect(de.stages.discovery.label).toBe('Kennenlernen');
    expect(de.stages.discovery.purpose).toBe('zu verstehen, welches Problem Sie lösen wollen');
    expect(de.stages.discovery.agenda).toEqual(en.stages.discovery.agenda);
    expect(en.stages.discovery.label).toBe('Discovery call');
    expect(resolveStage({ title: 'Erstgespräch Acme', description: '' }, en).stage).toBe('discovery');
  });

  it('names the file, the stage and the field of a broken translation', async () => {
    await writeLocale('fr', 'playbook.yaml', 'stages:\n  demo:\n    agenda: []\n');
    await expect(createTemplateLibrary(folderSources(dir))).rejects.toThrow(
      /locales\/fr\/playbook\.yaml is invalid: stages\.demo\.agenda: must list at least one item/,
    );
  });

  it('keeps the templates it had when a reload meets a broken file', async () => {
    const library = await createTemplateLibrary(folderSources(dir));
    const before = composeAgenda(library.forLanguage('en'), PREVIEW_AGENDA);
    const file = path.join(dir, 'agenda', 'default.hbs');
    await writeFile(file, (await readFile(file, 'utf8')).replace('{{greetingName}}', '{{#if}}'));

    await expect(library.reload()).rejects.toThrow(/agenda\/default\.hbs/);
    expect(composeAgenda(library.forLanguage('en'), PREVIEW_AGENDA)).toEqual(before);
  });
});
