/**
 * The real meeting a template edit is previewed on: the viewer's next upcoming prospect
 * meeting (of the file's stage, for a stage's agenda file), with the preview confirmation
 * link in place of the prospect's, so the page never carries a link that confirms.
 */
import type { AgendaInput } from '../../compose/compose-agenda.js';
import { previewKindOf, stageOfPath } from '../../compose/preview-template.js';
import type { AppContext } from '../../context.js';
import { previewConfirmationUrl } from '../../messages/links.js';
import { agendaInput, agendaRecipients, loadMeetingForCompose } from '../outbound/compose-meeting-agenda.js';

/** The agenda data of the meeting and its title, or null to use the sample. */
export async function previewMeetingFor(
  ctx: AppContext,
  repId: string,
  rel: string,
): Promise<{ input: AgendaInput; title: string } | null> {
  if (previewKindOf(rel) !== 'agenda') return null;
  const stage = stageOfPath(rel);
  const next = await ctx.db.meeting.findFirst({
    where: {
      repId,
      isProspect: true,
      start: { gt: ctx.clock() },
      status: { not: 'cancelled' },
      ...(stage ? { stage } : {}),
    },
    orderBy: { start: 'asc' },
    select: { id: true },
  });
  if (!next) return null;
  const meeting = await loadMeetingForCompose(ctx, next.id);
  const recipients = await agendaRecipients(ctx, meeting);
  if (recipients.length === 0) return null;
  const input = { ...agendaInput(ctx, meeting, recipients, null), confirmUrl: previewConfirmationUrl(ctx) };
  return { input, title: meeting.title };
}
