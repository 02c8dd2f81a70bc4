/**
 * Makes a rep's changed settings take effect on the meetings agendum already knows: each
 * future meeting is applied again as its calendar last reported it, so it is classified
 * with the new ignore rules and org domains and its unrun steps get due times from the new
 * lead time, business hours and zone. A meeting the rules now ignore has its unsent drafts
 * retracted ("not a prospect meeting") by planning, as when its calendar event changes.
 * What already ran (a drafted or sent agenda) stays as it is.
 */
import type { AppContext } from '../../context.js';
import type { CalendarAttendee } from '../../domain/types.js';
import type { ProviderCalendarEvent } from '../../providers/types.js';
import { applyCalendarEvent } from '../calendar/apply-event.js';
import { rewriteUnsentAgenda } from '../outbound/rewrite-unsent-agenda.js';
import { toRepProfile } from '../reps/rep-profile.js';

type MeetingRow = Awaited<ReturnType<AppContext['db']['meeting']['findMany']>>[number];

/** The event as it was stored when last applied (the provider's own fields only). */
export function storedEvent(m: MeetingRow): ProviderCalendarEvent {
  const event: ProviderCalendarEvent = {
    id: m.providerEventId,
    title: m.title,
    description: m.description,
    start: m.start,
    end: m.end,
    timeZone: m.timeZone,
    isAllDay: m.isAllDay,
    status: m.status as ProviderCalendarEvent['status'],
    attendees: m.attendees as unknown as CalendarAttendee[],
  };
  if (m.iCalUid) event.iCalUid = m.iCalUid;
  if (m.calendar) event.calendar = m.calendar;
  if (m.location) event.location = m.location;
  if (m.conferenceUrl) event.conferenceUrl = m.conferenceUrl;
  if (m.organizerEmail) event.organizerEmail = m.organizerEmail;
  const warnings = Array.isArray(m.warnings)
    ? (m.warnings as unknown[]).filter((w) => typeof w === 'string')
    : [];
  if (warnings.length > 0) event.warnings = warnings as string[];
  return event;
}

/**
 * Re-applies every meeting of the rep that has not started; returns how many. With
 * `languageChanged`, the unsent agendas of those whose account has no language of its own
 * are written again in the rep's new language.
 */
export async function replanAfterSettings(
  ctx: AppContext,
  repId: string,
  opts: { languageChanged?: boolean } = {},
): Promise<number> {
  const rep = await ctx.db.rep.findUniqueOrThrow({ where: { id: repId } });
  const profile = { id: rep.id, language: rep.language, ...toRepProfile(rep) };
  const meetings = await ctx.db.meeting.findMany({
    where: { repId, start: { gt: ctx.clock() }, status: { not: 'cancelled' } },
    orderBy: { start: 'asc' },
    include: { account: { select: { language: true } } },
  });
  for (const { account, ...m } of meetings) {
    await applyCalendarEvent(ctx, profile, m.connectionId, storedEvent(m), { reapply: true });
    if (opts.languageChanged && !account?.language) await rewriteUnsentAgenda(ctx, m.id);
  }
  if (meetings.length > 0)
    ctx.log.info('meetings re-planned after a settings change', { rep: repId, count: meetings.length });
  return meetings.length;
}
