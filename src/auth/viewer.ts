/** Who is asking: the signed-in rep (or the rep an API key belongs to) and what they may see. */
import type { Config } from '../config.js';

export interface Viewer {
  repId: string;
  email: string;
  name: string;
  /** Sees and acts on every rep's data. */
  isAdmin: boolean;
  /** A browser session (forms need its CSRF token) or an API key (no cookies, no CSRF). */
  via: 'session' | 'api_key';
  /** The session's synchronizer token; absent for API keys. */
  csrfToken?: string;
  /** The session row id, for logout. */
  sessionId?: string;
}

/** An admin is a rep flagged so (the first rep of an install) or listed in AGENDUM_ADMINS. */
export function isAdminRep(rep: { email: string; isAdmin: boolean }, config: Config): boolean {
  return rep.isAdmin || config.auth.admins.includes(rep.email.toLowerCase());
}
