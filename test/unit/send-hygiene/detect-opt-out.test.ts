/** Reading a prospect's "stop emailing me" in six languages, and not reading it where it is not. */
import { describe, expect, it } from 'vitest';
import { detectOptOut } from '../../../src/replies/detect-opt-out.js';

const ASKS: Record<string, string[]> = {
  en: [
    'Please stop emailing me.',
    'Remove me from your mailing list.',
    'unsubscribe',
    'Take me off your list, thanks.',
    "Please don't email me again.",
    'Remove me.',
  ],
  de: [
    'Bitte keine E-Mails mehr.',
    'Bitte nehmen Sie mich vom Verteiler ab, danke.',
    'Entfernen Sie mich bitte aus Ihrer Liste.',
    'Ich möchte diese E-Mails abbestellen.',
  ],
  fr: ['Merci de me désabonner.', "Arrêtez de m'envoyer ces messages.", 'Retirez-moi de votre liste.'],
  es: ['Por favor, denme de baja.', 'No me envíen más correos.', 'Elimínenme de su lista, gracias.'],
  pt: ['Por favor, parem de me enviar e-mails.', 'Quero me descadastrar.', 'Remova-me da lista, obrigado.'],
  nl: [
    'Graag uitschrijven.',
    'Stop met mailen aub.',
    'Verwijder mij uit de mailinglijst.',
    'Geen e-mails meer alstublieft.',
  ],
};

const NOT_ASKS = [
  'Confirmed, see you Tuesday.',
  'Can you remove me from the invite and add Sam instead?',
  "Please don't unsubscribe me, I still want the recaps.",
  'Ich muss mich leider für Mittwoch abmelden.',
  'Ik moet me afmelden voor de meeting van dinsdag.',
  'Can we stop at 10:30? I have a hard stop.',
  'No quiero darme de baja, solo cambiar la hora.',
];

describe('detectOptOut', () => {
  for (const [lang, replies] of Object.entries(ASKS)) {
    it(`reads the ask in ${lang}`, () => {
      for (const reply of replies) expect(detectOptOut(reply), reply).not.toBeNull();
    });
  }

  it('reads nothing into replies that do not ask', () => {
    for (const reply of NOT_ASKS) expect(detectOptOut(reply), reply).toBeNull();
  });

  it('returns the words that asked, for the rep', () => {
    expect(detectOptOut('Thanks, but please stop emailing me.')?.phrase).toBe('stop emailing');
  });
});
