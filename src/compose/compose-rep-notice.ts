/**
 * The email that tells the rep at once when a reply needs them: a prospect's change,
 * reschedule, decline or unclear answer, or a reply agendum did not act on because of who
 * sent it (see workflows/inbound/notify-untrusted-reply.ts).
 */
import { toBodyText, toHeaderText } from './clean-text.js';
import { callName, prospectViews, repReaderView } from './people.js';
import type { RepActionsView } from './rep-actions-view.js';
import { requireTimeZone } from './require-time-zone.js';
import { type ComposedEmail, renderEmail, type TemplateSet } from './template-set.js';

/**
 * What the reply meant, as far as agendum could tell, or why agendum did not act on it:
 * `not_attendee` (the sender is not someone who may answer for the meeting) and
 * `not_from_mailbox` (a command to agendum that the rep's own mailbox did not send).
 */
export type NoticeIntent =
  | 'change'
  | 'reschedule'
  | 'decline'
  | 'unclear'
  | 'not_attendee'
  | 'not_from_mailbox';

/** A reply the rep must see. `replyText`, `evidence` and `prospect` come from the sender: untrusted. */
export interface RepNoticeInput {
  /** `timeZone` (the rep's) is used for times; the meeting's zone otherwise. */
  rep: { name: string; email: string; timeZone?: string };
  meeting: { title: string; start: Date; timeZone: string };
  /** Who sent the reply (for `not_from_mailbox`, whoever the From header names). */
  prospect: { email: string; name?: string };
  intent: NoticeIntent;
  /** The reply without quoted history or signature. */
  replyText: string;
  /** The prospect's sentence the intent was read from ("Can we move this to Thursday?"). */
  evidence?: string;
  /** The meeting's page on the dashboard. */
  meetingUrl: string;
  /** Which email the reply answered; "agenda" by default. */
  about?: 'agenda' | 'recap' | 'approval request' | 'recap prompt';
  /** What the rep can do about it now, with the action page's link (rep-actions-view.ts). */
  actions?: RepActionsView;
  /**
   * The answer came on the confirmation page, which everyone the email went to can open:
   * nobody is named as having given it. `prospect.email` then lists whom the link went to.
   */
  onPage?: boolean;
}

// A long reply (a forwarded thread the quote stripper missed) is cut: the rep has the original.
const MAX_LINES = 40;
const MAX_CHARS = 4000;

// An approval (/a/) or confirmation (/c/) link in the quoted words would let whoever holds
// the notice act on the meeting: a reply quoting agendum's email must not carry one onward.
const ACTION_LINK = /(?:https?:\/\/[^\s<>"'()]*)?\/[ac]\/[A-Za-z0-9_.~%-]{8,}/gi;

/** Text without action links. */
export function withoutActionLinks(text: string): string {
  return text.replace(ACTION_LINK, '[link removed]');
}

/** The reply as the notice quotes it: cleaned, and cut with "[…]" when very long. */
export function quotedReply(text: string): string {
  let body = withoutActionLinks(toBodyText(text)).trim();
  const lines = body.split('\n');
  let cut = lines.length > MAX_LINES;
  if (cut) body = lines.slice(0, MAX_LINES).join('\n');
  if (body.length > MAX_CHARS) {
    body = body.slice(0, MAX_CHARS).trimEnd();
    cut = true;
  }
  return cut ? `${body}\n[…]` : body;
}

const MAX_EVIDENCE = 200;

/** The sentence the intent was read from, cut short; "" when it is the whole reply quoted above. */
function shownEvidence(evidence: string, reply: string): string {
  const words = toHeaderText(withoutActionLinks(evidence), MAX_EVIDENCE);
  return words === toHeaderText(reply, Number.MAX_SAFE_INTEGER) ? '' : words;
}

/** The data the rep-notice template sees (documented in templates/README.md). */
export function repNoticeView(input: RepNoticeInput) {
  requireTimeZone(input.meeting.timeZone);
  const zone = requireTimeZone(input.rep.timeZone ?? input.meeting.timeZone);
  const [prospect] = prospectViews([input.prospect]);
  const reply = quotedReply(input.replyText);
  return {
    rep: repReaderView(input.rep),
    meeting: {
      title: toHeaderText(input.meeting.title),
      start: input.meeting.start,
      timeZone: input.meeting.timeZone,
    },
    /** The zone times are shown in: the rep's. */
    zone,
    prospect: { ...prospect, callName: prospect ? callName(prospect) : input.prospect.email },
    /** Who answered, for the notice's first line: "Priya (priya@…)", or on the page nobody by name. */
    who: input.onPage
      ? `Someone with the confirmation link (it went to ${input.prospect.email})`
      : `${prospect ? callName(prospect) : input.prospect.email} (${input.prospect.email})`,
    /** The same for the subject: "Priya", or "Someone". */
    whoShort: input.onPage ? 'Someone' : prospect ? callName(prospect) : input.prospect.email,
    intent: input.intent,
    /** One flag per intent, for `{{#if is.decline}}` in the template. */
    is: {
      change: input.intent === 'change',
      reschedule: input.intent === 'reschedule',
      decline: input.intent === 'decline',
      unclear: input.intent === 'unclear',
      notAttendee: input.intent === 'not_attendee',
      notFromMailbox: input.intent === 'not_from_mailbox',
    },
    about: input.about ?? 'agenda',
    isRecap: input.about === 'recap',
    actions: input.actions,
    reply: {
      text: reply,
      /** The reply with "> " before each line, for the text part. */
      quoted: reply
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n'),
    },
    evidence: shownEvidence(input.evidence ?? '', reply),
    meetingUrl: input.meetingUrl,
  };
}

/** Renders the notice: "Priya asked to change the agenda: <title>", "… declined: …", and so on. */
export function composeRepNotice(templates: TemplateSet, input: RepNoticeInput): ComposedEmail {
  return renderEmail(templates.repNotice, repNoticeView(input));
}
