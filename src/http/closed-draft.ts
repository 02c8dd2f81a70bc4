/**
 * A draft the rep can no longer approve — decided already, from this link, the dashboard
 * or a reply — explained on its page: what happened to it in words (sent when, skipped,
 * withdrawn) and a link to its meeting on the dashboard, instead of a bare "already used".
 */
import { formatDateTime } from '../compose/format-time.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { meetingUrl } from '../messages/links.js';
import { verifyActionToken } from '../security/action-token.js';
import { html, layout } from './html.js';
import { notSentWords } from './pages/message-words.js';

/** What a closed draft's page says. */
export interface ClosedDraft {
  title: string;
  words: string;
  meetingId: string | null;
}

interface DecidedMessage {
  kind: string;
  status: string;
  to: unknown;
  sentAt: Date | null;
  meetingId: string | null;
  notSentReason?: string | null;
  rep: { timeZone: string };
}

const TITLES: Record<string, string> = {
  sent: 'was sent',
  approved: 'is being sent',
  sending: 'is being sent',
  skipped: 'was skipped',
  retracted: 'was withdrawn',
  failed: 'could not be sent',
  awaiting_approval: 'is waiting for you',
};

/** What happened to `msg`, said to the rep in their zone. */
export function describeClosedDraft(msg: DecidedMessage): ClosedDraft {
  const the = msg.kind.startsWith('recap') ? 'The recap' : 'The agenda';
  const to = Array.isArray(msg.to) && msg.to.length > 0 ? ` to ${msg.to.join(', ')}` : '';
  const when = msg.sentAt ? ` on ${formatDateTime(msg.sentAt, msg.rep.timeZone)}` : '';
  const words: Record<string, string> = {
    sent: `${the} was approved and sent${to}${when}.`,
    approved: `${the} was approved and is on its way${to} now.`,
    sending: `${the} was approved and is on its way${to} now.`,
    skipped: `${the} was skipped: nothing was sent.`,
    retracted: msg.notSentReason
      ? `${the} was withdrawn because ${notSentWords(msg.notSentReason)}: nothing was sent.`
      : `${the} was withdrawn because the meeting was cancelled or changed: nothing was sent.`,
    failed: `${the} was approved, but sending it failed. The dashboard says why.`,
    awaiting_approval: `${the} is still waiting for your approval.`,
  };
  return {
    title: `${the} ${TITLES[msg.status] ?? 'is not ready yet'}`,
    words: words[msg.status] ?? `${the} is not ready for approval yet.`,
    meetingId: msg.meetingId,
  };
}

/** The error a page answers when the draft is no longer awaiting approval; sendPageError shows it. */
export class ClosedDraftError extends AppError {
  constructor(
    readonly draft: ClosedDraft,
    code: 'conflict' | 'token_used' = 'conflict',
  ) {
    super(code, draft.words);
  }
}

/** The closed-draft error for message `id` as it stands now. */
export async function closedDraftError(
  ctx: AppContext,
  id: string,
  code: 'conflict' | 'token_used' = 'conflict',
): Promise<AppError> {
  const msg = await ctx.db.message.findUnique({
    where: { id },
    include: { rep: { select: { timeZone: true } } },
  });
  if (!msg) return new AppError('not_found', 'This draft no longer exists.');
  return new ClosedDraftError(describeClosedDraft(msg), code);
}

/**
 * What an already-used `/a/` link was for: the draft of an approval link, the meeting of an
 * outcome link. Null for anything else, or a link that does not verify.
 */
export async function usedLinkDraft(ctx: AppContext, token: string): Promise<ClosedDraft | null> {
  let payload: ReturnType<typeof verifyActionToken>;
  try {
    payload = verifyActionToken(ctx.secretKey, token, ['approve', 'recap'], ctx.clock());
  } catch {
    return null;
  }
  if (payload.p === 'recap') {
    return { title: 'This link was already used', words: 'The outcome is recorded.', meetingId: payload.ref };
  }
  const err = await closedDraftError(ctx, payload.ref, 'token_used');
  return err instanceof ClosedDraftError ? err.draft : null;
}

/** The page of a closed draft: `title` over what happened, and the way to its meeting. */
export function closedDraftPage(ctx: Pick<AppContext, 'config'>, title: string, draft: ClosedDraft): string {
  const link = draft.meetingId
    ? html`<p><a class="button" href="${meetingUrl(ctx, draft.meetingId)}">Open the meeting on the dashboard</a></p>`
    : html`<p><a href="/">Open the dashboard</a></p>`;
  return layout(title, html`<h1>${title}</h1><div class="card notice"><p>${draft.words}</p>${link}</div>`);
}
