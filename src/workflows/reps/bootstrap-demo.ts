/**
 * The embedded default's demo: one rep on the local provider whose calendar folder is
 * filled from examples/demo with dates relative to now, so a newcomer sees prospect
 * meetings, agenda drafts and approvals within seconds of `npm start`.
 */
import type { AppContext } from '../../context.js';
import { seedDemoCalendar } from '../../demo/seed-demo-calendar.js';
import { localCalendarDir } from '../../providers/local-paths.js';
import { createRep } from './create-rep.js';

export const DEMO_REP = {
  email: 'demo.rep@northwind.example',
  name: 'Dana Whitfield',
  timeZone: 'America/New_York',
  orgDomains: ['northwind.example'],
  signature: 'Dana Whitfield\nAccount Executive, Northwind',
};

// The demo drafts every upcoming meeting at once, so a newcomer sees approvals waiting
// right after start instead of a day before each meeting.
const DEMO_LEAD_MINUTES = 14 * 24 * 60;

/** Creates the demo rep and its local connection if missing, and (re)seeds its calendar when stale. */
export async function bootstrapDemo(ctx: AppContext): Promise<{ connectionId: string; seeded: boolean }> {
  const rep =
    (await ctx.db.rep.findUnique({ where: { email: DEMO_REP.email } })) ??
    (await createRep(ctx, { ...DEMO_REP, agendaLeadMinutes: DEMO_LEAD_MINUTES, admin: 'never' }));
  const conn = await ctx.db.connection.upsert({
    where: { repId_provider: { repId: rep.id, provider: 'local' } },
    create: { repId: rep.id, provider: 'local' },
    update: {},
  });
  const { seeded, events } = await seedDemoCalendar({
    examplesDir: `${ctx.config.examplesDir}/demo`,
    targetDir: localCalendarDir(ctx.config.dataDir, rep.email),
    now: ctx.clock(),
  });
  if (seeded) ctx.log.info('demo calendar seeded', { rep: rep.email, events });
  return { connectionId: conn.id, seeded };
}
