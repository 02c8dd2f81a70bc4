/**
 * `/c/:token`: the prospect confirms the point of a meeting (or a recap), or suggests a
 * change. GET only shows (mail scanners prefetch links); POST acts. A second confirm is
 * harmless, and changes posted again on one link soon after fold into the first (one
 * notice to the rep); the link expires after the meeting (agenda) or a month (recap).
 * "Don't email me about meetings" puts one of the email's recipients on the suppression list.
 */
import { type Request, type Response, Router } from 'express';
import { formatDateTime } from '../compose/format-time.js';
import { nameFromEmail } from '../compose/names.js';
import type { AppContext } from '../context.js';
import { emailLanguageFor } from '../domain/email-language.js';
import { AppError } from '../errors.js';
import { kindsAbout } from '../messages/prospect-kinds.js';
import { verifyActionToken } from '../security/action-token.js';
import { recordConfirmation } from '../workflows/inbound/record-confirmation.js';
import { recordOptOut } from '../workflows/inbound/record-opt-out.js';
import { repCompanyName } from '../workflows/reps/rep-profile.js';
import { type Asker, answeredText, confirmationAsk, optedOutText } from './confirmation-text.js';
import { CONFIRMATION_WORDS } from './confirmation-words.js';
import { messagePage } from './html.js';
import { oneAtATime } from './one-at-a-time.js';
import { sendPageError } from './page-errors.js';
import { renderConfirmationPage } from './pages/confirmation-page.js';

async function load(ctx: AppContext, token: string) {
  const { ref, jti } = verifyActionToken(ctx.secretKey, token, 'confirm', ctx.clock());
  const [target, meetingId] = ref.split(':') as ['agenda' | 'recap', string];
  if ((target !== 'agenda' && target !== 'recap') || !meetingId)
    throw new AppError('token_invalid', 'This link is not valid.');
  const meeting = await ctx.db.meeting.findUnique({
    where: { id: meetingId },
    include: { outcome: true, rep: true, account: { select: { language: true } } },
  });
  if (!meeting) throw new AppError('not_found', 'This meeting no longer exists.');
  // The page reads in the language its email was written in.
  const language = emailLanguageFor(meeting.account, meeting.rep);
  const message = await ctx.db.message.findFirst({
    where: { meetingId, kind: { in: kindsAbout(target) }, status: 'sent' },
    orderBy: { createdAt: 'desc' },
  });
  return { target, meeting, message, jti, language };
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** The rep who asks the prospect, named as their emails sign and name the company. */
function askerOf(m: Loaded['meeting']): Asker {
  return { name: m.rep.name.trim() || nameFromEmail(m.rep.email), company: repCompanyName(m.rep) };
}

function page(d: Loaded): string {
  const m = d.meeting;
  const status = d.target === 'agenda' ? m.pointStatus : m.outcome?.nextStepStatus;
  const w = CONFIRMATION_WORDS[d.language];
  const sections =
    d.target === 'agenda'
      ? [
          { label: w.labels.purpose, text: m.purpose ?? '' },
          { label: w.labels.agenda, items: (m.agendaItems as string[]) ?? [] },
          { label: w.labels.outcome, text: m.desiredOutcome ?? '' },
        ]
      : [
          { label: w.labels.agreed, text: m.outcome?.agreed ?? '' },
          { label: w.labels.nextStep, text: m.outcome?.nextStep ?? '' },
        ];
  return renderConfirmationPage({
    heading: w.heading[d.target],
    askedBy: confirmationAsk(askerOf(m), d.target, d.language),
    meetingTitle: m.title,
    // The prospect's page: the meeting's own zone, as the agenda and recap give it.
    meetingWhen: formatDateTime(m.start, m.timeZone, d.language),
    sections,
    status: status === 'confirmed' ? w.already : undefined,
    sender: askerOf(m).name,
    optOutEmail: onlyRecipient(d) ?? '',
    language: d.language,
  });
}

const recipientsOf = (d: Loaded): string[] => [
  ...((d.message?.to as string[] | undefined) ?? []),
  ...((d.message?.cc as string[] | undefined) ?? []),
];

/** The one address the email went to, when it went to one: the opt-out needs no typing then. */
function onlyRecipient(d: Loaded): string | undefined {
  const to = (d.message?.to as string[] | undefined) ?? [];
  return to.length === 1 ? to[0] : undefined;
}

/**
 * "Don't email me about meetings": the address must be one this email went to, so the
 * link cannot silence anyone else (the page does not say who else got it).
 */
async function optOutOnPage(ctx: AppContext, d: Loaded, raw: unknown): Promise<void> {
  const typed = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!typed)
    throw new AppError(
      'bad_request',
      'Enter the email address this email came to, then choose "Don\'t email me about meetings".',
    );
  if (!recipientsOf(d).some((r) => r.toLowerCase() === typed)) {
    throw new AppError('bad_request', 'That address did not get this email. Enter the address it came to.');
  }
  await recordOptOut(ctx, { meetingId: d.meeting.id, email: typed, via: 'page' });
}

/** The confirmation routes. */
export function confirmationRoutes(ctx: AppContext): Router {
  const router = Router();
  const perLink = oneAtATime();
  router.get('/c/:token', async (req: Request, res: Response) => {
    try {
      res.type('html').send(page(await load(ctx, String(req.params.token))));
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });
  router.post('/c/:token', async (req: Request, res: Response) => {
    try {
      const d = await load(ctx, String(req.params.token));
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (body.action === 'opt_out') {
        await optOutOnPage(ctx, d, body.email);
        const done = optedOutText(askerOf(d.meeting), d.language);
        res.type('html').send(messagePage(done.title, done.text, 'notice', d.language));
        return;
      }
      const change = typeof body.change === 'string' ? body.change.trim().slice(0, 4000) : '';
      const intent =
        body.action === 'change' && change ? 'change' : body.action === 'confirm' ? 'confirm' : null;
      if (!intent) throw new AppError('bad_request', 'Choose Confirm, or write the change you would like.');
      const already = d.target === 'agenda' ? d.meeting.pointStatus : d.meeting.outcome?.nextStepStatus;
      if (!(intent === 'confirm' && already === 'confirmed')) {
        const to = (d.message?.to as string[] | undefined) ?? [];
        await perLink(d.jti, () =>
          recordConfirmation(ctx, {
            meetingId: d.meeting.id,
            target: d.target,
            messageId: d.message?.id,
            intent,
            reply: intent === 'change' ? change : '',
            evidence: `clicked "${intent === 'confirm' ? 'Confirm' : 'Suggest a change'}" on the confirmation page`,
            source: 'page',
            linkJti: d.jti,
            // Anyone the email went to may have clicked: the notice names nobody (onPage).
            prospect: { email: to.join(', ') || 'the prospects' },
          }),
        );
      }
      const before = d.target === 'agenda' && ctx.clock() < d.meeting.start;
      const answered = answeredText(intent, askerOf(d.meeting), before, d.language);
      res.type('html').send(messagePage(answered.title, answered.text, 'notice', d.language));
    } catch (err) {
      sendPageError(res, err, ctx);
    }
  });
  return router;
}
