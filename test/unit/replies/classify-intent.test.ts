/** Intent rules: negation, the first-sentence rule, questions, combinations, languages. */
import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../../src/replies/classify-intent.js';
import { intentWords } from '../../../src/replies/intent-words.js';
import { extractReplyText } from '../../../src/replies/strip-reply.js';

const intentOf = (text: string) => classifyIntent(text).intent;

describe('classifyIntent', () => {
  it('quotes the deciding phrase and where it was', () => {
    expect(classifyIntent('Sounds good, see you then.')).toEqual({
      intent: 'confirm',
      evidence: 'matched "sounds good" (confirm) in the first sentence',
      sentence: 0,
    });
  });

  it('treats a confirmation that asks for more as a change', () => {
    const result = classifyIntent('Confirmed — could we also cover pricing?');
    expect(result.intent).toBe('change');
    expect(result.evidence).toContain('"could we also" (change)');
    expect(result.evidence).toContain('"confirmed" (confirm)');
  });

  it.each([
    ['Not confirmed.', 'unclear'],
    ["I can't confirm yet — need to check with Sam", 'unclear'],
    ["I don't think that works.", 'unclear'],
    ["Unfortunately we can't make it.", 'reschedule'],
    ["Tuesday doesn't work for us.", 'reschedule'],
    ["The agenda doesn't work for us.", 'change'],
    ["2pm doesn't work for me.", 'reschedule'],
    ["This plan doesn't work for our 3 sites.", 'change'],
    ['Nothing to add, confirmed.', 'confirm'],
    ['No change needed, see you then.', 'confirm'],
    ["Don't cancel, it looks good.", 'confirm'],
    ['Dienstag passt mir leider nicht.', 'reschedule'],
    ['Das ist nicht bestätigt.', 'unclear'],
    ['Ça ne me va pas mardi.', 'reschedule'],
    ['No puedo confirmar todavía.', 'unclear'],
    ['Não posso confirmar ainda.', 'unclear'],
    ['Dat kan ik nog niet bevestigen.', 'unclear'],
  ])('handles negation: %s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('says which word negated a confirmation', () => {
    expect(classifyIntent("I don't think that works.").evidence).toBe(
      '"that works" is negated by "don\'t" in the first sentence',
    );
  });

  it('lets the first sentence outweigh a later one', () => {
    // The confirm guard (confirm-guard.ts): a later hold is content the rep must read.
    expect(intentOf("Confirmed. I'll need to check with Sam whether he can join.")).toBe('unclear');
    expect(intentOf('I need to check with Sam first. Otherwise it looks good.')).toBe('unclear');
    expect(intentOf('Can we add pricing? We could also move it to Thursday.')).toBe('change');
    expect(intentOf('Can we move it to Thursday? We could also add pricing.')).toBe('reschedule');
  });

  it('skips a greeting when finding the first sentence', () => {
    expect(classifyIntent('Hi Dana,\n\nConfirmed. I need to check with Sam on one item.').evidence).toContain(
      'in the first sentence',
    );
    expect(intentOf('Hey sounds good')).toBe('confirm');
  });

  it('does not take a confirm word inside a question as a yes', () => {
    expect(intentOf('Does that sound good to your team?')).toBe('unclear');
    expect(classifyIntent('Is that correct?').evidence).toContain('inside a question');
    expect(intentOf('Confirmed — will you share the slides afterwards?')).toBe('confirm');
  });

  it('treats pure questions about something else and thanks as unclear', () => {
    expect(intentOf('Sorry, who is this?')).toBe('unclear');
    expect(intentOf('Thanks!')).toBe('unclear');
  });

  it('calls an empty or contentless reply unclear', () => {
    expect(classifyIntent('')).toEqual({ intent: 'unclear', evidence: 'the reply has no text' });
    expect(intentOf('  ...  ')).toBe('unclear');
    expect(intentOf('👍')).toBe('confirm');
  });

  it('lets a strong decline win and turns a cancel next to a new time into a reschedule', () => {
    expect(intentOf('Looks good, but we went with another vendor.')).toBe('decline');
    expect(intentOf('Please cancel the call.')).toBe('decline');
    expect(intentOf('I need to cancel Tuesday, can we find another time?')).toBe('reschedule');
  });

  it('returns auto_reply when told the message is automatic', () => {
    expect(classifyIntent('Confirmed.', { autoReply: true }).intent).toBe('auto_reply');
  });

  it.each([
    ['Bestätigt, bis Dienstag.', 'confirm'],
    ['Klingt gut.', 'confirm'],
    ['Können wir verschieben?', 'reschedule'],
    ['Wir müssen leider absagen.', 'decline'],
    ['Kein Interesse.', 'decline'],
    ["C'est confirmé, parfait.", 'confirm'],
    ['Pouvons-nous reporter ?', 'reschedule'],
    ['Nous devons annuler.', 'decline'],
    ['Confirmado.', 'confirm'],
    ['¿Podemos reprogramar?', 'reschedule'],
    ['Tenemos que cancelar.', 'decline'],
    ['Combinado!', 'confirm'],
    ['Podemos remarcar?', 'reschedule'],
    ['Bevestigd, tot dinsdag.', 'confirm'],
    ['Kunnen we het verzetten?', 'reschedule'],
    ['We moeten helaas afzeggen.', 'decline'],
  ])('reads other languages: %s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('never counts quoted text', () => {
    const text = [
      'Sounds good.',
      '',
      'On Mon, Mar 2, 2026 at 9:14 AM Dana Reyes <dana@acme.example> wrote:',
      '> Reply "confirmed", or tell me what to add or change.',
      "> If the time no longer works we can reschedule, or I'll cancel - we went with another vendor?",
    ].join('\n');
    expect(classifyIntent(extractReplyText({ text }))).toEqual({
      intent: 'confirm',
      evidence: 'matched "sounds good" (confirm) in the first sentence',
      sentence: 0,
    });
  });
});

describe('classifyIntent: the cases of issue 12', () => {
  it.each([
    ['We need to move this to next week', 'reschedule'],
    ['Could we push this to next week?', 'reschedule'],
    ["Let's move this to next week", 'reschedule'],
    ['Can we shift the call to 3pm?', 'reschedule'],
    ['Something came up, we have to postpone.', 'reschedule'],
    ['Können wir das auf nächste Woche schieben?', 'reschedule'],
    ['On peut repousser d’une semaine ?', 'reschedule'],
    ['¿Podemos pasarla al jueves?', 'reschedule'],
    ['Dá para empurrar uma semana?', 'reschedule'],
    ['Kunnen we het een weekje opschuiven?', 'reschedule'],
  ])('reads moving, pushing, shifting and postponing as a reschedule: %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it('does not take "move forward" or "push back on" for a new time', () => {
    expect(intentOf("We've decided not to move forward this year.")).toBe('decline');
    expect(intentOf('Looks good, we want to push back on the pricing though.')).not.toBe('reschedule');
  });

  it('reads agreement plus a request as a change, and quotes both parts to the rep', () => {
    const result = classifyIntent('Looks good. Can Sam join too?');
    expect(result).toMatchObject({ intent: 'change', sentence: 1, sentences: [0, 1] });
    expect(result.evidence).toContain('"looks good" (confirm)');
    expect(intentWords('Hi Dana,\n\nLooks good. Can Sam join too?\n\nPriya')).toBe(
      'Looks good. Can Sam join too?',
    );
    expect(intentOf('Sounds good. Will we have time to cover pricing?')).toBe('change');
    expect(intentOf('Works for me. Is 10 AM your time or ours?')).toBe('change');
    expect(intentOf('Fine, but make sure Chris from finance gets the invite.')).toBe('change');
  });

  it('reads a topic wanted on the agenda as a change', () => {
    expect(intentOf('Wir brauchen noch Preise auf der Agenda')).toBe('change');
    expect(intentOf('Sounds good but we need pricing on the agenda.')).toBe('change');
  });

  it('needs a yes aimed at the meeting', () => {
    expect(classifyIntent('this is an email with a correct -- signature.')).toMatchObject({
      intent: 'unclear',
      evidence: '"correct" is not the answer itself in the first sentence',
    });
    expect(intentOf('Correct.')).toBe('confirm');
    expect(intentOf('Your deck looks great by the way.')).toBe('unclear');
    expect(intentOf('The agenda looks great.')).toBe('confirm');
    expect(intentOf('I confirm receipt of your email.')).toBe('unclear');
    expect(intentOf('Hiermit bestätige ich den Eingang Ihrer E-Mail.')).toBe('unclear');
    expect(intentOf('Ich bin bis Dienstag nicht im Büro.')).toBe('unclear');
    expect(intentOf('Bestätigt, bis Dienstag.')).toBe('confirm');
  });

  it('keeps a yes with a reservation or a condition open', () => {
    expect(intentOf('Not confirmed yet - waiting on our ops lead.')).toBe('unclear');
    expect(intentOf('Yes, but I need to check with Sam first.')).toBe('unclear');
    expect(intentOf('Sounds good. Need to check with Sam first though.')).toBe('unclear');
    expect(intentOf('Agreed, but only if legal is there.')).toBe('unclear');
    expect(intentOf('Sounds good, but our CFO will say no.')).toBe('unclear');
  });
});

// Product decision 2026-12-03: the rep has to answer a question about who attends, so it is a
// change, alone or beside a yes; a confirm (or an unclear for the bare question) loses the ask.
describe('a question about who attends', () => {
  it.each([
    'Who else is joining?',
    'who else is joining from your side?',
    "Who's on the call from Acme?",
    'Is anyone from your engineering team joining?',
    'How many people will be on the call?',
    'Wer nimmt von Ihrer Seite teil?',
    'Wer ist denn sonst noch dabei?',
    'Qui sera présent de votre côté ?',
    "Qui d'autre participe ?",
    '¿Quién más asistirá?',
    '¿Quiénes van a estar en la llamada?',
    'Quem mais participa?',
    'Quem vem da parte de vocês?',
    'Wie sluiten er nog aan?',
    'Wie is er van jullie kant bij?',
  ])('%s → change', (text) => {
    expect(intentOf(text)).toBe('change');
  });

  it.each([
    ['Looks good — who else is joining from your side?', 'Looks good — who else is joining from your side?'],
    ['Confirmed. Will your CTO be there?', 'Confirmed. Will your CTO be there?'],
    ['Passt, danke. Ist Ihr CTO auch dabei?', 'Passt, danke. Ist Ihr CTO auch dabei?'],
    ['Parfait. Votre directeur sera-t-il présent ?', 'Parfait. Votre directeur sera-t-il présent ?'],
    ['Perfecto. ¿Va a estar también tu jefe?', 'Perfecto. ¿Va a estar también tu jefe?'],
    ['Confirmado. Quem mais participa do seu lado?', 'Confirmado. Quem mais participa do seu lado?'],
    ['Klinkt goed. Komt jullie CTO ook?', 'Klinkt goed. Komt jullie CTO ook?'],
  ])('%s → change, quoting the yes and the question', (text, quoted) => {
    expect(intentOf(text)).toBe('change');
    expect(intentWords(`Hi Dana,\n\n${text}\n\nPriya`)).toBe(quoted);
  });

  it('is not a question when the prospect tells who comes, or asks about something else', () => {
    // Decision of 2026-12-07 (intent corpus README): naming another attendee is a change,
    // even beside a yes, since the rep must invite them; it was a confirm before.
    expect(intentOf('Confirmed from my end. Ravi will dial in from the Chennai office as well.')).toBe(
      'change',
    );
    expect(intentOf('Yes, confirmed. Will you share the slides afterwards?')).toBe('confirm');
    expect(intentOf("Who's Dana again?")).toBe('unclear');
  });
});

// Product decision 2026-12-03: "can't make it" with no other time stays a reschedule, since a
// decline cancels the meeting's pending steps and retracts its unsent messages.
describe("can't make it, with no other time offered", () => {
  it.each([
    "Unfortunately I can't make it on Tuesday.",
    "Tuesday's a no-go for me, sorry.",
    'Am Dienstag kann ich leider nicht. Sorry!',
    'Ce sera sans moi mardi, désolée.',
    'No voy a poder asistir, lo siento.',
    'Terça não vai dar pra mim, foi mal.',
    'Dinsdag red ik het niet, sorry.',
  ])('%s → reschedule', (text) => {
    expect(intentOf(text)).toBe('reschedule');
  });
});

describe('false "confirmed" found by the blind holdout (test/fixtures/intent-holdout)', () => {
  it.each([
    // A confirm word asking about new times is a question, clock times and all.
    'Sorry, kurzfristig Kundentermin reingekommen. Passt Ihnen Mittwoch 9:00 oder Freitag 11:00?',
    // "Yes to the agenda, but I may not come" in French, without a comma before "mais".
    "Oui pour l'agenda mais je ne suis pas sûr de pouvoir y assister moi-même, je verrai si quelqu'un peut me remplacer.",
  ])('%s → not confirm', (text) => {
    expect(classifyIntent(text).intent).not.toBe('confirm');
  });
});

describe('rules found by the second blind holdout (test/fixtures/intent-holdout/holdout-2.yaml)', () => {
  it('holds back a yes promised for later or made on a condition', () => {
    expect(intentOf('Je vous confirme demain.')).toBe('unclear');
    expect(intentOf('Te confirmo mañana.')).toBe('unclear');
    expect(intentOf("I'll confirm once I've spoken to Sam.")).toBe('unclear');
    expect(intentOf("I'll confirm once you add the pricing section.")).toBe('change');
    expect(intentOf('Ich bestätige, sobald der Punkt zur Schnittstelle drauf ist.')).not.toBe('confirm');
    // A time after "for" or "that" is what is confirmed, and a comma ends the condition.
    expect(intentOf('I confirm for tomorrow.')).toBe('confirm');
    expect(intentOf('Je vous confirme ma présence mardi.')).toBe('confirm');
    expect(intentOf('Confirmo que el martes nos va bien.')).toBe('confirm');
    expect(intentOf('Confirmed once again, see you then.')).toBe('confirm');
  });

  it('reads negated objections as a yes, and a yes qualified in any language as open', () => {
    expect(intentOf('Keine Einwände, passt für mich.')).toBe('confirm');
    expect(intentOf('Aucune remarque, ça me convient.')).toBe('confirm');
    expect(intentOf('Sem problemas, tá confirmado.')).toBe('confirm');
    expect(intentOf('Geen bezwaar, staat genoteerd.')).toBe('confirm');
    expect(intentOf('Ok pour moi. Par contre je serai 5 min en retard.')).toBe('unclear');
    expect(intentOf('Ahí estaré, aunque llegaré 10 minutos tarde.')).toBe('unclear');
  });

  it('reads another time offered in other words as a reschedule', () => {
    expect(intentOf('Do you have anything Thursday afternoon?')).toBe('reschedule');
    expect(intentOf('Jeudi matin, ça t’irait ?')).toBe('reschedule');
    expect(intentOf('¿El jueves te viene bien?')).toBe('reschedule');
    expect(intentOf('Dá para passarmos para sexta?')).toBe('reschedule');
    expect(intentOf('Kunnen we vrijdagochtend doen?')).toBe('reschedule');
    expect(intentOf('La agenda bien, pero la fecha no.')).toBe('reschedule');
    expect(intentOf('Please cancel Tuesday and send me new times.')).toBe('reschedule');
  });

  it('reads the order, the length and the time zone as a change', () => {
    expect(intentOf('Looks good. Can we start with the pricing part?')).toBe('change');
    expect(intentOf('Klinkt goed. Kunnen we beginnen met de prijzen?')).toBe('change');
    expect(intentOf('Fine. Please keep it to 30 minutes.')).toBe('change');
    expect(intentOf('Ok, ¿45 minutos te va?')).toBe('change');
    expect(intentOf('Conseguimos em 30 min em vez de 1h?')).toBe('change');
    expect(intentOf('Sounds good. Should I bring our CTO?')).toBe('change');
    expect(intentOf('Quick question: which time zone is that?')).toBe('change');
    // An agenda item brought forward is a change; the meeting brought forward is a reschedule.
    expect(intentOf('Können wir das Thema Preise vorziehen?')).toBe('change');
    expect(intentOf('Können wir den Termin vorziehen?')).toBe('reschedule');
    expect(intentOf('Kunnen we de afspraak naar voren halen?')).toBe('reschedule');
    expect(intentOf('Kunnen we het prijsgedeelte naar voren halen?')).toBe('change');
    // "est" and "cet" are French words before they are time zones.
    expect(intentOf("C'est à propos de quoi ?")).toBe('unclear');
  });

  it('reads staying with the current vendor, building in-house and "no need to meet" as a decline', () => {
    expect(intentOf('We have decided to stay with our current provider.')).toBe('decline');
    expect(intentOf('Wir bleiben bei unserem aktuellen Anbieter.')).toBe('decline');
    expect(intentOf('Vamos desenvolver isso internamente.')).toBe('decline');
    expect(intentOf('Een gesprek is dus niet nodig.')).toBe('decline');
    // Naming the vendor or the team is not leaving.
    // A team that joins is another attendee (decision of 2026-12-07): a change, not a decline.
    expect(intentOf('Our in-house team will join too. Looks good.')).toBe('change');
    expect(intentOf("We're happy with our current agenda, see you Tuesday.")).toBe('confirm');
  });

  it('leaves "call me instead" to the rep', () => {
    expect(intentOf('Call me instead, easier.')).toBe('unclear');
    expect(intentOf('Ruf mich lieber kurz an.')).toBe('unclear');
  });
});

// Decisions of 2026-12-07 (intent corpus README): a person brought along is a change, even
// beside a yes; a hedge beside an agreement leaves the reply unclear.
describe('a person brought along, and a hedged yes', () => {
  it.each([
    ["Confirmed, and I'll bring Sam along.", 'sam'],
    ['Passt, ich bringe meinen Kollegen mit.', 'meinen kollegen'],
    ['Parfait. Je viendrai avec Claire.', 'claire'],
    ['Perfecto, Ana de compras se unirá también.', 'ana de compras'],
  ])('%s → change, naming who', (text, who) => {
    const result = classifyIntent(text);
    expect(result.intent).toBe('change');
    expect(result.evidence).toContain(`names another attendee, "${who}"`);
  });

  it('brings no one along with material, a pronoun or the prospect alone', () => {
    expect(intentOf('Passt, ich bringe die Zahlen zum Termin mit.')).toBe('confirm');
    expect(intentOf('Confirmed, I will join.')).toBe('confirm');
    expect(intentOf('Everyone will be there. Confirmed.')).toBe('confirm');
    expect(intentOf("Confirmed. I'll need to check with Sam whether he can join.")).toBe('unclear');
  });

  it.each([
    'I think that works for us.',
    'Looks good, should work for us.',
    'Passt eigentlich, bis Dienstag.',
    'Sí, creo que está bien.',
    'Ik denk het wel.',
  ])('%s → unclear, hedged', (text) => {
    const result = classifyIntent(text);
    expect(result.intent).toBe('unclear');
    expect(result.evidence).toMatch(/hedge/);
  });
});
