/**
 * The addresses agendum puts in its emails, all on the public URL: the rep's approval page
 * and outcome form (`/a/`), the prospect's confirmation page (`/c/`), the dashboard. The
 * `/a/` and `/c/` links carry a signed, expiring token (security/action-token.ts) that acts
 * once (action-tokens.ts), and only on POST.
 */
import type { AppContext } from '../context.js';
import type { ActionTarget } from '../domain/rep-actions.js';
import { signActionToken } from '../security/action-token.js';

type LinkContext = Pick<AppContext, 'config' | 'secretKey' | 'clock'>;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const RECORD_OUTCOME_DAYS = 14;
const RECAP_CONFIRM_DAYS = 30;

const onPublicUrl = (ctx: Pick<AppContext, 'config'>, path: string) => `${ctx.config.http.publicUrl}${path}`;

/**
 * A fresh signed link to the approval page of a draft, for the approval request. It lives
 * APPROVAL_LINK_TTL_HOURS from now; an agenda's dies with its meeting's start.
 */
export function approvalUrl(
  ctx: LinkContext,
  draft: { id: string; kind: string },
  meeting?: { start: Date } | null,
): string {
  const ttl = new Date(ctx.clock().getTime() + ctx.config.approvalLinkTtlHours * HOUR_MS);
  // Approving an agenda once the meeting started is pointless. A recap is drafted after the
  // meeting ended, so its link must not be tied to the start.
  const start = draft.kind === 'agenda' ? meeting?.start : undefined;
  const expires = start && start < ttl ? start : ttl;
  return onPublicUrl(ctx, `/a/${signActionToken(ctx.secretKey, 'approve', draft.id, expires)}`);
}

/** A signed link to the outcome form of a meeting, for the recap prompt. */
export function recordOutcomeUrl(ctx: LinkContext, meetingId: string): string {
  const expires = new Date(ctx.clock().getTime() + RECORD_OUTCOME_DAYS * DAY_MS);
  return onPublicUrl(ctx, `/a/${signActionToken(ctx.secretKey, 'recap', meetingId, expires)}`);
}

/** The prospect's link to confirm an agenda; it works until a day after the meeting. */
export function agendaConfirmationUrl(ctx: LinkContext, meeting: { id: string; end: Date }): string {
  const expires = new Date(meeting.end.getTime() + DAY_MS);
  return onPublicUrl(ctx, `/c/${signActionToken(ctx.secretKey, 'confirm', `agenda:${meeting.id}`, expires)}`);
}

/** The prospect's link to confirm a recap; a month, as the next step may take that long. */
export function recapConfirmationUrl(ctx: LinkContext, meetingId: string): string {
  const expires = new Date(ctx.clock().getTime() + RECAP_CONFIRM_DAYS * DAY_MS);
  return onPublicUrl(ctx, `/c/${signActionToken(ctx.secretKey, 'confirm', `recap:${meetingId}`, expires)}`);
}

/**
 * A signed link to the action page of a prospect's answer, for the notices to the rep. An
 * agenda's works until a day after the meeting (revising it later is pointless); a recap's
 * as long as the prospect's confirmation link does.
 */
export function actionUrl(
  ctx: LinkContext,
  target: ActionTarget,
  meeting: { id: string; end: Date },
): string {
  const expires =
    target === 'agenda'
      ? new Date(Math.max(meeting.end.getTime(), ctx.clock().getTime()) + DAY_MS)
      : new Date(ctx.clock().getTime() + RECAP_CONFIRM_DAYS * DAY_MS);
  return onPublicUrl(ctx, `/a/${signActionToken(ctx.secretKey, 'act', `${target}:${meeting.id}`, expires)}`);
}

/** A confirmation link that confirms nothing, for `agendum render` previews. */
export function previewConfirmationUrl(ctx: Pick<AppContext, 'config'>): string {
  return onPublicUrl(ctx, '/c/preview');
}

/** The dashboard itself, for a notice about several meetings. */
export function dashboardUrl(ctx: Pick<AppContext, 'config'>): string {
  return onPublicUrl(ctx, '/');
}

/** The dashboard's card of a meeting, for the notices to the rep. */
export function meetingUrl(ctx: Pick<AppContext, 'config'>, meetingId: string): string {
  return onPublicUrl(ctx, `/#meeting-${meetingId}`);
}

/**
 * The signed-in review page of a draft. A path: only the dashboard links to it, on its own
 * origin. It needs a session, so emails link to the `/a/` page instead.
 */
export function reviewPath(messageId: string): string {
  return `/messages/${messageId}`;
}
