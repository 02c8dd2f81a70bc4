/**
 * The team's defaults: one TeamSettings row. The first read of an install seeds it from the
 * DEFAULT_* environment variables (config.repDefaults), so those are the defaults of a fresh
 * install; after that the row wins and the variables are not read for it again.
 */
import type { AppContext } from '../../context.js';
import { NO_IGNORE_RULES } from '../../domain/ignore-rules.js';
import { DEFAULT_LANGUAGE } from '../../domain/languages.js';
import type { Settings } from '../../domain/settings.js';
import { replanAfterSettings } from './replan-after-settings.js';
import { rowOfSettings, settingsOfRow, teamPolicyOf } from './settings-row.js';

const ID = 'team';

function seedFrom(config: AppContext['config']): Settings {
  const d = config.repDefaults;
  return {
    approvalMode: d.approvalMode,
    agendaLeadMinutes: d.agendaLeadMinutes,
    businessHours: d.businessHours,
    timeZone: 'UTC',
    recapDelayMinutes: d.recapDelayMinutes,
    unconfirmedNudgeMinutes: d.unconfirmedNudgeMinutes,
    signature: '',
    orgDomains: [],
    ignoreRules: NO_IGNORE_RULES,
    language: DEFAULT_LANGUAGE,
  };
}

/** The team's defaults, seeding the row from the environment the first time. */
export async function readTeamSettings(ctx: Pick<AppContext, 'db' | 'config'>): Promise<Settings> {
  const row = await ctx.db.teamSettings.findUnique({ where: { id: ID } });
  if (row) return settingsOfRow(row);
  const seed = rowOfSettings(seedFrom(ctx.config));
  try {
    return settingsOfRow(await ctx.db.teamSettings.create({ data: { id: ID, ...seed } }));
  } catch (err) {
    // Two first reads at once: the other one seeded it.
    if ((err as { code?: string }).code !== 'P2002') throw err;
    return settingsOfRow(await ctx.db.teamSettings.findUniqueOrThrow({ where: { id: ID } }));
  }
}

/**
 * Saves the team's defaults (checked by domain/settings.ts). New reps start from them;
 * with `applyToEveryRep`, every rep also takes the team's policy (approval mode, timing,
 * ignore rules, language; not their zone, domains or signature) and their meetings are
 * re-planned. Returns how many reps took them.
 */
export async function saveTeamSettings(
  ctx: AppContext,
  settings: Settings,
  applyToEveryRep: boolean,
): Promise<number> {
  await readTeamSettings(ctx);
  await ctx.db.teamSettings.update({ where: { id: ID }, data: rowOfSettings(settings) });
  if (!applyToEveryRep) return 0;
  const reps = await ctx.db.rep.findMany({ select: { id: true, language: true } });
  for (const rep of reps) {
    await ctx.db.rep.update({ where: { id: rep.id }, data: teamPolicyOf(settings) });
    await replanAfterSettings(ctx, rep.id, { languageChanged: rep.language !== settings.language });
  }
  return reps.length;
}
