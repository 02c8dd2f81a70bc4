/**
 * The one way a rep comes to exist (demo, sign-in, `agendum connect`, `agendum rep add`):
 * the configured defaults, and the first rep of an install is its admin, so a fresh
 * install always has someone who can see everything (the demo rep never counts).
 */
import type { AppContext } from '../../context.js';
import type { Rep } from '../../db/types.js';

export interface NewRep {
  email: string;
  name: string;
  timeZone: string;
  orgDomains: string[];
  signature?: string;
  agendaLeadMinutes?: number;
  /**
   * 'first': admin when it is the install's first rep (real reps). 'never': the demo rep,
   * whose sign-in link `npm start` prints — it must not become the admin of a real team.
   */
  admin?: 'first' | 'never';
}

/** Creates a rep with the configured defaults; it is the admin while the install has none. */
export async function createRep(ctx: Pick<AppContext, 'db' | 'config'>, rep: NewRep): Promise<Rep> {
  const d = ctx.config.repDefaults;
  const first = rep.admin !== 'never' && (await ctx.db.rep.count({ where: { isAdmin: true } })) === 0;
  return ctx.db.rep.create({
    data: {
      email: rep.email.trim().toLowerCase(),
      name: rep.name,
      timeZone: rep.timeZone,
      orgDomains: rep.orgDomains.map((o) => o.toLowerCase()),
      approvalMode: d.approvalMode,
      agendaLeadMinutes: rep.agendaLeadMinutes ?? d.agendaLeadMinutes,
      businessHours: d.businessHours,
      recapDelayMinutes: d.recapDelayMinutes,
      maxExternalAttendees: d.maxExternalAttendees,
      unconfirmedNudgeMinutes: d.unconfirmedNudgeMinutes,
      ignoreRules: [],
      signature: rep.signature ?? rep.name,
      isAdmin: first,
    },
  });
}
