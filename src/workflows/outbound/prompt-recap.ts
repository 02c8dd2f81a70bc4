/**
 * The `recap_prompt` step: after a prospect meeting ends, ask the rep what was agreed and
 * the next step — an email to their inbox linking to the outcome form (`/a/:token`), which
 * they can also answer by reply ("Agreed: … / Next step: … / By: …").
 */

import { composeRecapPrompt } from '../../compose/compose-recap-prompt.js';
import type { AppContext } from '../../context.js';
import { DEFAULT_LANGUAGE } from '../../domain/languages.js';
import type { StepResult } from '../../jobs/step-kinds.js';
import { recordOutcomeUrl } from '../../messages/links.js';
import { agendaRecipients, loadMeetingForCompose } from './compose-meeting-agenda.js';
import { expireUnapprovedAgendas } from './expire-approval.js';
import { sendToRep } from './send-to-rep.js';

/** Runs the step. */
export async function promptRecap(ctx: AppContext, meetingId: string): Promise<StepResult> {
  const meeting = await loadMeetingForCompose(ctx, meetingId);
  // The meeting is over: an agenda still waiting for approval will never be sent.
  await expireUnapprovedAgendas(ctx, meetingId);
  if (!meeting.isProspect || meeting.status === 'cancelled')
    return { outcome: 'skipped', detail: 'not a held prospect meeting' };
  if (meeting.pointStatus === 'declined')
    return { outcome: 'skipped', detail: 'the prospect declined the meeting' };
  if (await ctx.db.outcome.findUnique({ where: { meetingId } }))
    return { outcome: 'skipped', detail: 'outcome already recorded' };
  const prospects = await agendaRecipients(ctx, meeting);
  const email = composeRecapPrompt(ctx.templates.forLanguage(DEFAULT_LANGUAGE), {
    rep: { name: meeting.rep.name, email: meeting.rep.email, timeZone: meeting.rep.timeZone },
    meeting: { title: meeting.title, start: meeting.start, end: meeting.end, timeZone: meeting.timeZone },
    prospects: prospects.map((p) => ({ email: p.email, name: p.name })),
    point: { purpose: meeting.purpose ?? '', outcome: meeting.desiredOutcome ?? '' },
    recordUrl: recordOutcomeUrl(ctx, meetingId),
  });
  await sendToRep(ctx, { repId: meeting.repId, meetingId, kind: 'recap_prompt', email });
  return { outcome: 'done', detail: 'recap prompt sent to the rep' };
}
