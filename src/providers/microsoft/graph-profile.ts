/**
 * Who signed in, read with the access token just obtained: the address from `/me`, proof
 * that it has an Exchange Online mailbox, and the rep's zone from `/me/mailboxSettings` (a
 * Windows name, mapped to IANA). Reading mailbox settings needs MailboxSettings.Read, which
 * agendum does not ask for: when the tenant has not granted it the zone of the meetings the
 * rep organizes is used, and failing that none (UTC).
 */

import { ianaZoneFor } from '../../domain/time-zones.js';
import { AppError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { createGraphCall, createGraphClient, type GraphCall } from './graph-client.js';
import { graphCode, graphStatus } from './graph-errors.js';

/** The signed-in user as agendum needs them. */
export interface GraphProfile {
  email: string;
  name?: string;
  timeZone?: string;
}

/**
 * Graph's answers for a user without a usable Exchange Online mailbox: no mailbox licence,
 * soft-deleted, on-premises only (404 `MailboxNotEnabledForRESTAPI` or
 * `MailboxNotSupportedForRESTAPI`, "The mailbox is either inactive, soft-deleted, or is
 * hosted on-premise."), or a mailbox without the folder (404 on the inbox).
 */
const NO_MAILBOX_CODES = new Set(['mailboxnotenabledforrestapi', 'mailboxnotsupportedforrestapi']);
const FOLDER_NOT_FOUND_CODES = new Set(['resourcenotfound', 'erroritemnotfound']);

/**
 * Proves `email` is backed by an Exchange Online mailbox, with the cheapest mailbox call.
 * This is also what makes the address trustworthy: `mail` of a user without a mailbox is
 * whatever that tenant's admin typed (the "nOAuth" pattern), so with MICROSOFT_TENANT=common
 * another tenant could claim a rep's address; a mailbox's primary address is in a domain its
 * tenant verified.
 */
async function requireMailbox(call: GraphCall, email: string): Promise<void> {
  try {
    await call('Graph mailbox check', (c) => c.api('/me/mailFolders/inbox').select('id').get());
  } catch (err) {
    const code = graphCode(err)?.toLowerCase() ?? '';
    const folderMissing = graphStatus(err) === 404 && FOLDER_NOT_FOUND_CODES.has(code);
    if (!NO_MAILBOX_CODES.has(code) && !folderMissing) throw err;
    throw new AppError(
      'bad_request',
      `${email} has no Exchange Online mailbox; agendum sends and reads mail from the rep's own mailbox, so connect an account that has one.`,
      { cause: err },
    );
  }
}

/**
 * The zone the rep schedules their own meetings in (the most common one among the events
 * they organize), for tenants that did not grant MailboxSettings.Read; needs only
 * Calendars.Read.
 */
async function zoneOfOrganizedEvents(call: GraphCall): Promise<string | undefined> {
  const page: { value?: { isOrganizer?: boolean; originalStartTimeZone?: string | null }[] } = await call(
    'Graph recent events',
    (c) =>
      c
        .api('/me/events')
        .select('isOrganizer,originalStartTimeZone')
        .orderby('lastModifiedDateTime desc')
        .top(50)
        .get(),
  );
  const counts = new Map<string, number>();
  for (const e of page.value ?? []) {
    const zone = e.isOrganizer ? ianaZoneFor(e.originalStartTimeZone ?? undefined) : undefined;
    if (zone && zone !== 'UTC') counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

async function readTimeZone(call: GraphCall, email: string, log?: Logger): Promise<string | undefined> {
  try {
    const settings: { timeZone?: string } = await call('Graph mailbox settings', (c) =>
      c.api('/me/mailboxSettings').select('timeZone').get(),
    );
    return ianaZoneFor(settings.timeZone);
  } catch (err) {
    if (graphStatus(err) !== 403) throw err;
    const timeZone = await zoneOfOrganizedEvents(call);
    log?.info(
      'mailbox time zone not readable (MailboxSettings.Read not granted); using the zone of organized meetings',
      { rep: email, found: Boolean(timeZone) },
    );
    return timeZone;
  }
}

/**
 * Reads who signed in; refuses (AppError `bad_request`) an account without an Exchange
 * Online mailbox before anything is stored.
 */
export async function readProfile(
  graphBaseUrl: string,
  accessToken: string,
  log?: Logger,
): Promise<GraphProfile> {
  const fixed = async () => accessToken;
  const tokens = { getAccessToken: fixed, recentAccessToken: fixed, invalidate() {} };
  const call = createGraphCall({ client: createGraphClient({ graphBaseUrl, tokens }), tokens });
  const me: { mail?: string | null; userPrincipalName?: string | null; displayName?: string | null } =
    await call('Graph profile', (c) => c.api('/me').select('mail,userPrincipalName,displayName').get());
  const email = (me.mail || me.userPrincipalName || '').trim().toLowerCase();
  if (!email) throw new AppError('bad_request', 'Microsoft did not tell which mailbox signed in.');
  await requireMailbox(call, email);
  const timeZone = await readTimeZone(call, email, log);
  return { email, ...(me.displayName ? { name: me.displayName } : {}), ...(timeZone ? { timeZone } : {}) };
}
