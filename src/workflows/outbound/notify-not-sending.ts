/**
 * Tells a rep, once, that agendum stopped mailing someone (bounces, opted out), naming the
 * meetings whose waiting emails were held back. Sent like every notice: to the rep's own
 * inbox, no approval (send-to-rep.ts). Logs ids only, never the address.
 */

import {
  composeNotSendingNotice,
  type NotSendingNoticeInput,
} from '../../compose/compose-not-sending-notice.js';
import type { AppContext } from '../../context.js';
import { DEFAULT_LANGUAGE } from '../../domain/languages.js';
import { dashboardUrl } from '../../messages/links.js';
import { sendToRep } from './send-to-rep.js';
import type { Withdrawn } from './withdraw-blocked.js';

export type NotSendingNotice = Pick<NotSendingNoticeInput, 'person' | 'why' | 'via' | 'replyText'> & {
  repId: string;
  /** The meeting the notice belongs to on the dashboard, when there is one. */
  meetingId: string | null;
  /** Everything withdrawn; only this rep's messages are named. */
  withdrawn: Withdrawn[];
};

/** Queues the notice; returns its Message id. */
export async function notifyNotSending(ctx: AppContext, notice: NotSendingNotice): Promise<string> {
  const rep = await ctx.db.rep.findUniqueOrThrow({ where: { id: notice.repId } });
  const meetingIds = [
    ...new Set(
      notice.withdrawn.filter((w) => w.repId === rep.id && w.meetingId).map((w) => w.meetingId as string),
    ),
  ];
  const meetings = await ctx.db.meeting.findMany({
    where: { id: { in: meetingIds }, repId: rep.id },
    orderBy: { start: 'asc' },
    select: { title: true, start: true, timeZone: true },
  });
  const email = composeNotSendingNotice(ctx.templates.forLanguage(DEFAULT_LANGUAGE), {
    rep: { name: rep.name, email: rep.email, timeZone: rep.timeZone },
    person: notice.person,
    why: notice.why,
    via: notice.via,
    replyText: notice.replyText,
    withheld: meetings,
    dashboardUrl: dashboardUrl(ctx),
  });
  const id = await sendToRep(ctx, {
    repId: rep.id,
    meetingId: notice.meetingId ?? meetingIds[0] ?? null,
    kind: 'rep_notice',
    email,
  });
  ctx.log.info('rep told agendum stopped mailing someone', {
    rep: rep.id,
    why: notice.why,
    held: meetings.length,
  });
  return id;
}
