/**
 * The labelled intent corpus in test/fixtures/intent-corpus: loads its cases (reply bodies
 * in one YAML file per language, quoted .eml files with their labels), reads each through
 * the whole reply pipeline as `agendum classify-reply` does, and scores the verdicts. The
 * corpus test and `npm run bench` share it, so both report the same figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ReplyIntent } from '../../src/replies/classify-intent.js';
import { intentWords } from '../../src/replies/intent-words.js';
import type { MeetingTime } from '../../src/replies/meeting-day.js';
import { readReply } from '../../src/replies/read-reply.js';

/** The intents, in the order the matrix lists them. */
export const INTENTS: readonly ReplyIntent[] = [
  'confirm',
  'change',
  'reschedule',
  'decline',
  'unclear',
  'auto_reply',
];

/** One labelled reply. */
export interface CorpusCase {
  /** Unique and stable: the file and the case's place in it ("en.yaml#12"). */
  id: string;
  lang: string;
  intent: ReplyIntent;
  /** The raw RFC 5322 message. */
  raw: string | Buffer;
  /** A few words of the reply, to name the case in test output. */
  label: string;
  /** Words the rep's notice must show (both the agreement and the ask, where both matter). */
  quote: string[];
  note?: string;
  /** Why the classifier still gets this case wrong, when it does (listed, not hidden). */
  known?: string;
  /** The meeting the reply answers, when its file names one (a yes must name its day). */
  meeting?: MeetingTime;
}

/** What the pipeline made of one case. */
export interface CorpusVerdict {
  case: CorpusCase;
  got: ReplyIntent;
  evidence: string;
  reply: string;
  /** The prospect's words the rep notice shows. */
  shown: string;
}

const ROOT = new URL('../fixtures/intent-corpus/', import.meta.url);
const REP = 'Dana Reyes <dana@acme.example>';

/** One case as the corpus YAML files write it. */
export interface YamlCase {
  intent: ReplyIntent;
  body: string;
  html?: boolean;
  subject?: string;
  headers?: Record<string, string>;
  quote?: string[];
  note?: string;
  known?: string;
}

const encodedWord = (s: string) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

/** A reply as a mail client would send it: UTF-8, base64, plain text or HTML only. */
export function messageFor(id: string, lang: string, subject: string, c: YamlCase): string {
  const extra = Object.entries(c.headers ?? {}).map(([name, value]) => `${name}: ${value}`);
  const body = Buffer.from(c.body.replace(/\r?\n/g, '\r\n'), 'utf8').toString('base64');
  return [
    `From: Prospect <prospect@${lang}.northwind.example>`,
    `To: ${REP}`,
    `Subject: ${encodedWord(c.subject ?? subject)}`,
    'Date: Mon, 02 Mar 2026 11:32:07 +0100',
    `Message-ID: <${id.replace(/[^a-z0-9]/gi, '-')}@corpus.example>`,
    'In-Reply-To: <agenda-1@acme.example>',
    'References: <agenda-1@acme.example>',
    'MIME-Version: 1.0',
    ...extra,
    `Content-Type: text/${c.html ? 'html' : 'plain'}; charset="utf-8"`,
    'Content-Transfer-Encoding: base64',
    '',
    ...(body.match(/.{1,76}/g) ?? []),
    '',
  ].join('\r\n');
}

function labelOf(text: string): string {
  const line = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function yamlCases(): CorpusCase[] {
  const files = readdirSync(ROOT)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return files.flatMap((file) => {
    const doc = parse(readFileSync(new URL(file, ROOT), 'utf8')) as {
      lang: string;
      subject: string;
      /** The meeting every case of the file answers: `start` an ISO time, `timeZone` IANA. */
      meeting?: { start: string; timeZone: string };
      cases: YamlCase[];
    };
    const meeting = doc.meeting && { start: new Date(doc.meeting.start), timeZone: doc.meeting.timeZone };
    return doc.cases.map((c, i) => {
      const id = `${file}#${i + 1}`;
      return {
        id,
        lang: doc.lang,
        intent: c.intent,
        raw: messageFor(id, doc.lang, doc.subject, c),
        label: labelOf(c.body),
        quote: c.quote ?? [],
        ...(c.note ? { note: c.note } : {}),
        ...(c.known ? { known: c.known } : {}),
        ...(meeting ? { meeting } : {}),
      };
    });
  });
}

function emlCases(): CorpusCase[] {
  const dir = new URL('eml/', ROOT);
  const labels = parse(readFileSync(new URL('labels.yaml', dir), 'utf8')) as Record<
    string,
    { intent: ReplyIntent; quote?: string[]; note?: string; known?: string }
  >;
  return Object.entries(labels).map(([file, l]) => ({
    id: `eml/${file}`,
    lang: file.slice(0, 2),
    intent: l.intent,
    raw: readFileSync(new URL(file, dir)),
    label: file.replace(/\.eml$/, ''),
    quote: l.quote ?? [],
    ...(l.note ? { note: l.note } : {}),
    ...(l.known ? { known: l.known } : {}),
  }));
}

/** Every case of the corpus, the YAML bodies first, then the quoted .eml files. */
export function loadIntentCorpus(): CorpusCase[] {
  return [...yamlCases(), ...emlCases()];
}

/** The .eml files in the corpus folder, to check each one is labelled. */
export function corpusEmlFiles(): string[] {
  return readdirSync(new URL('eml/', ROOT)).filter((f) => f.endsWith('.eml'));
}

/** Reads one case through the whole pipeline (parse, strip, auto-reply, intent). */
export async function readCase(c: CorpusCase): Promise<CorpusVerdict> {
  const opts = c.meeting ? { meeting: c.meeting } : {};
  const result = await readReply(c.raw, opts);
  return {
    case: c,
    got: result.intent,
    evidence: result.evidence,
    reply: result.reply,
    shown: result.autoReply ? '' : intentWords(result.reply, opts),
  };
}

/** Counts by expected intent (rows) and got intent (columns). */
export type ConfusionMatrix = Record<ReplyIntent, Record<ReplyIntent, number>>;

/** The figures issue 12 asks for, computed from the verdicts. */
export interface IntentScore {
  total: number;
  correct: number;
  accuracy: number;
  /** Of the verdicts that said `confirm`, the share that a rep would also call confirm. */
  confirmPrecision: number;
  falseConfirms: CorpusVerdict[];
  wrong: CorpusVerdict[];
  matrix: ConfusionMatrix;
}

/** Scores `verdicts`: accuracy, confirm precision, the confusion matrix and the misses. */
export function scoreVerdicts(
  verdicts: { expected: ReplyIntent; got: ReplyIntent }[],
): Omit<IntentScore, 'falseConfirms' | 'wrong'> {
  const matrix = Object.fromEntries(
    INTENTS.map((row) => [row, Object.fromEntries(INTENTS.map((col) => [col, 0]))]),
  ) as ConfusionMatrix;
  for (const v of verdicts) matrix[v.expected][v.got]++;
  const correct = verdicts.filter((v) => v.expected === v.got).length;
  const saidConfirm = verdicts.filter((v) => v.got === 'confirm');
  const rightConfirm = saidConfirm.filter((v) => v.expected === 'confirm').length;
  return {
    total: verdicts.length,
    correct,
    accuracy: verdicts.length ? correct / verdicts.length : 0,
    // No "confirmed" verdict at all is no false one.
    confirmPrecision: saidConfirm.length ? rightConfirm / saidConfirm.length : 1,
    matrix,
  };
}

/** Reads and scores the whole corpus. */
export async function scoreIntentCorpus(cases = loadIntentCorpus()): Promise<IntentScore> {
  const verdicts = await Promise.all(cases.map(readCase));
  const wrong = verdicts.filter((v) => v.got !== v.case.intent);
  return {
    ...scoreVerdicts(verdicts.map((v) => ({ expected: v.case.intent, got: v.got }))),
    falseConfirms: wrong.filter((v) => v.got === 'confirm'),
    wrong,
  };
}

/** The matrix as aligned text: rows expected, columns got. */
export function formatMatrix(matrix: ConfusionMatrix): string {
  const short: Record<ReplyIntent, string> = {
    confirm: 'confirm',
    change: 'change',
    reschedule: 'resched',
    decline: 'decline',
    unclear: 'unclear',
    auto_reply: 'auto',
  };
  const head = `${'expected \\ got'.padEnd(16)}${INTENTS.map((i) => short[i].padStart(9)).join('')}${'total'.padStart(8)}`;
  const rows = INTENTS.map((row) => {
    const cells = INTENTS.map((col) => String(matrix[row][col]).padStart(9)).join('');
    const total = INTENTS.reduce((sum, col) => sum + matrix[row][col], 0);
    return `${row.padEnd(16)}${cells}${String(total).padStart(8)}`;
  });
  return [head, ...rows].join('\n');
}

/** Cases per language and intent, for the README and the report. */
export function corpusCounts(cases: CorpusCase[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const c of cases) {
    const row = counts[c.lang] ?? {};
    row[c.intent] = (row[c.intent] ?? 0) + 1;
    counts[c.lang] = row;
  }
  return counts;
}

/** The existing labelled set (test/fixtures/replies/labels.json), read the same way. */
export async function scoreLabelledReplies(): Promise<IntentScore> {
  const dir = new URL('../fixtures/replies/', import.meta.url);
  const labels = JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8')) as Record<
    string,
    { intent: ReplyIntent }
  >;
  const cases: CorpusCase[] = Object.entries(labels).map(([file, l]) => ({
    id: `replies/${file}`,
    lang: file.slice(0, 2),
    intent: l.intent,
    raw: readFileSync(new URL(file, dir)),
    label: file,
    quote: [],
  }));
  return scoreIntentCorpus(cases);
}
