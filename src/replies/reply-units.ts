/**
 * A reply cut into the units the confirm guard accounts for one by one: lines, list items
 * ("1. Agenda fine 2. Tuesday no" is two), sentences, and which of them are a signature
 * line. Pure text handling; `confirm-guard.ts` decides what each unit says.
 */
import {
  isContactLine,
  isDeviceLine,
  isLegalFooter,
  isName,
  isRule,
  isSignatureDetail,
} from './signature-patterns.js';

/** One sentence, line or list item of a reply. */
export interface ReplyUnit {
  text: string;
  /** A `> …` line: the rep's own words quoted back, not the prospect's. */
  quoted: boolean;
}

/** "- ", "* ", "• ", "1. ", "2) ", "(3) ", "a) " at the start of an item. */
const LIST_MARKER = /^(?:[-*•·–]|\(?\d{1,2}[.)]|\(?[a-h]\))\s+/u;
/** "1. Agenda fine 2. Tuesday no": items numbered on one line. */
const INLINE_ITEM = /\s+(?=\(?\d{1,2}[.)]\s)/u;
/** A sentence end, but not the dots of "a.m.", "z. B.", "inkl." or "Sra.". */
const SENTENCE_END =
  /(?<=[.!?…])(?<!(?:^|[\s.])\p{L}\.)(?<!(?:^|\s)(?:inkl|bzw|ca|usw|etc|approx|vs|dr|mr|mrs|ms|sr|sra|st)\.)\s+/iu;
const HAS_TEXT = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** Splits a reply into the units the guard accounts for: lines, list items, sentences. */
export function splitUnits(text: string): ReplyUnit[] {
  const units: ReplyUnit[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!HAS_TEXT.test(line)) continue;
    if (line.startsWith('>')) {
      units.push({ text: line, quoted: true });
      continue;
    }
    for (const item of line.split(INLINE_ITEM)) {
      for (const sentence of item.replace(LIST_MARKER, '').split(SENTENCE_END)) {
        if (HAS_TEXT.test(sentence)) units.push({ text: sentence.trim(), quoted: false });
      }
    }
  }
  return units;
}

/** Words a title or company line is made of besides capitalised ones ("Head of Sales"). */
// biome-ignore format: one word per line would make this list hard to scan
const TITLE_CONNECTORS = new Set([
  'of', 'and', '&', 'at', 'de', 'du', 'des', 'la', 'für', 'und', 'van', 'der', 'en', 'e', 'y', 'da', 'do',
  'the', '|', '@', '-', '–', '·',
]);

/** A line of a signature: a name, a title or company, contact details, a device line. */
export function isSignatureLine(text: string): boolean {
  if (isName(text) || isContactLine(text) || isDeviceLine(text) || isRule(text) || isLegalFooter(text))
    return true;
  if (!isSignatureDetail(text)) return false;
  return text
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\d+@(]/u.test(w) || /\d|@/.test(w) || TITLE_CONNECTORS.has(w.toLowerCase()));
}
