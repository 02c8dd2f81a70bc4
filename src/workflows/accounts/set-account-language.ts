/**
 * Sets the language an account's prospects get email in (null: each rep's own), then
 * applies the account's meetings that have not started again, as a settings change does
 * (replan-after-settings.ts): their point is read from the new language's playbook (the
 * rep's edits kept) and their unsent drafts follow. What was already sent stays as it was.
 */
import type { AppContext } from '../../context.js';
import type { Language } from '../../domain/languages.js';
import { applyCalendarEvent } from '../calendar/apply-event.js';
import { rewriteUnsentAgenda } from '../outbound/rewrite-unsent-agenda.js';
import { toRepProfile } from '../reps/rep-profile.js';
import { storedEvent } from '../settings/replan-after-settings.js';

/** Saves the account's language; returns how many of its meetings were applied again. */
export async function setAccountLanguage(
  ctx: AppContext,
  accountId: string,
  language: Language | null,
): Promise<number> {
  await ctx.db.account.update({ where: { id: accountId }, data: { language } });
  const meetings = await ctx.db.meeting.findMany({
    where: { accountId, start: { gt: ctx.clock() }, status: { not: 'cancelled' } },
    orderBy: { start: 'asc' },
    include: { rep: true },
  });
  for (const { rep, ...m } of meetings) {
    const profile = { id: rep.id, language: rep.language, ...toRepProfile(rep) };
    await applyCalendarEvent(ctx, profile, m.connectionId, storedEvent(m), { reapply: true });
    // The event did not change, so planning keeps its draft: write it again in the new language.
    await rewriteUnsentAgenda(ctx, m.id);
  }
  if (meetings.length > 0) {
    ctx.log.info('meetings re-planned after an account language change', {
      account: accountId,
      count: meetings.length,
    });
  }
  return meetings.length;
}
