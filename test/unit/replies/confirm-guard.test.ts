/**
 * The structural guard on `confirm` (src/replies/confirm-guard.ts): a yes stays `confirm`
 * only when it is aimed at the meeting and every other sentence is accounted for. Examples
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../../src/replies/classify-intent.js';
import { guardConfirm } from '../../../src/replies/confirm-guard.js';
import { splitUnits } from '../../../src/replies/reply-units.js';

const intentOf = (text: string) => classifyIntent(text).intent;

describe('splitUnits', () => {
  it('splits lines, sentences and numbered items, on one line or many', () => {
    expect(splitUnits('1. Agenda is fine 2. Tuesday we are out').map((u) => u.text)).toEqual([
      'Agenda is fine',
      'Tuesday we are out',
    ]);
    expect(splitUnits('Hi Dana,\n- Sounds good. See you then!\n\nMaya').map((u) => u.text)).toEqual([
      'Hi Dana,',
      'Sounds good.',
      'See you then!',
      'Maya',
    ]);
  });

  it('keeps "10 a.m." and "inkl." inside their sentence and marks quoted agenda lines', () => {
    expect(splitUnits('Fine for 10 a.m. Tuesday.').map((u) => u.text)).toEqual(['Fine for 10 a.m. Tuesday.']);
    const units = splitUnits('> 3. Pricing overview\nWe can drop this one.');
    expect(units).toEqual([
      { text: '> 3. Pricing overview', quoted: true },
      { text: 'We can drop this one.', quoted: false },
    ]);
  });
});

describe('guardConfirm', () => {
  it.each([
    'Confirmed.',
    'Hi Dana,\n\nLooks good to me, see you Tuesday at 10.\n\nThanks!\nMaya Lind\nHead of Operations | Fjord Freight\n+46 70 123 45 67',
    'Passt, danke! Schönes Wochenende.\n\nViele Grüße\nJonas',
    "Parfait, c'est exactement ce que nous voulons aborder. Bonne journée !",
    'Perfecto, ahí nos vemos. Un saludo',
    'Combinado! Abraço',
    'Akkoord met de agenda. Fijne dag!',
    'Confirmed. I will dial in from the Chennai office.',
    'Sounds good. Btw congrats on the new office!',
  ])('lets a yes with only harmless company through: %s', (text) => {
    expect(guardConfirm(text)).toEqual({ ok: true });
  });

  it.each([
    ['Confirmed with procurement that we cannot sign before May.', 'procurement'],
    ['Confirming we got the signed contract.', 'got'],
    ['Tuesday works. The roadmap section can go, we saw it last month.', 'roadmap'],
    ['Is it 60 minutes? Too much for us. If it is 30, I confirm.', ''],
    ['1. Agenda approved\n2. The date is a problem on our side', 'problem'],
    ['The agenda works; whether I can make it I do not know yet.', 'whether'],
    ['Klingt gut. Unser Einkauf hat allerdings noch Fragen.', 'einkauf'],
    ['Ça me va. Pour la facture, voir avec la compta.', 'facture'],
    // Another attendee is no harmless company (decision of 2026-12-07): the rep must invite them.
    ['Confirmed. Ravi will dial in as well.', 'ravi'],
    ['Perfecto, estará también Marta.', 'marta'],
  ])('stops a yes next to content it cannot account for: %s', (text, word) => {
    const verdict = guardConfirm(text);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.intent).toBe('unclear');
      expect(verdict.reason).toContain(word);
    }
  });

  it('reads a confirm verb aimed at the access details as a request', () => {
    expect(guardConfirm('Looks good. Please confirm the Zoom link.')).toMatchObject({
      ok: false,
      intent: 'change',
    });
  });

  it('does not take a negated yes or a bare question as harmless', () => {
    expect(guardConfirm('Confirmed. Not sure about the rest.').ok).toBe(false);
    expect(guardConfirm('Confirmed. Tuesday?').ok).toBe(false);
  });
});

describe('classifyIntent with the guard', () => {
  it('leaves a yes next to unaccounted content unclear, quoting both', () => {
    const r = classifyIntent('Works for us. The competitor deep-dive can go, we have seen it.');
    expect(r.intent).toBe('unclear');
    expect(r.evidence).toContain('not a plain yes');
    expect(r.sentences).toEqual([0, 1]);
  });

  it('never lets a confirm word aimed at something else confirm', () => {
    expect(classifyIntent('I confirm we received the purchase order.').intent).not.toBe('confirm');
    expect(classifyIntent('Bevestigd dat we de offerte hebben ontvangen.').intent).not.toBe('confirm');
  });

  it('keeps plain yeses confirm', () => {
    expect(classifyIntent('Ok, confirmed. Talk Tuesday!\n\nBest,\nAlex').intent).toBe('confirm');
    expect(classifyIntent('Tudo certo, até terça!').intent).toBe('confirm');
  });
});

describe('a yes whose subject names what it agrees to', () => {
  it.each([
    'Sorry, my mistake: confirmed, the revised timeline first works for us.',
    'Entschuldigung, mein Fehler: bestätigt, der überarbeitete Zeitplan zuerst passt für uns.',
    "Désolé, mon erreur : confirmé, le calendrier révisé d'abord nous convient.",
    'Perdón, error mío: confirmado, el cronograma revisado primero nos funciona.',
    'Desculpe, erro meu: confirmado, o cronograma revisado primeiro funciona para nós.',
    'Sorry, mijn fout: bevestigd, de herziene planning eerst werkt voor ons.',
  ])('settles a disputed next step: %s', (text) => {
    expect(classifyIntent(text)).toMatchObject({ intent: 'confirm' });
  });

  it.each([
    'The revised timeline works for us.',
    'The new order is fine.',
    'That works.',
    'The next step works for us.',
    'Die neue Reihenfolge ist gut.',
    'Der nächste Schritt passt.',
    'Le nouvel ordre nous va.',
    'La prochaine étape nous convient.',
    'El nuevo orden está bien.',
    'El siguiente paso nos parece bien.',
    'A nova ordem está ótima.',
    'O próximo passo funciona para nós.',
    'De nieuwe volgorde is prima.',
    'De volgende stap is prima.',
  ])('confirms when the subject is the meeting, its plan or its next step: %s', (text) => {
    expect(intentOf(text)).toBe('confirm');
  });

  it.each([
    'The pricing proposal works for us.',
    'Confirmed, the NDA works for us.',
    'Entschuldigung, mein Fehler: der Vertrag passt für uns.',
    'Désolé, mon erreur : le devis nous convient.',
    'Perdón, error mío: el contrato nos funciona.',
    'Desculpe, erro meu: o orçamento está ótimo.',
    'Sorry, mijn fout: de offerte is prima.',
  ])('does not confirm when the subject is something else: %s', (text) => {
    expect(intentOf(text)).not.toBe('confirm');
  });
});

describe('an apology or a self-correction beside a yes', () => {
  it.each([
    'Oops, that works.',
    'Sorry Dana, my bad. Confirmed!',
    'Entschuldigung, mein Fehler. Passt so.',
    'Désolé, mon erreur. Ça me va.',
    'Perdón, error mío. Confirmado.',
    'Desculpe, erro meu. Combinado!',
    'Sorry, mijn fout. Akkoord.',
  ])('leaves a plain yes confirm: %s', (text) => {
    expect(intentOf(text)).toBe('confirm');
  });

  it.each([
    // a request
    ['Sorry, my mistake: confirmed. Could you also send the pricing sheet?', 'change'],
    // a question
    ['Oops, confirmed. Is the call 30 or 60 minutes?', 'change'],
    // a condition
    ['Sorry, my mistake: the revised timeline works for us if legal signs off by Friday.', 'unclear'],
    ['Perdón, error mío: confirmado, siempre que terminemos antes de las 10:30.', 'unclear'],
    // another time
    ['Sorry, my mistake: confirmed, but Wednesday at 3 works better for us.', 'reschedule'],
    ['Sorry, mijn fout: bevestigd. Kunnen we het op donderdag doen?', 'reschedule'],
    // a doubt about attending
    ['The new order is fine, not sure I can make it though.', 'unclear'],
    ['Désolé, mon erreur : confirmé. Je ne sais pas encore si je pourrai être là.', 'unclear'],
    // confirming something else
    ['Sorry for the delay: confirming receipt of your email.', 'unclear'],
    ['Oops, sorry. Confirmed the NDA, will send it back today.', 'unclear'],
    ['Desculpe, erro meu: confirmado o recebimento do e-mail.', 'unclear'],
    // a German noun is not a name because a thank-you stands beside it
    ['Bestätigt. Danke, Budgetfreigabe Ende Mai.', 'unclear'],
  ])('does not let it carry other content: %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
    // The guard stops it on its own too, whatever the ask rules make of it.
    expect(guardConfirm(text).ok).toBe(false);
  });

  it('does not take "oh wait" for an apology: it takes the yes back', () => {
    expect(intentOf("Confirmed - oh wait, I just saw I'm flying back that day.")).not.toBe('confirm');
  });
});
