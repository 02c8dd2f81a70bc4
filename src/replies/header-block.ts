/**
 * Finds the header block a client writes above the message it quotes or forwards
 * ("From: … / Sent: … / To: … / Subject: …", in any language `quote-patterns.ts` knows).
 */
import { HEADER_LABELS, HEADER_LINE, hasAddress, hasDate, INNER_HEADER_LABEL } from './quote-patterns.js';

const ROLE_OF = new Map<string, string>(
  Object.entries(HEADER_LABELS).flatMap(([role, labels]) => labels.map((l) => [l.toLowerCase(), role])),
);

/** The roles a header line names: its own label and any that follow on the same line. */
function headerRoles(line: string): string[] {
  const match = HEADER_LINE.exec(line);
  const first = match?.[1] ? ROLE_OF.get(match[1].toLowerCase()) : undefined;
  if (!first) return [];
  const inner = [...line.matchAll(INNER_HEADER_LABEL)]
    .map((m) => (m[1] && m[1].length > 1 ? ROLE_OF.get(m[1].toLowerCase()) : undefined))
    .filter((role): role is string => role !== undefined);
  return [first, ...inner];
}

/**
 * Whether a header block starts at `start`: lines of headers, allowing one wrapped line
 * between them, that name a sender and two more roles ("From/Sent/To"), or, shorter, a
 * sender or a date with an address or a real date among them ("From: a@b.c / Date: …",
 * "Date: Wed, 16 May 2012 … / To: a@b.c").
 */
export function isHeaderBlockAt(lines: string[], start: number): boolean {
  if (headerRoles(lines[start] ?? '').length === 0) return false;
  const roles = new Set<string>();
  const headerText: string[] = [];
  let gap = 0;
  for (let i = start; i < lines.length && i < start + 10; i++) {
    const line = lines[i] ?? '';
    const found = headerRoles(line);
    if (found.length > 0) {
      for (const role of found) roles.add(role);
      headerText.push(line);
      gap = 0;
    } else if (++gap > 1 || !line.trim()) break;
  }
  if (roles.has('from') && roles.size >= 3) return true;
  if (roles.size < 2 || !(roles.has('from') || roles.has('sent'))) return false;
  const text = headerText.join('\n');
  // Two labels alone could be prose ("Date: Tuesday / To: everyone"); a client's block
  // carries an address or a full date.
  return hasAddress(text) && (roles.has('from') || hasDate(text));
}
