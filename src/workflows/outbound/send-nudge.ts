/**
 * The one way a nudge reaches the rep: it names who the meeting is with and when (in the
 * rep's zone), links the meeting on the dashboard, and goes out like every email to the rep.
 */

import { composeNudge, type NudgeInput } from '../../compose/compose-nudge.js';
import type { AppContext } from '../../context.js';
import { DEFAULT_LANGUAGE } from '../../domain/languages.js';
import { meetingUrl } from '../../messages/links.js';
import { agendaRecipients, type loadMeetingForCompose } from './compose-meeting-agenda.js';
import { sendToRep } from './send-to-rep.js';

type NudgedMeeting = Awaited<ReturnType<typeof loadMeetingForCompose>>;

/** What a nudge says beyond the meeting: its kind and that kind's own parts. */
export type NudgeContent = Pick<NudgeInput, 'kind' | 'detail' | 'approveUrl' | 'inDrafts' | 'actions'>;

/** Emails the rep a nudge about the meeting; `subjectMessageId` is the draft it is about, if any. */
export async function sendNudge(
  ctx: AppContext,
  meeting: NudgedMeeting,
  content: NudgeContent,
  subjectMessageId?: string,
): Promise<string> {
  const prospects = await agendaRecipients(ctx, meeting);
  return sendToRep(ctx, {
    repId: meeting.repId,
    meetingId: meeting.id,
    kind: 'nudge',
    subjectMessageId,
    email: composeNudge(ctx.templates.forLanguage(DEFAULT_LANGUAGE), {
      ...content,
      rep: { name: meeting.rep.name, email: meeting.rep.email, timeZone: meeting.rep.timeZone },
      meeting: { title: meeting.title, start: meeting.start, timeZone: meeting.timeZone },
      prospects: prospects.map((p) => ({ email: p.email, name: p.name })),
      accountName: meeting.account?.name,
      meetingUrl: meetingUrl(ctx, meeting.id),
      now: ctx.clock(),
    }),
  });
}
