/**
 * Loads and compiles every email template once, at start-up, into isolated Handlebars
 * environments. The file format is documented in templates/README.md: one `.hbs` file per
 * email with `--- subject ---`, `--- text ---` and `--- html ---` sections.
 */
import Handlebars from 'handlebars';
import type { Language } from '../domain/languages.js';
import { templateErrorPosition } from '../domain/template-error-position.js';
import { STAGES, type Stage } from '../domain/types.js';
import { AppError } from '../errors.js';
import { toHeaderText } from './clean-text.js';
import { registerHelpers } from './helpers.js';
import { fileSource, type TemplateSource } from './template-source.js';

/** What every composer returns. */
export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
}

type Render = (view: object) => string;

/** One compiled email: the file it came from, the language it is written in, and its three parts. */
export interface EmailTemplate {
  file: string;
  /** The file's text, to find where a render error is. */
  source: string;
  /** What its helpers write dates in, and what the composer words computed phrases in. */
  language: Language;
  subject: Render;
  text: Render;
  html: Render;
}

/** Every email agendum composes, compiled. */
export interface TemplateSet {
  /** The language it was loaded for (a file that language lacks is English's, `EmailTemplate.language`). */
  language: Language;
  /** Where the templates came from, for messages: a folder, or folders in the order they are read. */
  dir: string;
  /** Agenda templates by stage; `default` serves every stage without its own file. */
  agenda: ReadonlyMap<Stage | 'default', EmailTemplate>;
  /** Recap templates by stage, the same way. */
  recap: ReadonlyMap<Stage | 'default', EmailTemplate>;
  approvalRequest: EmailTemplate;
  /** To the rep after a meeting: what was agreed and what comes next? */
  recapPrompt: EmailTemplate;
  /** To the rep when a reply needs them (change, reschedule, decline, unclear, or not acted on). */
  repNotice: EmailTemplate;
  /** To the rep: the point is still unconfirmed, or the next step has no meeting yet. */
  nudge: EmailTemplate;
  /** To the rep, once: someone's address bounces, or they asked not to get agendum's email. */
  notSending: EmailTemplate;
  /** The agenda revised after a change request, in its thread: what changed, confirm again. */
  agendaRevision: EmailTemplate;
  /** The recap revised after the prospect disputed it, the same way. */
  recapRevision: EmailTemplate;
}

type Env = typeof Handlebars;
const SECTIONS = ['subject', 'text', 'html'] as const;
type Section = (typeof SECTIONS)[number];
const MARKER = /^---[ \t]*(subject|text|html)[ \t]*---[ \t]*$/;

// Handlebars' parser throws a bare Error and drops jison's location of the bad token; keep it on
// the error (same message) so the editor can say the column too (domain/template-error-position.ts).
(Handlebars as unknown as { Parser: { parseError: unknown } }).Parser.parseError = (
  message: string,
  hash: unknown,
): never => {
  throw Object.assign(new Error(message), { hash });
};

function invalid(file: string, message: string, cause?: unknown, source?: string): AppError {
  const pos = cause === undefined ? undefined : templateErrorPosition(cause, source);
  return new AppError('template_invalid', `${file}: ${message}`, {
    cause,
    details: { file, ...(pos ? { line: pos.line, column: pos.column } : {}) },
  });
}

/**
 * Sources already checked, by escaping mode. Every language's set reads most of English's files
 * and a service may load the library more than once: the check is a full compile, and its
 * verdict depends only on the text and the options, so each text is checked once per process.
 */
const checkedSources = new Set<string>();

/** Compiles eagerly (Handlebars compiles lazily) so a syntax error surfaces at load, with its line. */
function compileChecked(env: Env, file: string, source: string, noEscape: boolean): Render {
  const options = { strict: true, noEscape };
  const key = `${noEscape ? 'text' : 'html'}\0${source}`;
  try {
    if (!checkedSources.has(key)) env.precompile(source, options);
    checkedSources.add(key);
  } catch (err) {
    const msg = (err as Error).message;
    const line = /line (\d+)/.exec(msg)?.[1] ?? /- (\d+):\d+$/.exec(msg.split('\n')[0] ?? '')?.[1];
    throw invalid(file, `${line ? `line ${line}: ` : ''}${msg}`, err, source);
  }
  return env.compile(source, options);
}

/**
 * Splits a template file into its sections. Each section is padded with the newlines above
 * it, so Handlebars' line numbers are the file's line numbers; the padding is trimmed on render.
 */
function splitSections(file: string, source: string): Record<Section, string> {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const starts = new Map<Section, number>();
  lines.forEach((line, i) => {
    const name = MARKER.exec(line)?.[1] as Section | undefined;
    if (!name) return;
    if (starts.has(name)) {
      throw invalid(file, `line ${i + 1}: a second "--- ${name} ---" section`, {
        lineNumber: i + 1,
        column: 0,
      });
    }
    starts.set(name, i);
  });
  const markers = [...starts.values()].sort((a, b) => a - b);
  const out = {} as Record<Section, string>;
  for (const name of SECTIONS) {
    const at = starts.get(name);
    if (at === undefined) {
      throw invalid(
        file,
        `no "--- ${name} ---" line. A template has three sections: subject, text and html.`,
      );
    }
    const end = markers.find((m) => m > at) ?? lines.length;
    out[name] = '\n'.repeat(at + 1) + lines.slice(at + 1, end).join('\n');
  }
  return out;
}

interface Envs {
  text: Env;
  html: Env;
}

function compileEmail(envs: Envs, file: string, source: string, language: Language): EmailTemplate {
  const sections = splitSections(file, source);
  return {
    file,
    source,
    language,
    subject: compileChecked(envs.text, file, sections.subject, true),
    text: compileChecked(envs.text, file, sections.text, true),
    html: compileChecked(envs.html, file, sections.html, false),
  };
}

// Partials are compiled once per environment: the text one must not HTML-escape, the HTML one must.
async function registerPartials(envs: Envs, source: TemplateSource): Promise<void> {
  for (const name of await source.list('partials')) {
    const found = await source.read(`partials/${name}`);
    if (!found) continue;
    const partial = name.replace(/\.hbs$/, '');
    envs.text.registerPartial(partial, compileChecked(envs.text, found.file, found.text, true));
    envs.html.registerPartial(partial, compileChecked(envs.html, found.file, found.text, false));
  }
}

/** Loads and compiles every template under `dir`; throws AppError('template_invalid') naming file and line. */
export function loadTemplates(dir: string): Promise<TemplateSet> {
  return loadTemplatesFrom(fileSource(dir));
}

/**
 * Loads and compiles every template a source holds (a folder, or a language's folder over
 * English), with the helpers of `language`; throws AppError('template_invalid') naming the
 * file and line.
 */
export async function loadTemplatesFrom(
  source: TemplateSource,
  language: Language = 'en',
  /** The compiled English set: an email file the language lacks is taken from it whole. */
  english?: TemplateSet,
): Promise<TemplateSet> {
  const envs: Envs = { text: Handlebars.create(), html: Handlebars.create() };
  registerHelpers(envs.text, language);
  registerHelpers(envs.html, language);
  await registerPartials(envs, source);
  // English's own file keeps English helpers and partials: an untranslated email reads
  // wholly English, never English sentences around German dates.
  const englishFiles = new Map(english ? templatesOf(english).map((t) => [t.file, t]) : []);
  const compile = (found: { file: string; text: string }) =>
    englishFiles.get(found.file) ?? compileEmail(envs, found.file, found.text, language);
  const required = async (rel: string) => {
    const found = await source.read(rel);
    if (!found)
      throw invalid(source.where(rel), 'missing. Restore it from the agendum release (templates/).');
    return compile(found);
  };
  // `<kind>/default.hbs` is required; a stage's own file is optional.
  const byStage = async (kind: 'agenda' | 'recap') => {
    const map = new Map<Stage | 'default', EmailTemplate>([
      ['default', await required(`${kind}/default.hbs`)],
    ]);
    for (const stage of STAGES) {
      const found = await source.read(`${kind}/${stage}.hbs`);
      if (found) map.set(stage, compile(found));
    }
    return map;
  };
  return {
    language,
    dir: source.name,
    agenda: await byStage('agenda'),
    recap: await byStage('recap'),
    approvalRequest: await required('notify/approval-request.hbs'),
    recapPrompt: await required('notify/recap-prompt.hbs'),
    repNotice: await required('notify/rep-notice.hbs'),
    nudge: await required('notify/nudge.hbs'),
    notSending: await required('notify/not-sending.hbs'),
    agendaRevision: await required('revision/agenda.hbs'),
    recapRevision: await required('revision/recap.hbs'),
  };
}

/** Every compiled email of a set. */
function templatesOf(set: TemplateSet): EmailTemplate[] {
  return [
    ...set.agenda.values(),
    ...set.recap.values(),
    set.approvalRequest,
    set.recapPrompt,
    set.repNotice,
    set.nudge,
    set.notSending,
    set.agendaRevision,
    set.recapRevision,
  ];
}

/** The agenda template for a stage, or the default one. */
export function agendaTemplateFor(set: TemplateSet, stage: Stage): EmailTemplate {
  return set.agenda.get(stage) ?? (set.agenda.get('default') as EmailTemplate);
}

/** The recap template for a stage, or the default one. */
export function recapTemplateFor(set: TemplateSet, stage: Stage): EmailTemplate {
  return set.recap.get(stage) ?? (set.recap.get('default') as EmailTemplate);
}

// Plain text as a mail client shows it: no trailing spaces, at most one blank line in a row.
function tidyText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Renders one email; a field the template needs but the data lacks (or a partial it names
 * that does not exist) is a template_invalid error, with its position in `template.source`.
 */
export function renderEmail(template: EmailTemplate, view: object): ComposedEmail {
  try {
    return {
      subject: toHeaderText(template.subject(view), 300),
      text: `${tidyText(template.text(view))}\n`,
      html: `${template.html(view).trim()}\n`,
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw invalid(template.file, (err as Error).message, err, template.source);
  }
}
