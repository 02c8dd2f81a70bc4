/**
 * Cleaning untrusted text before it reaches an email. Event titles, descriptions and
 * attendee names come from anyone who can send the rep an invitation.
 */

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators some clients treat as breaks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const HEADER_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// The same, but keeping \n and \t, which bodies legitimately contain.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const BODY_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * One line of text safe for a header (subject, display name): control characters,
 * including CR and LF, become spaces; runs of spaces collapse; capped at `max` characters.
 */
export function toHeaderText(value: string, max = 250): string {
  const line = value
    .replace(HEADER_UNSAFE, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** Body text without control characters other than newline and tab; CRLF becomes LF. */
export function toBodyText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(BODY_UNSAFE, '');
}

/** Keeps a URL only if it is http(s): a `javascript:` link from an event never becomes an href. */
export function toSafeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
