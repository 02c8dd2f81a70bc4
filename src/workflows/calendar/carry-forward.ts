/**
 * The next step agreed at a meeting becomes the point of the next meeting with the same
 * account: re-resolve the stage and point of later meetings exactly as a calendar sync would
 * (their own title and description first, the rep's edits kept) and refresh their unsent
 * agenda drafts.
 */

import { isDeepStrictEqual } from 'node:util';
import type { AppContext } from '../../context.js';
import type { Meeting } from '../../db/types.js';
import { emailLanguageFor } from '../../domain/email-language.js';
import { mergeRepEdits } from '../../domain/merge-rep-edits.js';
import { resolvePoint } from '../../domain/resolve-point.js';
import { refreshAgendaDraft } from '../outbound/refresh-agenda-draft.js';
import { findCarriedNextStep } from './find-carried-next-step.js';

/** Applies a meeting's recorded next step to the account's later meetings; returns how many changed. */
export async function carryForward(ctx: AppContext, meetingId: string): Promise<number> {
  const meeting = await ctx.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  if (!meeting.accountId) return 0;
  const later = await ctx.db.meeting.findMany({
    where: {
      accountId: meeting.accountId,
      start: { gt: meeting.start },
      isProspect: true,
      status: { not: 'cancelled' },
    },
    include: { account: { select: { language: true } }, rep: { select: { language: true } } },
  });
  let changed = 0;
  for (const next of later) {
    // Its agenda already went out: the prospect was asked to confirm that point, and the
    // page and the dashboard must keep showing what the email said.
    const stated = await ctx.db.message.count({
      where: { meetingId: next.id, kind: 'agenda', status: { in: ['sending', 'sent'] } },
    });
    if (stated > 0) continue;
    if (await carryInto(ctx, meeting.accountId, next)) changed++;
  }
  return changed;
}

/** Re-resolves one later meeting with the next step it now carries; true when its point changed. */
type Languages = { account: { language: string | null } | null; rep: { language: string } };

async function carryInto(ctx: AppContext, accountId: string, next: Meeting & Languages): Promise<boolean> {
  const carried = await findCarriedNextStep(ctx.db, accountId, next.start, next.id);
  const language = emailLanguageFor(next.account, next.rep);
  const { stage, point: resolved } = resolvePoint({
    event: next,
    playbook: ctx.templates.playbookFor(language),
    carried,
    language,
  });
  const point = mergeRepEdits(resolved, next);
  const data = {
    stage,
    purpose: point.purpose,
    desiredOutcome: point.outcome,
    agendaItems: point.agenda,
    pointSource: point.source,
  };
  const stored = {
    stage: next.stage,
    purpose: next.purpose,
    desiredOutcome: next.desiredOutcome,
    agendaItems: next.agendaItems,
    pointSource: next.pointSource,
  };
  if (isDeepStrictEqual(data, stored)) return false;
  await ctx.db.meeting.update({
    where: { id: next.id },
    data: { ...data, pointSource: point.source as object },
  });
  const draft = await ctx.db.message.findFirst({
    where: {
      meetingId: next.id,
      kind: 'agenda',
      status: { in: ['drafted', 'awaiting_approval', 'approved'] },
    },
  });
  if (draft) await refreshAgendaDraft(ctx, draft.id);
  return true;
}
