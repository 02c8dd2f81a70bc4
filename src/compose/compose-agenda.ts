/** The agenda email to the prospects: purpose, agenda, desired outcome, and the ask to confirm. */
import type { Language } from '../domain/languages.js';
import type { Stage } from '../domain/types.js';
import { toBodyText, toHeaderText, toSafeUrl } from './clean-text.js';
import { companyFromDomain, domainOf, greetingName } from './names.js';
import { prospectViews, repSenderView } from './people.js';
import { requireTimeZone } from './require-time-zone.js';
import { agendaTemplateFor, type ComposedEmail, renderEmail, type TemplateSet } from './template-set.js';

/** Everything an agenda email says. Event-derived strings are untrusted. */
export interface AgendaInput {
  rep: { name: string; email: string; signature: string };
  meeting: {
    title: string;
    start: Date;
    end: Date;
    /** IANA zone of the meeting: every time in the email is shown in it. */
    timeZone: string;
    location?: string;
    conferenceUrl?: string;
  };
  prospects: { email: string; name?: string }[];
  /** "Acme Robotics"; derived from the first prospect's domain when absent. */
  accountName?: string;
  /** "Northwind"; derived from the rep's domain when absent. */
  repCompany?: string;
  stage: Stage;
  point: { purpose: string; agenda: string[]; outcome: string };
  /** The signed `/c/:token` link. */
  confirmUrl: string;
}

/** The data the agenda templates see (documented in templates/README.md), for an email in `language`. */
export function agendaView(input: AgendaInput, language: Language = 'en') {
  const { meeting, rep } = input;
  requireTimeZone(meeting.timeZone);
  const prospects = prospectViews(input.prospects);
  const firstDomain = prospects[0] ? domainOf(prospects[0].email) : '';
  return {
    rep: repSenderView(rep),
    meeting: {
      title: toHeaderText(meeting.title),
      start: meeting.start,
      end: meeting.end,
      timeZone: meeting.timeZone,
      location: meeting.location ? toHeaderText(meeting.location) : undefined,
      conferenceUrl: toSafeUrl(meeting.conferenceUrl),
    },
    prospects,
    greetingName: greetingName(prospects, language),
    accountName: toHeaderText(input.accountName || (firstDomain ? companyFromDomain(firstDomain) : '')),
    repCompany: toHeaderText(input.repCompany || companyFromDomain(domainOf(rep.email))),
    stage: input.stage,
    point: {
      purpose: toBodyText(input.point.purpose).trim(),
      agenda: input.point.agenda.map((item) => toBodyText(item).trim()).filter(Boolean),
      outcome: toBodyText(input.point.outcome).trim(),
    },
    confirmUrl: input.confirmUrl,
  };
}

/** Renders the agenda email with the stage's template (or the default one). */
export function composeAgenda(templates: TemplateSet, input: AgendaInput): ComposedEmail {
  const template = agendaTemplateFor(templates, input.stage);
  return renderEmail(template, agendaView(input, template.language));
}
