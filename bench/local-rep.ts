/** A rep on the local provider for the benches, made the way `agendum rep add` makes one. */
import { mkdir } from 'node:fs/promises';
import type { AppContext } from '../src/context.js';
import { localCalendarDir } from '../src/providers/local-paths.js';
import { createRep } from '../src/workflows/reps/create-rep.js';

/** Creates the rep and its local connection; returns the connection and the calendar folder. */
export async function addLocalRep(
  ctx: AppContext,
  email: string,
): Promise<{ connectionId: string; calendarDir: string }> {
  const rep = await createRep(ctx, {
    email,
    name: 'Bench Rep',
    timeZone: 'America/New_York',
    orgDomains: ['northwind.example'],
  });
  const conn = await ctx.db.connection.create({ data: { repId: rep.id, provider: 'local' } });
  const calendarDir = localCalendarDir(ctx.config.dataDir, email);
  await mkdir(calendarDir, { recursive: true });
  return { connectionId: conn.id, calendarDir };
}
