/** `agendum render`: compose the agenda for an event file, touching no provider or database. */
import path from 'node:path';
import { loadPlaybook } from './compose/load-playbook.js';
import { renderEventFile } from './compose/render-event.js';
import { loadTemplates } from './compose/template-set.js';
import type { Config } from './config.js';
import { AppError } from './errors.js';
import { previewConfirmationUrl } from './messages/links.js';

/** Returns the output to print: the .eml, or JSON with subject/text/html and the resolved point. */
export async function renderFromCli(config: Config, input: string, format: 'eml' | 'json'): Promise<string> {
  let eventJson: unknown;
  try {
    eventJson = JSON.parse(input);
  } catch (err) {
    throw new AppError('event_invalid', `The event file is not valid JSON: ${(err as Error).message}`);
  }
  const [templates, playbook] = await Promise.all([
    loadTemplates(config.templatesDir),
    loadPlaybook(path.join(config.templatesDir, 'playbook.yaml')),
  ]);
  const out = await renderEventFile({
    eventJson,
    templates,
    playbook,
    confirmUrl: previewConfirmationUrl({ config }),
  });
  return format === 'eml' ? out.eml.toString('utf8') : `${JSON.stringify(out.json, null, 2)}\n`;
}
