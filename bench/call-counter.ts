/**
 * Provider calls per Google user: the emulator counts requests per route; this also says
 * whose they were, by wrapping its bearer-token check (every Calendar and Gmail request goes
 * through it once). Token refreshes carry no bearer token and are counted per route only.
 */
import type { GoogleEmulator } from '../test/emulators/google/google-emulator.js';

export interface CallCounter {
  /** API requests (Calendar and Gmail) of `email` so far, by route. */
  of(email: string): Record<string, number>;
  /** Sum of `of(email)`. */
  total(email: string): number;
  /** Every API request so far, all users, by route. */
  all(): Record<string, number>;
}

/** Starts counting on `emu` (only requests from now on are counted). */
export function countCallsPerUser(emu: GoogleEmulator): CallCounter {
  const byUser = new Map<string, Record<string, number>>();
  const authenticate = emu.oauth.authenticate.bind(emu.oauth);
  emu.oauth.authenticate = (req, route, accepted) => {
    const user = authenticate(req, route, accepted);
    const counts = byUser.get(user) ?? {};
    counts[route] = (counts[route] ?? 0) + 1;
    byUser.set(user, counts);
    return user;
  };
  const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  return {
    of: (email) => ({ ...byUser.get(email.toLowerCase()) }),
    total: (email) => sum(byUser.get(email.toLowerCase()) ?? {}),
    all() {
      const out: Record<string, number> = {};
      for (const counts of byUser.values())
        for (const [route, n] of Object.entries(counts)) out[route] = (out[route] ?? 0) + n;
      return out;
    },
  };
}
