/**
 * The scopes agendum needs from Google and the check that a grant holds them. Google's
 * granular consent lets the rep untick scopes on the consent screen: the token response
 * then lists only what was ticked, and every call that needs a missing scope answers 403
 * insufficientPermissions. Checking at connect turns that into one clear message instead
 * of steps failing one by one later.
 */
import { AppError } from '../../errors.js';

const AUTH = 'https://www.googleapis.com/auth/';

/**
 * The least scopes that work (README "Connect Google Workspace" explains each):
 * read events and watch them; create drafts and send (restricted); read replies (restricted).
 */
export const GOOGLE_SCOPES = [
  `${AUTH}calendar.events.readonly`,
  `${AUTH}gmail.compose`,
  `${AUTH}gmail.readonly`,
];

/**
 * Broader scopes that also allow what a required scope allows (the `scopes` lists of the
 * methods we call, in the discovery documents). A rep whose earlier grant was broader gets
 * it back through include_granted_scopes; that grant is enough and must not be refused.
 */
const ALSO_SATISFIED_BY: Record<string, string[]> = {
  [`${AUTH}calendar.events.readonly`]: [
    `${AUTH}calendar.events`,
    `${AUTH}calendar.readonly`,
    `${AUTH}calendar`,
  ],
  [`${AUTH}gmail.compose`]: [`${AUTH}gmail.modify`, 'https://mail.google.com/'],
  [`${AUTH}gmail.readonly`]: [`${AUTH}gmail.modify`, 'https://mail.google.com/'],
};

/** `https://www.googleapis.com/auth/gmail.compose` → `gmail.compose`, for messages. */
export function shortScope(scope: string): string {
  return scope.startsWith(AUTH) ? scope.slice(AUTH.length) : scope;
}

/**
 * The required scopes a space-delimited `scope` string (a token response's) does not
 * cover. Undefined `granted` means Google did not say, so nothing is known to be missing.
 */
export function missingScopes(granted: string | null | undefined): string[] {
  if (granted === undefined || granted === null) return [];
  const have = new Set(granted.split(/\s+/).filter(Boolean));
  return GOOGLE_SCOPES.filter(
    (scope) => !have.has(scope) && !(ALSO_SATISFIED_BY[scope] ?? []).some((s) => have.has(s)),
  );
}

/** Refuses a connect whose consent left out scopes agendum needs, naming them. */
export function requireGrantedScopes(granted: string | null | undefined): void {
  const missing = missingScopes(granted);
  if (missing.length === 0) return;
  throw new AppError(
    'bad_request',
    `Google did not grant agendum every permission it needs (missing: ${missing.map(shortScope).join(', ')}): reconnect at /oauth/google/start and tick every box on the consent screen.`,
  );
}

/**
 * The error for a call Google refused with 403 insufficientPermissions: only the rep can
 * fix it, so it pauses the connection's steps (needs_reauth) and says what to do. `granted`
 * is the client's token scope, to name what is missing; without it the call is named.
 * `tokensFingerprint` names the stored token set that lacks them.
 */
export function insufficientScopeError(
  connectionId: string,
  granted: string | null | undefined,
  what: string,
  cause: unknown,
  tokensFingerprint?: string,
): AppError {
  const missing = missingScopes(granted).map(shortScope);
  const which =
    missing.length > 0 ? `missing: ${missing.join(', ')}` : `${what} needs one that was not granted`;
  return new AppError(
    'needs_reauth',
    `Google has not granted agendum every permission it needs (${which}): reconnect at /oauth/google/start and allow all of them.`,
    { cause, details: { connectionId, ...(tokensFingerprint ? { tokensFingerprint } : {}) } },
  );
}
