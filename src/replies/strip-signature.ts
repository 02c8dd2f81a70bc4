/**
 * Removes what follows the message proper: `-- ` signatures, "Sent from my iPhone"-style
 * device lines, legal and confidentiality footers, a rule with a signature under it, and
 * the sign-off + name / title / phone block people type or paste at the end. Never removes
 * the only thing there is.
 */
import {
  isClosingSignOff,
  isContactLine,
  isContent,
  isDashLed,
  isDashName,
  isDeviceLine,
  isLegalFooter,
  isName,
  isRule,
  isShortLine,
  isSignatureDetail,
  isSignatureSeparator,
  isSignOff,
} from './signature-patterns.js';

/** A rule cuts only a block this short; longer is more message. */
const MAX_SIGNATURE_LINES = 15;

/** Whether what is left before `i` still says something. */
function contentBefore(lines: string[], i: number): boolean {
  return lines.slice(0, i).some(isContent);
}

/** Drops everything from the first line that passes `test`: what follows is signature too. */
function cutAt(lines: string[], test: (line: string, i: number) => boolean): string[] {
  const i = lines.findIndex((line, index) => test(line, index) && contentBefore(lines, index));
  return i === -1 ? lines : lines.slice(0, i);
}

function trimEnd(lines: string[]): string[] {
  const out = [...lines];
  while (out.length && !isContent(out[out.length - 1] ?? '')) out.pop();
  return out;
}

/** Whether the lines from `start` on look like a signature: few, short, or contact details. */
function isSignatureBlock(lines: string[], start: number): boolean {
  let filled = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    if (++filled > MAX_SIGNATURE_LINES || !(isSignatureDetail(line) || isContactLine(line))) return false;
  }
  return true;
}

/** Drops everything from a rule that has a signature under it; other rules are content. */
function cutAtSignatureRule(lines: string[]): string[] {
  return cutAt(lines, (l, i) => isRule(l) && isSignatureBlock(lines, i + 1));
}

/** Index where a trailing sign-off block starts ("Best,\nPriya\nVP Sales"), or -1. */
function signOffStart(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 10; i--) {
    const line = lines[i] ?? '';
    if (!isSignOff(line)) continue;
    const after = lines.slice(i + 1).filter((l) => l.trim());
    if (after.length === 0) return isClosingSignOff(line) ? i : -1;
    if (after.length > 6) continue;
    const [first = '', ...more] = after;
    if (after.every(isSignatureDetail)) return i;
    // A name, then a title or a company written any way ("CEO @ Acme !").
    if (isName(first) && more.every((l) => isSignatureDetail(l) || isShortLine(l))) return i;
  }
  return -1;
}

/** Index where a trailing name / title / contact paragraph starts, or -1. */
function nameBlockStart(lines: string[]): number {
  let start = lines.length;
  while (start > 0 && lines[start - 1]?.trim()) start--;
  const block = lines.slice(start);
  const first = block[0] ?? '';
  const last = block[block.length - 1] ?? '';
  if (block.length === 0 || block.length > 6) return -1;
  // A dash-led last line is a dash-and-name signature or a list item, nothing else.
  const above = lines.slice(0, lines.length - 1).findLast((l) => l.trim()) ?? '';
  if (isDashLed(last)) return isDashName(last, above) ? lines.length - 1 : -1;
  // A whole-message block is not a signature of it; only a name glued under it may be.
  if (start > 0 && block.every((l) => isContactLine(l))) return start;
  if (start > 0 && isName(first) && block.every(isSignatureDetail)) return start;
  // A name glued under the text ("Sounds good!\nPriya") signs off too.
  if (block.length > 1 && isName(last) && last.trim().split(/\s+/).length <= 3) return lines.length - 1;
  return -1;
}

/** Cuts at `start` when something is left before it. */
function cutTail(lines: string[], start: number): string[] | undefined {
  return start > 0 && contentBefore(lines, start) ? trimEnd(lines.slice(0, start)) : undefined;
}

/** The text without its signature, footer and sign-off. */
export function stripSignature(text: string): string {
  let lines = text.split('\n');
  lines = cutAt(lines, isSignatureSeparator);
  lines = cutAt(lines, isDeviceLine);
  lines = cutAt(lines, isLegalFooter);
  lines = cutAtSignatureRule(lines);
  lines = trimEnd(lines);
  if (!lines.some(isContent)) return text.trim();
  // One of the two: a sign-off takes the name under it along, so no second name is looked for.
  const afterSignOff = cutTail(lines, signOffStart(lines));
  lines = afterSignOff ?? cutTail(lines, nameBlockStart(lines)) ?? lines;
  return lines.join('\n');
}
