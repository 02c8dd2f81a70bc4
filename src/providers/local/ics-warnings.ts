/**
 * How a problem in a calendar file is worded: the file, the line and the event (summary
 * and UID) it concerns, in one message that is safe for the log and the dashboard. File
 * text is untrusted, and a log must never carry an email address or a description, so the
 * event's name is clipped, stripped of control characters and has addresses masked, and
 * problems quote property names only, never values.
 */

/**
 * A problem with one file, for the rep or operator: `message` names the line and the event
 * ("line 12: event "Kickoff" (UID k1): …"), so the log and the dashboard say the same.
 */
export interface IcsFileError {
  file: string;
  message: string;
}

/** What a problem is about: an event of the file (or the file itself when absent). */
export interface EventRef {
  uid?: string;
  summary?: string;
  line?: number;
}

const EMAIL = /([^\s@<>"':;,]{1,64})@([A-Za-z0-9.-]{1,253})/g;

/** `text` made safe to show and log: one line, no control characters, addresses masked, clipped. */
export function safeText(text: string, max = 60): string {
  const flat = text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // A UID is often an address-like "id@host": the host and a hint of the id are enough.
    .replace(EMAIL, (_m, local: string, host: string) => `${local.slice(0, 2)}…@${host}`)
    .replace(/"/g, "'");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** `"Summary" (UID abc…)`, `UID abc…`, or undefined when nothing names the event. */
export function eventName(ref: EventRef): string | undefined {
  const summary = ref.summary ? `"${safeText(ref.summary)}"` : '';
  const uid = ref.uid ? `UID ${safeText(ref.uid, 48)}` : '';
  if (summary && uid) return `${summary} (${uid})`;
  return summary || uid || undefined;
}

/** One problem: "line 12: event "Kickoff" (UID k1): the message". */
export function problem(file: string, ref: EventRef | undefined, message: string): IcsFileError {
  const event = ref ? eventName(ref) : undefined;
  const parts = [ref?.line ? `line ${ref.line}` : '', event ? `event ${event}` : ''].filter(Boolean);
  return { file, message: parts.length ? `${parts.join(': ')}: ${message}` : message };
}

/** A property name as it may be quoted in a problem: letters, digits and dashes only. */
export function propertyName(text: string): string {
  const name = /^[A-Za-z0-9-]{1,40}/.exec(text.trimStart())?.[0];
  return name ? name.toUpperCase() : 'a line';
}
