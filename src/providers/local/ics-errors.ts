/**
 * Turns ical.js parse errors into messages a person can act on: the line number when it
 * can be found, and the offending text, clipped (the file is untrusted).
 */

const MAX_MESSAGE = 300;

/** 1-based number of the first line containing `needle` (matched on its first 40 chars), or 0. */
export function lineOf(source: string, needle: string): number {
  const probe = needle.slice(0, 40);
  if (!probe.trim()) return 0;
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((line) => line.includes(probe));
  return index + 1;
}

/** ical.js quotes the offending line in its parser messages ('…' or "…"). */
function quotedLine(message: string): string | undefined {
  const match = /(?:"([^"]*)"|'([^']*)')\s*$/.exec(message);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** "line 12: invalid line (no token ";" or ":") "foo"", or the bare message when no line fits. */
export function describeParseError(source: string, err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const message = raw.length > MAX_MESSAGE ? `${raw.slice(0, MAX_MESSAGE)}…` : raw;
  const quoted = quotedLine(raw);
  const line = quoted ? lineOf(source, quoted) : 0;
  if (line > 0) return `line ${line}: ${message}`;
  if (!/BEGIN:VCALENDAR/i.test(source.slice(0, 1_000))) return `not an iCalendar file (${message})`;
  return message;
}
