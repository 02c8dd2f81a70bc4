/**
 * The endpoint label of a provider request: a fixed name per API method we call
 * (`calendar.events.list`, `gmail.users.messages.send`, `graph.me.calendarView.delta`),
 * never the URL, whose ids and tokens would make a series per message. The tables list the
 * requests agendum makes; anything else is `google.other` / `graph.other`, so a new call
 * shows up under that name until it is added here.
 */

/** [HTTP method, path segments with `*` for one id, name]. */
type Route = readonly [method: string, path: string, name: string];

const GOOGLE: readonly Route[] = [
  ['GET', 'calendar/v3/calendars/*/events', 'calendar.events.list'],
  ['GET', 'calendar/v3/calendars/*/events/*', 'calendar.events.get'],
  ['POST', 'calendar/v3/calendars/*/events/watch', 'calendar.events.watch'],
  ['POST', 'calendar/v3/channels/stop', 'calendar.channels.stop'],
  ['GET', 'gmail/v1/users/*/profile', 'gmail.users.getProfile'],
  ['POST', 'gmail/v1/users/*/watch', 'gmail.users.watch'],
  ['POST', 'gmail/v1/users/*/stop', 'gmail.users.stop'],
  ['GET', 'gmail/v1/users/*/history', 'gmail.users.history.list'],
  ['GET', 'gmail/v1/users/*/messages', 'gmail.users.messages.list'],
  ['GET', 'gmail/v1/users/*/messages/*', 'gmail.users.messages.get'],
  ['POST', 'gmail/v1/users/*/messages/send', 'gmail.users.messages.send'],
  ['POST', 'gmail/v1/users/*/drafts', 'gmail.users.drafts.create'],
  ['GET', 'gmail/v1/users/*/drafts/*', 'gmail.users.drafts.get'],
  ['PUT', 'gmail/v1/users/*/drafts/*', 'gmail.users.drafts.update'],
  ['DELETE', 'gmail/v1/users/*/drafts/*', 'gmail.users.drafts.delete'],
  ['POST', 'gmail/v1/users/*/drafts/send', 'gmail.users.drafts.send'],
  // The OAuth2Client's refreshes go through the same transport as the API calls.
  ['POST', 'token', 'oauth2.token'],
];

const GRAPH: readonly Route[] = [
  ['GET', 'v1.0/me', 'graph.me.get'],
  ['GET', 'v1.0/me/mailboxSettings', 'graph.me.mailboxSettings.get'],
  ['GET', 'v1.0/me/events', 'graph.me.events.list'],
  ['GET', 'v1.0/me/events/*', 'graph.me.events.get'],
  ['GET', 'v1.0/me/calendarView/delta', 'graph.me.calendarView.delta'],
  ['GET', 'v1.0/me/mailFolders/*', 'graph.me.mailFolders.get'],
  ['GET', 'v1.0/me/mailFolders/*/messages', 'graph.me.mailFolders.messages.list'],
  ['GET', 'v1.0/me/mailFolders/*/messages/delta', 'graph.me.mailFolders.messages.delta'],
  ['POST', 'v1.0/me/messages', 'graph.me.messages.create'],
  ['GET', 'v1.0/me/messages/*', 'graph.me.messages.get'],
  ['PATCH', 'v1.0/me/messages/*', 'graph.me.messages.update'],
  ['DELETE', 'v1.0/me/messages/*', 'graph.me.messages.delete'],
  ['POST', 'v1.0/me/messages/*/send', 'graph.me.messages.send'],
  ['GET', 'v1.0/me/messages/*/$value', 'graph.me.messages.value'],
  ['POST', 'v1.0/subscriptions', 'graph.subscriptions.create'],
  ['PATCH', 'v1.0/subscriptions/*', 'graph.subscriptions.update'],
  ['DELETE', 'v1.0/subscriptions/*', 'graph.subscriptions.delete'],
];

const split = (path: string) => path.split('/').filter(Boolean);

const compiled = (routes: readonly Route[]) =>
  routes.map(([method, path, name]) => ({ method, segments: split(path), name }));

const TABLES = {
  google: { routes: compiled(GOOGLE), other: 'google.other' },
  microsoft: { routes: compiled(GRAPH), other: 'graph.other' },
};

/**
 * Whether the path ends with the route's segments: a configured base URL (a proxy, the
 * emulators in tests) may put a prefix in front of the API's own path.
 */
function endsWith(path: string[], route: string[]): boolean {
  if (path.length < route.length) return false;
  const tail = path.slice(path.length - route.length);
  return route.every((s, i) => s === '*' || s === tail[i]);
}

function pathOf(url: string): string[] {
  try {
    return split(new URL(url, 'http://relative.invalid').pathname);
  } catch {
    return [];
  }
}

/** The endpoint name of `method url` at `provider`. */
export function providerEndpoint(provider: 'google' | 'microsoft', method: string, url: string): string {
  const table = TABLES[provider];
  const path = pathOf(url);
  const verb = method.toUpperCase();
  const route = table.routes.find((r) => r.method === verb && endsWith(path, r.segments));
  return route?.name ?? table.other;
}
