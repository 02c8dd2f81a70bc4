/**
 * The googleapis clients of one connection. `rootUrl` is set per API client because
 * `google.options()` does not carry it into the request URL (googleapis#1921, docs/providers.md
 * §2.1), and gaxios' own retry is off (`retry: false`): it never retries POST, ignores
 * 403 rate limits and Retry-After, so the retry policy is ours (retry.ts).
 */
import type { OAuth2Client } from 'google-auth-library';
// The two APIs from inside the googleapis package, not its index: the index loads every
// Google API there is (about 110 MB of RSS here), these two about 20.
import { calendar, type calendar_v3 } from 'googleapis/build/src/apis/calendar/index.js';
import { gmail, type gmail_v1 } from 'googleapis/build/src/apis/gmail/index.js';
import type { GoogleConfig } from './google-auth.js';

export interface GoogleClients {
  calendar: calendar_v3.Calendar;
  gmail: gmail_v1.Gmail;
}

/** Per-request timeout for reads; sends get their own (shorter) one. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

/** Builds the Calendar and Gmail clients for an authenticated OAuth2Client. */
export function createGoogleClients(
  auth: OAuth2Client,
  settings: GoogleConfig,
  timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
): GoogleClients {
  const options = {
    auth,
    retry: false,
    // A hung read would hold the connection's serial sync forever; sends set their own.
    timeout: timeoutMs,
    ...(settings.apiBaseUrl ? { rootUrl: `${settings.apiBaseUrl}/` } : {}),
  };
  return {
    calendar: calendar({ version: 'v3', ...options }),
    gmail: gmail({ version: 'v1', ...options }),
  };
}
