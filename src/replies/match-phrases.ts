/**
 * Finds lexicon phrases and ask patterns in a reply, sentence by sentence, and says which
 * of them are negated. Overlapping matches keep the longest, so "can't confirm" is one hold
 * phrase rather than a negated confirm and "not interested" is one decline phrase.
 */
import { CLAUSE_BREAKS, NEGATIONS, TRAILING_NEGATIONS } from './lexicon.js';

/** One phrase found in the reply. */
export interface PhraseMatch {
  kind: string;
  /** The lexicon phrase, or for a pattern the text it matched. */
  phrase: string;
  sentence: number;
  /** The clause holding the phrase ends with a question mark ("Does that sound good?"). */
  inQuestion: boolean;
  /** The negating word, when the phrase is negated ("not", "nicht", "don't"). */
  negatedBy?: string;
  start: number;
  end: number;
}

/**
 * A character that belongs to a word, for the word boundaries of phrases and patterns: the
 * letters of the Latin script (every language agendum reads) and digits. Not `\p{L}`: a
 * Unicode property class makes each of the thousand-odd expressions some thirty times
 * slower to compile, which a cold process pays on the first replies it reads.
 */
export const WORD_CHAR =
  '[0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u1e00-\\u1eff]';
const LETTER = WORD_CHAR;

function compile(phrase: string): RegExp {
  const body = phrase
    .split(' ')
    .map((word) => {
      const wildcard = word.endsWith('*');
      const escaped = (wildcard ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return escaped.replace(/'/g, "'?") + (wildcard ? '\\p{L}*' : '');
    })
    .join('[ \\t]+');
  return new RegExp(`(?<!${LETTER})${body}(?!${LETTER})`, 'giu');
}

/** Lower-case, straight apostrophes, one space between words. */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[ \t]+/g, ' ');
}

/** Splits into sentences at . ! ? … and line breaks, keeping the punctuation. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(s));
}

const NEGATION_SET = new Set(NEGATIONS);
const TRAILING_SET = new Set(TRAILING_NEGATIONS);
const BREAK_SET = new Set(CLAUSE_BREAKS);
/** "can't", "dont", "wouldn't": people drop the apostrophe as often as not. */
const CONTRACTED_NOT =
  /^(can|don|won|doesn|isn|aren|wasn|weren|didn|couldn|wouldn|shouldn|haven|hasn|ain)'?t$/;

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
}

function isNegation(word: string): boolean {
  return NEGATION_SET.has(word) || CONTRACTED_NOT.test(word);
}

/** The negating word in the clause around a match, if any. */
function findNegation(sentence: string, start: number, end: number, phrase: string): string | undefined {
  if (words(phrase).some(isNegation)) return undefined; // the phrase carries its own negation
  const before =
    sentence
      .slice(0, start)
      .split(/[,;:()—–-]\s/)
      .pop() ?? '';
  const lead = words(before);
  const cut = lead.findLastIndex((w) => BREAK_SET.has(w));
  const window = lead.slice(cut + 1).slice(-3);
  const leading = window.find(isNegation);
  if (leading) return leading;
  const after = sentence.slice(end).split(/[,;:()—–-]\s|[.!?]/)[0] ?? '';
  // Four words: "klappt bei mir leider nicht", "passt mir leider nicht".
  return words(after)
    .slice(0, 4)
    .find((w) => TRAILING_SET.has(w));
}

/** "Does that sound good?" asks; "Confirmed — who else joins?" answers, then asks. */
function isQuestionAfter(rest: string): boolean {
  // A clock time ("9:00", "9.30") is no clause break: "Passt Ihnen Mittwoch 9:00?" asks.
  const clauses = rest.replace(/\d[:.]\d/g, '');
  return /\?\s*$/.test(rest) && !/[,;:—–]|\s-\s/.test(clauses);
}

/** Keeps the longest of overlapping matches and marks negated ones. */
function resolveSentence(sentence: string, candidates: PhraseMatch[]): PhraseMatch[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    const negatedBy = findNegation(sentence, c.start, c.end, c.phrase);
    kept.push(negatedBy ? { ...c, negatedBy } : c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * All matches per kind, longest first where they overlap, in reading order: lexicon
 * phrases, and `patterns` (global, Unicode regular expressions read per sentence).
 */
export function matchPhrases(
  text: string,
  lexicon: Record<string, string[]>,
  patterns: Record<string, RegExp[]> = {},
): PhraseMatch[] {
  const sentences = splitSentences(normalizeForMatching(text));
  // One scan of the joined text per phrase; offsets map each hit back to its sentence.
  const joined = sentences.join('\n');
  const offsets: number[] = [];
  let at = 0;
  for (const s of sentences) {
    offsets.push(at);
    at += s.length + 1;
  }
  const perSentence: PhraseMatch[][] = sentences.map(() => []);
  const add = (kind: string, phrase: string, hit: number, length: number) => {
    const index = offsets.findLastIndex((o) => o <= hit);
    const start = hit - (offsets[index] ?? 0);
    const inQuestion = isQuestionAfter((sentences[index] ?? '').slice(start + length));
    perSentence[index]?.push({ kind, phrase, sentence: index, inQuestion, start, end: start + length });
  };
  for (const [kind, phrases] of Object.entries(lexicon)) {
    for (const phrase of phrases) {
      const { re, needle } = compiled(phrase);
      // Most phrases are absent from a short reply; a substring test rules them out cheaply.
      if (!joined.includes(needle)) continue;
      for (const m of execAll(re, joined)) add(kind, phrase, m.index, m[0].length);
    }
  }
  // Patterns read one sentence at a time, so a gap like `[^.?!]{0,40}` never spans two.
  for (const [kind, regexes] of Object.entries(patterns)) {
    for (const re of regexes) {
      sentences.forEach((sentence, i) => {
        for (const m of execAll(re, sentence)) {
          if (m[0]) add(kind, m[0], (offsets[i] ?? 0) + m.index, m[0].length);
        }
      });
    }
  }
  return perSentence.flatMap((candidates, i) => resolveSentence(sentences[i] ?? '', candidates));
}

/**
 * Every match of the global `re` in `text`, like `matchAll` but on `re` itself: `matchAll`
 * clones the expression on each call, a cost paid for every phrase of every reply.
 */
function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++; // an empty match would never advance
    yield m;
  }
}

/** A phrase's expression, and the longest literal part any match of it must contain. */
interface CompiledPhrase {
  re: RegExp;
  needle: string;
}

const cache = new Map<string, CompiledPhrase>();
function compiled(phrase: string): CompiledPhrase {
  let c = cache.get(phrase);
  if (!c) {
    const parts = phrase.toLowerCase().split(/[ '*]+/);
    const needle = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
    c = { re: compile(phrase), needle };
    cache.set(phrase, c);
  }
  return c;
}
