/** Emails to the rep themselves (notices, nudges, recap prompts): no approval, sent at once. */
import { newMessageId } from '../../compose/build-mime.js';
import type { ComposedEmail } from '../../compose/template-set.js';
import type { AppContext } from '../../context.js';
import { queueSend } from './route-draft.js';

/** Stores the email to the rep and queues its send; returns the Message row id. */
export async function sendToRep(
  ctx: AppContext,
  input: {
    repId: string;
    meetingId: string | null;
    kind: 'rep_notice' | 'nudge' | 'recap_prompt';
    email: ComposedEmail;
    subjectMessageId?: string;
  },
): Promise<string> {
  const rep = await ctx.db.rep.findUniqueOrThrow({ where: { id: input.repId } });
  const message = await ctx.db.message.create({
    data: {
      repId: rep.id,
      meetingId: input.meetingId,
      subjectMessageId: input.subjectMessageId ?? null,
      kind: input.kind,
      status: 'approved',
      fromAddress: rep.email,
      to: [rep.email],
      cc: [],
      subject: input.email.subject,
      text: input.email.text,
      html: input.email.html,
      messageId: newMessageId(ctx.config.mailDomain),
    },
  });
  await queueSend(ctx, message.id, input.meetingId);
  return message.id;
}

/** The dashboard address of a meeting, for links in notices. */
export function meetingUrl(ctx: AppContext, meetingId: string): string {
  return `${ctx.config.http.publicUrl}/#meeting-${meetingId}`;
}
