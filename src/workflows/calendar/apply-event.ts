/**
 * Mirrors one calendar event into a Meeting: classify it, resolve its point, store both
 * with their reasons, then hand over to planning. Re-seeing an unchanged event is a no-op,
 * so a full resync duplicates nothing.
 */

import { createHash } from 'node:crypto';
import { companyFromDomain } from '../../compose/names.js';
import type { AppContext } from '../../context.js';
import { classifyMeeting } from '../../domain/classify-meeting.js';
import { emailLanguageFor } from '../../domain/email-language.js';
import { describeMeetingChange, type MeetingChangeKind } from '../../domain/meeting-changes.js';
import { mergeRepEdits } from '../../domain/merge-rep-edits.js';
import { resolvePoint } from '../../domain/resolve-point.js';
import type { CalendarAttendee, CalendarEvent, RepProfile } from '../../domain/types.js';
import type { ProviderCalendarEvent } from '../../providers/types.js';
import { findCarriedNextStep } from './find-carried-next-step.js';
import { placeInRepZone } from './place-in-rep-zone.js';
import { planMeeting } from './plan-meeting.js';

/**
 * `contentHash` while a change is stored but not yet fully planned. Planning talks to the
 * mail provider (retracting or refreshing drafts) and may fail; the next sync then sees
 * this marker instead of the final hash and plans the same change again.
 */
export const UNPLANNED = 'unplanned:';

/** The change a previous, interrupted apply left to plan, if any. */
function unfinishedChange(prev: { contentHash: string } | null): MeetingChangeKind | null {
  return prev?.contentHash.startsWith(UNPLANNED)
    ? (prev.contentHash.slice(UNPLANNED.length) as MeetingChangeKind)
    : null;
}

/**
 * A meeting's `contentHash` once an event is applied: a hash of every provider field we
 * store, so an unchanged hash means nothing to do.
 */
export function meetingContentHash(e: CalendarEvent): string {
  return createHash('sha256').update(JSON.stringify(e)).digest('hex');
}

async function upsertAccount(
  ctx: AppContext,
  domain: string,
  prospects: CalendarAttendee[],
): Promise<{ id: string; language: string | null }> {
  const account = await ctx.db.account.upsert({
    where: { domain },
    create: { domain, name: companyFromDomain(domain) },
    update: {},
  });
  for (const p of prospects) {
    const email = p.email.toLowerCase();
    const pDomain = email.split('@')[1] ?? domain;
    const acc =
      pDomain === domain
        ? account
        : await ctx.db.account.upsert({
            where: { domain: pDomain },
            create: { domain: pDomain, name: companyFromDomain(pDomain) },
            update: {},
          });
    await ctx.db.contact.upsert({
      where: { email },
      create: { email, name: p.name ?? null, accountId: acc.id },
      update: p.name ? { name: p.name } : {},
    });
  }
  return account;
}

/** What applying an event did, and whether its meeting is a prospect meeting (for progress counts). */
export interface AppliedEvent {
  change: 'created' | 'updated' | 'unchanged';
  isProspect: boolean;
}

/** Applies one event for a rep's connection; returns what happened. */
export async function applyCalendarEvent(
  ctx: AppContext,
  /** `language`: the rep's, for the playbook the point is read from when the account has none. */
  rep: { id: string; language: string } & RepProfile,
  connectionId: string,
  listed: ProviderCalendarEvent,
  /**
   * `reapply`: the rep's settings changed (workflows/settings/replan-after-settings.ts), so
   * the stored event is classified and planned again; the provider's hash is kept, so the
   * next sync of the unchanged event is still a no-op.
   */
  opts: { reapply?: boolean } = {},
): Promise<AppliedEvent> {
  const { event, warnings } = placeInRepZone(listed, rep.timeZone);
  const key = { connectionId_providerEventId: { connectionId, providerEventId: event.id } };
  const prev = await ctx.db.meeting.findUnique({ where: key });
  // The hash is of the event as listed, which is what the sync compares it with.
  const keep = opts.reapply && prev && !prev.contentHash.startsWith(UNPLANNED);
  const hash = keep ? prev.contentHash : meetingContentHash(listed);
  if (!opts.reapply && prev && prev.contentHash === hash)
    return { change: 'unchanged', isProspect: prev.isProspect };

  const decision = classifyMeeting(event, rep);
  const account =
    decision.isProspect && decision.accountDomain
      ? await upsertAccount(ctx, decision.accountDomain, decision.prospects)
      : null;
  const accountId = account?.id ?? null;
  const carried = accountId ? await findCarriedNextStep(ctx.db, accountId, event.start, prev?.id) : null;
  // The point is stated in the language the agenda will be written in.
  const language = emailLanguageFor(account, rep);
  const { stage, point: resolved } = resolvePoint({
    event,
    playbook: ctx.templates.playbookFor(language),
    carried,
    language,
  });
  const point = mergeRepEdits(resolved, prev);

  const data = {
    repId: rep.id,
    accountId,
    iCalUid: event.iCalUid ?? null,
    calendar: event.calendar ?? null,
    title: event.title,
    description: event.description,
    location: event.location ?? null,
    conferenceUrl: event.conferenceUrl ?? null,
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    isAllDay: event.isAllDay,
    organizerEmail: event.organizerEmail ?? null,
    attendees: event.attendees as object[],
    status: event.status,
    repResponse:
      event.attendees.find((a) => a.email.toLowerCase() === rep.email.toLowerCase())?.response ?? null,
    isProspect: decision.isProspect,
    reason: decision.reason,
    stage: decision.isProspect ? stage : null,
    purpose: point.purpose,
    desiredOutcome: point.outcome,
    agendaItems: point.agenda,
    pointSource: point.source as object,
    warnings,
  };
  const seen = describeMeetingChange(
    prev ? { ...prev, attendees: prev.attendees as unknown as CalendarAttendee[] } : null,
    { ...event },
  ).kind;
  const change = seen === 'unchanged' ? (unfinishedChange(prev) ?? seen) : seen;
  if (!prev && !decision.isProspect) {
    // A meeting never seen before that is not a prospect's has nothing planned, nothing to
    // retract and nothing to plan: stored as done in one write (most of a first sync).
    await ctx.db.meeting.create({
      data: { ...data, contentHash: hash, connectionId, providerEventId: event.id },
    });
    return { change: 'created', isProspect: false };
  }
  const pending = {
    ...data,
    contentHash: `${UNPLANNED}${change}`,
    // Analytics tells a meeting that took place as planned from one the calendar moved.
    ...(seen === 'moved' ? { movedAt: ctx.clock() } : {}),
  };
  const meeting = await ctx.db.meeting.upsert({
    where: key,
    create: { ...pending, connectionId, providerEventId: event.id },
    update: pending,
  });
  await planMeeting(ctx, meeting.id, change);
  await ctx.db.meeting.update({ where: { id: meeting.id }, data: { contentHash: hash } });
  return { change: prev ? 'updated' : 'created', isProspect: decision.isProspect };
}
