/**
 * The structural guard on `confirm` (src/replies/confirm-guard.ts): a yes stays `confirm`
 * only when every other sentence is accounted for. Examples written for this test.
 */
import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../../src/replies/classify-intent.js';
import { guardConfirm, splitUnits } from '../../../src/replies/confirm-guard.js';

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
    'Confirmed. Ravi will dial in as well.',
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
