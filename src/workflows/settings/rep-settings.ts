/** A rep's own settings: read from their row, saved (checked by domain/settings.ts) and put into effect. */
import type { AppContext } from '../../context.js';
import type { Settings } from '../../domain/settings.js';
import { AppError } from '../../errors.js';
import { replanAfterSettings } from './replan-after-settings.js';
import { rowOfSettings, settingsOfRow } from './settings-row.js';

/** The rep's settings; not_found when there is no such rep. */
export async function readRepSettings(ctx: Pick<AppContext, 'db'>, repId: string): Promise<Settings> {
  const rep = await ctx.db.rep.findUnique({ where: { id: repId } });
  if (!rep) throw new AppError('not_found', 'No such rep. Sign in again.');
  return settingsOfRow(rep);
}

/**
 * Saves the rep's settings and re-plans their meetings that have not started (new ignore
 * rules, lead time, business hours and zone apply to them at once); returns how many
 * meetings were re-planned.
 */
export async function saveRepSettings(ctx: AppContext, repId: string, settings: Settings): Promise<number> {
  const before = await ctx.db.rep.findUnique({ where: { id: repId }, select: { language: true } });
  await ctx.db.rep.update({ where: { id: repId }, data: rowOfSettings(settings) });
  return replanAfterSettings(ctx, repId, { languageChanged: before?.language !== settings.language });
}
