/**
 * The holdout section of `npm run bench`: reads a blind holdout set in
 * test/fixtures/intent-holdout (`{lang, label, text, note?}` entries, see its README) through
 * the same pipeline as the corpus and `agendum classify-reply` (`readReply`: parse, strip,
 * auto-reply, intent), and scores it: accuracy, confirm precision, the confusion matrix and
 * every miss. Figures only, no timing, no pass/fail: the holdouts are not tests.
 * `npx tsx bench/intent-holdout.ts [file…]` prints one or more sets on their own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ReplyIntent } from '../src/replies/classify-intent.js';
import type { MeetingTime } from '../src/replies/meeting-day.js';
import {
  type ConfusionMatrix,
  type CorpusCase,
  type CorpusVerdict,
  formatMatrix,
  INTENTS,
  messageFor,
  scoreIntentCorpus,
} from '../test/helpers/intent-corpus.js';

const DIR = new URL('../test/fixtures/intent-holdout/', import.meta.url);

/** The holdout sets, in the order the bench prints them. */
export const HOLDOUT_FILES = [
  'holdout.yaml',
  'holdout-2.yaml',
  'holdout-3.yaml',
  'holdout-4.yaml',
  'holdout-5.yaml',
] as const;

/**
 * The meeting a holdout's replies answer, where its README names one: the earlier sets answer
 * "a meeting on a Tuesday" with no date, so they are read without one, as they were measured.
 */
const MEETINGS: Readonly<Record<string, MeetingTime>> = {
  'holdout-5.yaml': { start: new Date('2026-12-15T10:00:00Z'), timeZone: 'Europe/London' },
};

/** The agenda's subject as each language's mail client answers it (as in the corpus files). */
const SUBJECTS: Record<string, string> = {
  en: 'Re: Agenda for Tuesday: Acme Robotics x Northwind - discovery call',
  de: 'AW: Agenda für Dienstag: Acme Robotics x Nordwind - Kennenlernen',
  fr: 'RE: Ordre du jour pour mardi : Acme Robotics x Nordvent - premier échange',
  es: 'RE: Agenda para el martes: Acme Robotics x Nortevía - primera reunión',
  pt: 'RES: Pauta para terça: Acme Robotics x Nortevia - primeira conversa',
  nl: 'RE: Agenda voor dinsdag: Acme Robotics x Noordwind - kennismaking',
};

interface HoldoutEntry {
  lang: string;
  label: ReplyIntent;
  text: string;
  note?: string;
}

/** How the pipeline reads one holdout set. */
export interface HoldoutScore {
  file: string;
  total: number;
  correct: number;
  accuracy: number;
  /** Correct `confirm` verdicts over all `confirm` verdicts (1 when there are none). */
  confirmPrecision: number;
  /** How many verdicts said `confirm`, and how many of them were right. */
  saidConfirm: number;
  rightConfirm: number;
  /** Rows expected, columns got. */
  matrix: ConfusionMatrix;
  /** Every case read wrong; `falseConfirms` are those that said `confirm`. */
  misses: CorpusVerdict[];
  falseConfirms: CorpusVerdict[];
}

/** The entries of one holdout file as corpus cases (ids are `file#n`, n from 1). */
export function loadHoldout(file: string): CorpusCase[] {
  const entries = parse(readFileSync(new URL(file, DIR), 'utf8')) as HoldoutEntry[];
  return entries.map((e, i) => {
    const id = `${file}#${i + 1}`;
    const subject = SUBJECTS[e.lang] ?? (SUBJECTS.en as string);
    const line = e.text.replace(/\s+/g, ' ').trim();
    return {
      id,
      lang: e.lang,
      intent: e.label,
      raw: messageFor(id, e.lang, subject, { intent: e.label, body: e.text }),
      label: line.length > 80 ? `${line.slice(0, 77)}…` : line,
      quote: [],
      ...(e.note ? { note: e.note } : {}),
      ...(MEETINGS[file] ? { meeting: MEETINGS[file] } : {}),
    };
  });
}

/** Reads and scores one holdout file (a name in test/fixtures/intent-holdout). */
export async function scoreHoldout(file: string): Promise<HoldoutScore> {
  const score = await scoreIntentCorpus(loadHoldout(file));
  const saidConfirm = INTENTS.reduce((sum, row) => sum + score.matrix[row].confirm, 0);
  return {
    file,
    total: score.total,
    correct: score.correct,
    accuracy: score.accuracy,
    confirmPrecision: score.confirmPrecision,
    saidConfirm,
    rightConfirm: saidConfirm - score.falseConfirms.length,
    matrix: score.matrix,
    misses: score.wrong,
    falseConfirms: score.falseConfirms,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Prints each holdout's matrix, figures and (with `misses`) every miss. */
export async function benchIntentHoldout(
  files: readonly string[] = HOLDOUT_FILES,
  opts: { misses?: boolean } = {},
): Promise<void> {
  for (const file of files) {
    const s = await scoreHoldout(file);
    console.log(`intent holdout ${file} — ${s.total} blind replies`);
    console.log(formatMatrix(s.matrix));
    console.log(
      `confirm precision ${pct(s.confirmPrecision)} (${s.rightConfirm} of ${s.saidConfirm} "confirm" verdicts right), accuracy ${pct(s.accuracy)} (${s.correct} of ${s.total})`,
    );
    for (const v of opts.misses ? s.misses : s.falseConfirms) {
      console.log(
        `  miss: ${v.case.id} [${v.case.lang}] expected ${v.case.intent}, got ${v.got}: ${v.case.label}`,
      );
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  await benchIntentHoldout(files.length ? files : HOLDOUT_FILES, { misses: true });
}
