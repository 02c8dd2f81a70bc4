/**
 * Reads the rep's reply to the recap prompt ("Agreed: …", "Next step: …", "Owner: …", "By: …").
 * Lenient on purpose: reps type on phones, in any case, with bullets, bold or wrapped lines.
 */
import type { NextStepOwner } from '../compose/next-step-line.js';
import { cutQuotedHistory } from './cut-quoted-history.js';
import { parseDueDate } from './parse-due-date.js';

/** The rep's own lines: the one quote stripper, then nothing below a `-- ` signature rule. */
function ownLines(text: string): string[] {
  const lines = cutQuotedHistory(text.replace(/\r\n?/g, '\n')).split('\n');
  const signature = lines.findIndex((l) => /^--\s*$/.test(l));
  return signature < 0 ? lines : lines.slice(0, signature);
}

/** What the rep's reply said; a field the reply does not mention is absent. */
export interface RecapReply {
  agreed?: string;
  nextStep?: string;
  owner?: NextStepOwner;
  due?: Date;
}

type Field = 'agreed' | 'nextStep' | 'owner' | 'due';

// Longer labels first, so "Next step:" is not read as "Next:" with the value "step: …".
const LABELS: [string, Field][] = [
  ['what we agreed', 'agreed'],
  ['we agreed', 'agreed'],
  ['agreement', 'agreed'],
  ['agreed', 'agreed'],
  ['next steps', 'nextStep'],
  ['next step', 'nextStep'],
  ['next', 'nextStep'],
  ['owner', 'owner'],
  ['who', 'owner'],
  ['by when', 'due'],
  ['due date', 'due'],
  ['due', 'due'],
  ['by', 'due'],
];
// Optional bullet or bold around the label ("- **Agreed:** …"); the colon is required.
const LABEL_LINE = new RegExp(
  `^\\s*(?:[-*•]\\s+)?[*_]*\\s*(${LABELS.map(([l]) => l.replace(' ', '\\s+')).join('|')})\\s*[*_]*\\s*[:：]\\s*[*_]*\\s*(.*)$`,
  'i',
);

const fieldOf = (label: string): Field =>
  LABELS.find(([l]) => l === label.toLowerCase().replace(/\s+/g, ' '))?.[1] ?? 'agreed';
const clean = (s: string) =>
  s
    .replace(/[*_]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const TEXT_FIELDS: ReadonlySet<Field> = new Set(['agreed', 'nextStep']);

// A following line continues a value when the value is still empty, or when it looks wrapped
// by the mail client (long previous line, or a lower-case start) rather than a sign-off like "Thanks".
const continues = (value: string, previous: string, line: string) =>
  !value.trim() || previous.trim().length >= 60 || /^\s*\p{Ll}/u.test(line);

/** Each labelled value, first occurrence wins; text fields take their wrapped continuation lines. */
function labelledValues(lines: string[]): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {};
  let open: Field | null = null;
  let previous = '';
  for (const line of lines) {
    const m = LABEL_LINE.exec(line);
    if (m?.[1] !== undefined) {
      const field = fieldOf(m[1]);
      open = field in found ? null : field;
      if (open) found[open] = m[2] ?? '';
    } else if (open && line.trim() && continues(found[open] ?? '', previous, line)) {
      found[open] = `${found[open]} ${line}`;
    } else if (!open || found[open]?.trim()) {
      open = null;
    }
    // Owner and date are one line each; only an empty one looks at the next line.
    if (open && !TEXT_FIELDS.has(open) && found[open]?.trim()) open = null;
    previous = line;
  }
  return Object.fromEntries(
    Object.entries(found)
      .map(([k, v]) => [k, clean(v ?? '')])
      .filter(([, v]) => v),
  );
}

const REP_WORDS = /^(me|i|myself|mine|rep|the rep|us|our side|our team|my team|ours|my side)$/;
const PROSPECT_WORDS = /^(them|they|their side|their team|prospect|client|customer|buyer)$/;
const NOT_A_NAME = /^(you|tbd|tbc|unknown|none|n\/?a|nobody|\?+|-+)$/;

/**
 * me / I / rep / us → rep; them / they / prospect / a person's name → prospect; both / we,
 * or me together with someone ("me and Priya") → both. Undefined when it cannot tell.
 */
export function parseOwner(value: string): NextStepOwner | undefined {
  const v = value
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.,;!]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
  if (!v || NOT_A_NAME.test(v)) return undefined;
  if (/\b(both|we|together|jointly|all of us)\b/.test(v)) return 'both';
  const parts = v.split(/\s*(?:\band\b|&|\+|\/)\s*/).filter(Boolean);
  const sides = new Set(parts.map((p) => (REP_WORDS.test(p) ? 'rep' : 'prospect')));
  if (sides.size > 1) return 'both';
  const first = parts[0] ?? '';
  if (REP_WORDS.test(first)) return 'rep';
  if (PROSPECT_WORDS.test(first) || /^\p{L}[\p{L}'’ .-]*$/u.test(first)) return 'prospect';
  return undefined;
}

/**
 * The outcome in the rep's reply, read in the rep's `zone` relative to `now`; null when the
 * reply says neither what was agreed nor the next step (then it is not a recap answer).
 */
export function parseRecapReply(text: string, now: Date, zone: string): RecapReply | null {
  const values = labelledValues(ownLines(text));
  if (!values.agreed && !values.nextStep) return null;
  const out: RecapReply = {};
  if (values.agreed) out.agreed = values.agreed;
  if (values.nextStep) out.nextStep = values.nextStep;
  const owner = values.owner ? parseOwner(values.owner) : undefined;
  if (owner) out.owner = owner;
  const due = values.due ? parseDueDate(values.due, now, zone) : undefined;
  if (due) out.due = due;
  return out;
}
