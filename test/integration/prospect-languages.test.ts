/**
 * Every prospect email in every language agendum writes, rendered with the real templates
 * and playbooks, built into MIME and parsed back by an independent parser (mailparser): the
 * subject and both parts are in that language with none of the English template's phrases
 * left, the meeting's time and the next step's date are in that language's format, and the
 * word the email asks the prospect to reply with is read back as a confirmation.
 */
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMime } from '../../src/compose/build-mime.js';
import { type AgendaInput, composeAgenda } from '../../src/compose/compose-agenda.js';
import { composeRecap, type RecapInput } from '../../src/compose/compose-recap.js';
import { composeAgendaRevision, composeRecapRevision } from '../../src/compose/compose-revision.js';
import { PREVIEW_AGENDA, PREVIEW_RECAP } from '../../src/compose/preview-data.js';
import { pointChanges, recapChanges } from '../../src/compose/revision-changes.js';
import {
  createTemplateLibrary,
  folderSources,
  type TemplateLibrary,
} from '../../src/compose/template-library.js';
import type { ComposedEmail } from '../../src/compose/template-set.js';
import type { Language } from '../../src/domain/languages.js';
import { STAGES, type Stage } from '../../src/domain/types.js';
import { readReply } from '../../src/replies/read-reply.js';
import { TEMPLATES_DIR } from '../helpers/templates-dir.js';

type Other = Exclude<Language, 'en'>;

/** What each language's email must say: a Berlin meeting on Tuesday, March 3, 16:00, for 30 minutes. */
const EXPECT: Record<
  Other,
  {
    agendaSubject: RegExp;
    recapFallback: string;
    when: string;
    due: string;
    /** The revised recap's new date, Friday, March 6, in its "what changed" line. */
    revisedDue: string;
    meetingDay: string;
    point: string;
    recap: string;
    confirm: string;
    /** What the rep recorded, and a revision's new item, written in that language. */
    agreed: string;
    nextStep: string;
    newItem: string;
  }
> = {
  de: {
    agendaSubject: /^Agenda für Dienstag: Acme Robotics × Northwind — \S/,
    recapFallback: 'Zusammenfassung: Acme Robotics × Northwind',
    when: 'Dienstag, 3. März um 16:00 Uhr MEZ (30 Min.)',
    due: 'Donnerstag, 5. März',
    revisedDue: 'Bis wann: Freitag, 6. März',
    meetingDay: 'am Dienstag',
    point: 'Worum es geht:',
    recap: 'Was wir vereinbart haben:',
    confirm: 'bestätigt',
    agreed: 'Die Neuplanung in Joliet kostet sechs Stunden pro Woche',
    nextStep: 'Zwei Terminvorschläge für die technische Vertiefung',
    newItem: 'Die Wochenendschichten in Joliet',
  },
  fr: {
    agendaSubject: /^Ordre du jour de mardi : Acme Robotics × Northwind — \S/,
    recapFallback: 'Récapitulatif : Acme Robotics × Northwind',
    when: 'mardi 3 mars à 16:00 CET (30 min)',
    due: 'jeudi 5 mars',
    revisedDue: "D'ici quand : vendredi 6 mars",
    meetingDay: ' mardi',
    point: 'Pourquoi nous nous réunissons :',
    recap: 'Ce dont nous avons convenu :',
    confirm: 'confirmé',
    agreed: 'les replanifications à Joliet coûtent six heures par semaine',
    nextStep: "deux propositions de date pour l'approfondissement technique",
    newItem: 'Les équipes du week-end à Joliet',
  },
  es: {
    agendaSubject: /^Agenda del martes: Acme Robotics × Northwind — \S/,
    recapFallback: 'Resumen: Acme Robotics × Northwind',
    when: 'martes, 3 de marzo a las 16:00 CET (30 min)',
    due: 'jueves, 5 de marzo',
    revisedDue: 'Para cuándo: viernes, 6 de marzo',
    meetingDay: 'del martes',
    point: 'Por qué nos reunimos:',
    recap: 'Lo que acordamos:',
    confirm: 'confirmado',
    agreed: 'las replanificaciones en Joliet cuestan seis horas por semana',
    nextStep: 'dos propuestas de fecha para la revisión técnica',
    newItem: 'Los turnos de fin de semana en Joliet',
  },
  pt: {
    agendaSubject: /^Pauta de terça-feira: Acme Robotics × Northwind — \S/,
    recapFallback: 'Resumo: Acme Robotics × Northwind',
    when: 'terça-feira, 3 de março às 16:00 CET (30 min)',
    due: 'quinta-feira, 5 de março',
    revisedDue: 'Até quando: sexta-feira, 6 de março',
    meetingDay: 'de terça-feira',
    point: 'Por que vamos nos reunir:',
    recap: 'O que combinamos:',
    confirm: 'confirmado',
    agreed: 'os replanejamentos em Joliet custam seis horas por semana',
    nextStep: 'duas opções de data para o aprofundamento técnico',
    newItem: 'Os turnos de fim de semana em Joliet',
  },
  nl: {
    agendaSubject: /^Agenda voor dinsdag: Acme Robotics × Northwind — \S/,
    recapFallback: 'Samenvatting: Acme Robotics × Northwind',
    when: 'dinsdag 3 maart om 16:00 CET (30 min)',
    due: 'donderdag 5 maart',
    revisedDue: 'Uiterlijk: vrijdag 6 maart',
    meetingDay: 'op dinsdag',
    point: 'Waarom we afspreken:',
    recap: 'Wat we hebben afgesproken:',
    confirm: 'bevestigd',
    agreed: 'het herplannen in Joliet kost zes uur per week',
    nextStep: 'twee datumvoorstellen voor de technische verdieping',
    newItem: 'De weekenddiensten in Joliet',
  },
};

/** Sentences and words of the English templates and helpers that must never reach another language's email. */
const ENGLISH = [
  'Hi ',
  'Ahead of',
  'here is',
  "Why we're meeting",
  "What we'll cover",
  'A good outcome',
  'Reply',
  'tell me',
  'use this link',
  'use this button',
  'Thanks for',
  'on the same page',
  'What we agreed',
  'Next step:',
  'Can you confirm',
  'What changed',
  'as it stands',
  "I've updated",
  'Here is the recap',
  'Confirm or',
  'take care of it',
  'Agenda for',
  'Recap:',
  'Tuesday',
  'Thursday',
  'March',
  ' AM ',
  ' PM ',
  ' hr',
  ' at 4',
  ' by ',
  'today',
  'yesterday',
  'Added to',
  'By when',
];

const KINDS = ['agenda', 'recap', 'agenda revision', 'recap revision'] as const;
type Kind = (typeof KINDS)[number];

let library: TemplateLibrary;
beforeAll(async () => {
  library = await createTemplateLibrary(folderSources(TEMPLATES_DIR));
});

const ZONE = 'Europe/Berlin';

function agendaInput(language: Other, stage: Stage): AgendaInput {
  const play = library.playbookFor(language).stages[stage];
  return {
    ...PREVIEW_AGENDA,
    meeting: { ...PREVIEW_AGENDA.meeting, timeZone: ZONE },
    stage,
    point: { purpose: play.purpose, agenda: play.agenda, outcome: play.outcome },
  };
}

function recapInput(language: Other, stage: Stage, agendaSubject?: string): RecapInput {
  const e = EXPECT[language];
  return {
    ...PREVIEW_RECAP,
    meeting: { ...PREVIEW_RECAP.meeting, timeZone: ZONE },
    stage,
    ...(agendaSubject ? { agendaSubject } : { agendaSubject: '' }),
    outcome: { agreed: e.agreed, nextStep: e.nextStep, owner: 'rep', due: PREVIEW_RECAP.outcome.due },
    // Two days after the call: the recap says which day it was.
    now: new Date('2026-03-05T10:00:00Z'),
  };
}

/** The email of one kind, in one language, for one stage. */
function compose(language: Other, stage: Stage, kind: Kind): ComposedEmail {
  const templates = library.forLanguage(language);
  const agenda = composeAgenda(templates, agendaInput(language, stage));
  if (kind === 'agenda') return agenda;
  if (kind === 'recap') return composeRecap(templates, recapInput(language, stage, agenda.subject));
  if (kind === 'agenda revision') {
    const before = agendaInput(language, stage);
    const input = {
      ...before,
      point: { ...before.point, agenda: [...before.point.agenda, EXPECT[language].newItem] },
    };
    const changes = pointChanges(before.point, input.point, language);
    return composeAgendaRevision(templates, input, { originalSubject: agenda.subject, changes });
  }
  const before = recapInput(language, stage, agenda.subject);
  const input = { ...before, outcome: { ...before.outcome, due: new Date('2026-03-06T16:00:00Z') } };
  const changes = recapChanges(before.outcome, input.outcome, ZONE, before.meeting.start, language);
  return composeRecapRevision(templates, input, { originalSubject: agenda.subject, changes });
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The prospect's one-word answer, quoting the email as a mail client does. */
async function replyWith(word: string, email: { subject: string; text: string }): Promise<Buffer> {
  const quoted = email.text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
  return buildMime({
    from: { name: 'Priya Raman', address: 'priya.raman@acme-robotics.example' },
    to: [{ name: 'Dana Whitfield', address: 'demo.rep@northwind.example' }],
    subject: `Re: ${email.subject}`,
    text: `${word}\n\n${quoted}\n`,
    html: `<p>${word}</p><blockquote>${email.text.replace(/\n/g, '<br>')}</blockquote>`,
    messageId: '<reply-1@acme-robotics.example>',
    inReplyTo: '<agenda-1@northwind.example>',
  });
}

const CASES = (Object.keys(EXPECT) as Other[]).flatMap((language) =>
  STAGES.flatMap((stage) => KINDS.map((kind) => [language, stage, kind] as const)),
);

describe('prospect email in every language', () => {
  it.each(CASES)(
    '%s %s %s: its language throughout, its formats, its confirm word',
    async (language, stage, kind) => {
      const e = EXPECT[language];
      const email = compose(language, stage, kind);
      const raw = await buildMime({
        from: { name: 'Dana Whitfield', address: 'demo.rep@northwind.example' },
        to: [{ name: 'Priya Raman', address: 'priya.raman@acme-robotics.example' }],
        ...email,
        messageId: '<agenda-1@northwind.example>',
      });
      const mail = await simpleParser(raw);
      const text = mail.text ?? '';
      const html = typeof mail.html === 'string' ? mail.html : '';
      const shown = decode(html);

      const agendaLike = kind === 'agenda' || kind === 'agenda revision';
      expect(mail.subject).toMatch(
        kind === 'agenda' ? e.agendaSubject : new RegExp(`^Re: ${e.agendaSubject.source.slice(1)}`),
      );
      const label = agendaLike ? e.point : e.recap;
      expect(text).toContain(label);
      expect(shown).toContain(label);
      expect(html).toContain(`<html lang="${language}">`);
      if (agendaLike) {
        expect(text).toContain(e.when);
        expect(shown).toContain(e.when);
      } else {
        expect(text).toContain(kind === 'recap' ? e.due : e.revisedDue);
        expect(text).toContain(e.meetingDay);
      }

      // No English left: the template's phrases, nor the English playbook's texts for the stage.
      const english = library.playbookFor('en').stages[stage];
      for (const phrase of [...ENGLISH, english.purpose, english.outcome, ...english.agenda]) {
        expect(`${mail.subject}\n${text}\n${shown}`).not.toContain(phrase);
      }

      // The word the email asks for is the first quoted one; the reply reader reads it as a yes.
      const asked = /[„«“"]\s?(\p{L}+)\s?[“»”"]/u.exec(text)?.[1];
      expect(asked).toBe(e.confirm);
      const read = await readReply(await replyWith(asked ?? '', { subject: mail.subject ?? '', text }));
      expect(read.intent).toBe('confirm');
    },
  );

  it.each(Object.keys(EXPECT) as Other[])(
    '%s: a recap without an agenda to answer has its own subject',
    (language) => {
      const email = composeRecap(library.forLanguage(language), recapInput(language, 'demo'));
      expect(email.subject.startsWith(`${EXPECT[language].recapFallback} — `)).toBe(true);
    },
  );
});
