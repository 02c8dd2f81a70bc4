/** The recap email to the prospects: what we agreed, the next step (what, who, by when), and the ask to confirm. */
import type { Language } from '../domain/languages.js';
import type { Stage } from '../domain/types.js';
import { AppError } from '../errors.js';
import { toBodyText, toHeaderText } from './clean-text.js';
import { wordsFor } from './language-words.js';
import { companyFromDomain, domainOf, firstNameFor, greetingName } from './names.js';
import { dueDate, type NextStepOwner, nextStepLine } from './next-step-line.js';
import { prospectViews, repSenderView } from './people.js';
import { relativeDay } from './relative-time.js';
import { stripReplyPrefixes } from './reply-subject.js';
import { requireTimeZone } from './require-time-zone.js';
import { type ComposedEmail, recapTemplateFor, renderEmail, type TemplateSet } from './template-set.js';

/** Everything a recap says. Meeting text and the rep's outcome are untrusted. */
export interface RecapInput {
  rep: { name: string; email: string; signature: string };
  /** `timeZone` (IANA) is the zone every date in the recap is shown in. */
  meeting: { title: string; start: Date; end: Date; timeZone: string };
  prospects: { email: string; name?: string }[];
  /** "Acme Robotics"; derived from the first prospect's domain when absent. */
  accountName?: string;
  /** "Northwind"; derived from the rep's domain when absent. */
  repCompany?: string;
  stage: Stage;
  /** The agenda's subject: the recap answers it as "Re: …" so it lands in the same thread. */
  agendaSubject?: string;
  outcome: { agreed: string; nextStep: string; owner: NextStepOwner; due?: Date };
  /** The signed `/c/:token` link. */
  confirmUrl: string;
  /** When the recap goes out; "Thanks for today" becomes "yesterday" / "on Tuesday" when later. */
  now?: Date;
}

/** The data the recap templates see (documented in templates/README.md), for an email in `language`. */
export function recapView(input: RecapInput, language: Language = 'en') {
  const { meeting, rep, outcome } = input;
  const zone = requireTimeZone(meeting.timeZone);
  const prospects = prospectViews(input.prospects);
  const firstDomain = prospects[0] ? domainOf(prospects[0].email) : '';
  const nextStep = toHeaderText(outcome.nextStep, 1000);
  return {
    rep: repSenderView(rep),
    meeting: { title: toHeaderText(meeting.title), start: meeting.start, end: meeting.end, timeZone: zone },
    /** "today", "yesterday", "on Tuesday": when the meeting was, seen from when the recap goes out. */
    meetingDay: relativeDay(meeting.start, zone, input.now, language),
    prospects,
    greetingName: greetingName(prospects, language),
    accountName: toHeaderText(input.accountName || (firstDomain ? companyFromDomain(firstDomain) : '')),
    repCompany: toHeaderText(input.repCompany || companyFromDomain(domainOf(rep.email))),
    stage: input.stage,
    agendaSubject: input.agendaSubject ? stripReplyPrefixes(input.agendaSubject) : '',
    outcome: {
      agreed: toBodyText(outcome.agreed).trim(),
      nextStep,
      owner: outcome.owner,
      ownerLabel: wordsFor(language).owner[outcome.owner],
      due: outcome.due,
      dueText: outcome.due ? dueDate(outcome.due, zone, meeting.start, language) : '',
      nextStepLine: nextStepLine(
        { what: nextStep, owner: outcome.owner, due: outcome.due },
        zone,
        meeting.start,
        {
          rep: firstNameFor(rep),
          prospects: prospects.map((p) => p.firstName),
        },
        language,
      ),
    },
    confirmUrl: input.confirmUrl,
  };
}

/** Renders the recap with the stage's template (or the default one). */
export function composeRecap(templates: TemplateSet, input: RecapInput): ComposedEmail {
  if (!input.outcome.agreed.trim() && !input.outcome.nextStep.trim()) {
    throw new AppError(
      'bad_request',
      'A recap needs what was agreed or the next step: record the outcome of the meeting first.',
    );
  }
  const template = recapTemplateFor(templates, input.stage);
  return renderEmail(template, recapView(input, template.language));
}
