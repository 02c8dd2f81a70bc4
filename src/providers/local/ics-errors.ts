/**
 * What to say about a file in which no calendar was found at all. Problems inside a calendar
 * are worded where they are found (ics-warnings.ts), one line or event at a time.
 */

/** "not an iCalendar file (…)" with a hint of what the file looks like instead; never quotes it. */
export function describeParseError(source: string): string {
  const head = source
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200);
  if (!head) return 'not an iCalendar file (it is empty)';
  if (/^BEGIN\s*:/i.test(head)) {
    return 'not an iCalendar file (it holds no VCALENDAR or VEVENT, only other components)';
  }
  return 'not an iCalendar file (line 1 is not BEGIN:VCALENDAR)';
}
