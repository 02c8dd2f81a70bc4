/**
 * A meeting's unsent agenda written again as it would be drafted now: after the language
 * its prospects read changed (the account's or the rep's), nothing in the event changed,
 * so planning keeps the draft as it was.
 */
import type { AppContext } from '../../context.js';
import { refreshAgendaDraft } from './refresh-agenda-draft.js';

/** Rewrites the meeting's agenda if one is drafted, awaiting approval or approved; true when there was one. */
export async function rewriteUnsentAgenda(ctx: AppContext, meetingId: string): Promise<boolean> {
  const draft = await ctx.db.message.findFirst({
    where: { meetingId, kind: 'agenda', status: { in: ['drafted', 'awaiting_approval', 'approved'] } },
  });
  if (!draft) return false;
  await refreshAgendaDraft(ctx, draft.id);
  return true;
}
