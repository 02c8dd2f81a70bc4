/**
 * A save reloads the templates of the instance that served it; on PostgreSQL other
 * instances run too (web and worker apart, or several of each), and each checks once a
 * minute whether a version was saved elsewhere and reloads then. On SQLite there is one
 * process, so nothing needs following.
 */
import type { AppContext } from '../../context.js';
import { errorMessage } from '../../errors.js';

/** How often another instance's save is looked for: drafts are written minutes to hours ahead. */
const RECHECK_MS = 60_000;

/** Reloads the saved versions and the library when the database holds newer ones; true when it did. */
export async function reloadIfChanged(
  ctx: Pick<AppContext, 'storedTemplates' | 'templates'>,
): Promise<boolean> {
  if (!(await ctx.storedTemplates.changed())) return false;
  await ctx.storedTemplates.load();
  await ctx.templates.reload();
  return true;
}

/** Starts following other instances' saves (PostgreSQL's queue only); returns the stop function. */
export function followSavedTemplates(ctx: AppContext): () => void {
  if (ctx.jobs.engine !== 'graphile-worker') return () => {};
  return ctx.timers.every(RECHECK_MS, async () => {
    try {
      if (await reloadIfChanged(ctx)) ctx.log.info('templates reloaded: a version was saved elsewhere');
    } catch (err) {
      // A broken saved version cannot exist (a save checks it), so this is the database: try next time.
      ctx.log.warn('saved templates not rechecked', { error: errorMessage(err) });
    }
  });
}
