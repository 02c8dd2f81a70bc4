/** The lines a person actually wrote in a reply: no quoted history, no signature. */

// "On Tue, Mar 3, 2026 at 10:31 AM Dana <dana@…> wrote:" and its common translations.
const ATTRIBUTION =
  /^\s*(on|le|am|el|op|il)\s.*\b(wrote|a écrit|schrieb|escribió|schreef|ha scritto)\s*:\s*$/i;
// Outlook and others put the original below a rule or a header block instead of quoting it.
const SEPARATOR = /^\s*(-{2,}\s*(original message|forwarded message)\s*-{2,}|_{10,}|-{10,})\s*$/i;
const HEADER = /^\s*\**(from|von|de)\s*:\**\s+\S/i;
const HEADER_NEXT = /^\s*\**(sent|date|to|subject|gesendet|an|envoyé|à)\s*:/i;
const SIGNATURE = /^--\s*$/;

function startsHistory(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (SEPARATOR.test(line) || SIGNATURE.test(line)) return true;
  // Gmail wraps a long attribution over two lines.
  if (ATTRIBUTION.test(line) || (/^\s*on\s/i.test(line) && ATTRIBUTION.test(`${line} ${lines[i + 1] ?? ''}`)))
    return true;
  return HEADER.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_NEXT.test(l));
}

/** The reply's own lines, in order: stops at the quoted history or signature, skips `>` lines. */
export function ownReplyLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (startsHistory(lines, i)) break;
    if (!(lines[i] ?? '').trimStart().startsWith('>')) out.push(lines[i] ?? '');
  }
  return out;
}
