/**
 * The one way a rep comes to exist (demo, sign-in, `agendum connect`, `agendum rep add`):
 * the team's defaults (TeamSettings, seeded from the environment), and the first rep of an install is its admin, so a fresh
 * install always has someone who can see everything (the demo rep never counts).
 */
import type { AppContext } from '../../context.js';
import type { Rep } from '../../db/types.js';
import { rowOfSettings } from '../settings/settings-row.js';
import { readTeamSettings } from '../settings/team-settings.js';

export interface NewRep {
  email: string;
  name: string;
  /** Left out when the account does not say: the team's default zone. */
  timeZone?: string;
  /** The rep's own domain(s); the team's org domains are added. */
  orgDomains: string[];
  signature?: string;
  agendaLeadMinutes?: number;
  /**
   * 'first': admin when it is the install's first rep (real reps). 'never': the demo rep,
   * whose sign-in link `npm start` prints — it must not become the admin of a real team.
   */
  admin?: 'first' | 'never';
}

/** Creates a rep with the team's defaults; it is the admin while the install has none. */
export async function createRep(ctx: Pick<AppContext, 'db' | 'config'>, rep: NewRep): Promise<Rep> {
  const team = await readTeamSettings(ctx);
  const first = rep.admin !== 'never' && (await ctx.db.rep.count({ where: { isAdmin: true } })) === 0;
  const own = rep.orgDomains.map((o) => o.toLowerCase());
  return ctx.db.rep.create({
    data: {
      ...rowOfSettings(team),
      email: rep.email.trim().toLowerCase(),
      name: rep.name,
      timeZone: rep.timeZone ?? team.timeZone,
      orgDomains: [...new Set([...own, ...team.orgDomains])],
      agendaLeadMinutes: rep.agendaLeadMinutes ?? team.agendaLeadMinutes,
      maxExternalAttendees: ctx.config.repDefaults.maxExternalAttendees,
      signature: rep.signature ?? (team.signature || rep.name),
      isAdmin: first,
    },
  });
}
