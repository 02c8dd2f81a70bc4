/**
 * Which scopes each emulated API route accepts: any one of them is enough. Copied from the
 * `scopes` of each method in the discovery documents (docs/providers.md [DISC]), trimmed to the
 * scopes a test could grant, so a token from a consent with unticked boxes is refused
 * exactly where Google would refuse it.
 */
const AUTH = 'https://www.googleapis.com/auth/';
const FULL_MAIL = 'https://mail.google.com/';

const CALENDAR_READ = [
  `${AUTH}calendar`,
  `${AUTH}calendar.readonly`,
  `${AUTH}calendar.events`,
  `${AUTH}calendar.events.readonly`,
];
const GMAIL_READ = [FULL_MAIL, `${AUTH}gmail.modify`, `${AUTH}gmail.readonly`, `${AUTH}gmail.metadata`];
const GMAIL_COMPOSE = [FULL_MAIL, `${AUTH}gmail.modify`, `${AUTH}gmail.compose`];

/** Route name → the scopes that allow it. Every API route must be listed. */
export const ROUTE_SCOPES: Record<string, string[]> = {
  'calendar.events.list': CALENDAR_READ,
  'calendar.events.watch': CALENDAR_READ,
  'calendar.channels.stop': CALENDAR_READ,
  'gmail.profile': [...GMAIL_READ, `${AUTH}gmail.compose`],
  'gmail.drafts.send': GMAIL_COMPOSE,
  'gmail.drafts.create': GMAIL_COMPOSE,
  'gmail.drafts.update': GMAIL_COMPOSE,
  'gmail.drafts.delete': GMAIL_COMPOSE,
  'gmail.drafts.list': [...GMAIL_COMPOSE, `${AUTH}gmail.readonly`],
  'gmail.drafts.get': [...GMAIL_COMPOSE, `${AUTH}gmail.readonly`],
  'gmail.messages.send': [...GMAIL_COMPOSE, `${AUTH}gmail.send`],
  'gmail.messages.list': GMAIL_READ,
  'gmail.messages.get': GMAIL_READ,
  'gmail.history.list': GMAIL_READ,
  'gmail.watch': GMAIL_READ,
  'gmail.stop': GMAIL_READ,
};

/** The scopes agendum asks for, which a test user grants unless told otherwise. */
export const AGENDUM_SCOPES = [
  `${AUTH}calendar.events.readonly`,
  `${AUTH}gmail.compose`,
  `${AUTH}gmail.readonly`,
].join(' ');
