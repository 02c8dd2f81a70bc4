/**
 * The email that tells the rep, once, that agendum stopped mailing someone: their address
 * bounces (a delivery status notification), or they asked not to get agendum's email (a
 * reply, the confirmation page). It names the meetings whose waiting emails were withheld.
 */
import { toHeaderText } from './clean-text.js';
import { quotedReply } from './compose-rep-notice.js';
import { callName, prospectViews, repReaderView } from './people.js';
import { requireTimeZone } from './require-time-zone.js';
import { type ComposedEmail, renderEmail, type TemplateSet } from './template-set.js';

export interface NotSendingNoticeInput {
  rep: { name: string; email: string; timeZone: string };
  /** Whom agendum no longer mails. `name` comes from mail or the calendar: untrusted. */
  person: { email: string; name?: string };
  why: 'bounced' | 'opted_out';
  /** For an opt-out: how the prospect asked. */
  via?: 'reply' | 'page';
  /** For a reply: the prospect's words, without quoted history. */
  replyText?: string;
  /** The meetings whose emails to them were withheld (titles from calendars: untrusted). */
  withheld: { title: string; start: Date; timeZone: string }[];
  /** The dashboard. */
  dashboardUrl: string;
}

/** The data the not-sending template sees (documented in templates/README.md). */
export function notSendingNoticeView(input: NotSendingNoticeInput) {
  const zone = requireTimeZone(input.rep.timeZone);
  const [person] = prospectViews([input.person]);
  const reply = input.replyText ? quotedReply(input.replyText) : '';
  return {
    rep: repReaderView(input.rep),
    zone,
    person: {
      email: input.person.email,
      name: person?.name,
      callName: person ? callName(person) : input.person.email,
    },
    is: {
      bounced: input.why === 'bounced',
      optedOut: input.why === 'opted_out',
      onPage: input.via === 'page',
    },
    reply: {
      text: reply,
      quoted: reply
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n'),
    },
    withheld: input.withheld.map((m) => ({ title: toHeaderText(m.title), start: m.start })),
    dashboardUrl: input.dashboardUrl,
  };
}

/** Renders "Mail to Priya bounces: …" or "Priya asked not to get agendum's email". */
export function composeNotSendingNotice(templates: TemplateSet, input: NotSendingNoticeInput): ComposedEmail {
  return renderEmail(templates.notSending, notSendingNoticeView(input));
}
