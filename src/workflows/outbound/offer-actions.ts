/**
 * The actions block a notice or nudge carries: what the rep may do about the point (agenda)
 * or next step (recap) right now, and a fresh link to the action page that does it.
 */
import { repActionsView } from '../../compose/rep-actions-view.js';
import type { AppContext } from '../../context.js';
import type { ActionTarget } from '../../domain/rep-actions.js';
import { actionUrl } from '../../messages/links.js';
import { actionsNow } from '../inbound/move-status-by-rep.js';

/** The block for `target` of `meeting`, naming the prospect `who`; undefined when nothing applies (no recap yet). */
export async function offerActions(
  ctx: AppContext,
  meeting: { id: string; end: Date },
  target: ActionTarget,
  who: string,
) {
  const now = await actionsNow(ctx.db, meeting.id, target, ctx.clock()).catch(() => null);
  if (!now) return undefined;
  return repActionsView(actionUrl(ctx, target, meeting), target, now.offered, who);
}
