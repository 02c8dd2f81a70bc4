/** The prospect's confirmation page in each language: its own words throughout, its lang, nothing English left. */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/domain/languages.js';
import { answeredText, confirmationAsk, optedOutText } from '../../../src/http/confirmation-text.js';
import { CONFIRMATION_WORDS } from '../../../src/http/confirmation-words.js';
import { renderConfirmationPage } from '../../../src/http/pages/confirmation-page.js';

const OTHERS: Exclude<Language, 'en'>[] = ['de', 'fr', 'es', 'pt', 'nl'];
const ENGLISH = [
  'Confirm<',
  'Suggest a change',
  'Send suggestion',
  'Your email address',
  "Don't email me",
  'asks you',
  'meeting emails',
  'close this page',
  'thank you',
];
const asker = { name: 'Dana Whitfield', company: 'Northwind' };

describe('the confirmation page in every language', () => {
  it.each(OTHERS)('%s: the page, the answer pages and the opt-out page', (language) => {
    const w = CONFIRMATION_WORDS[language];
    const page = renderConfirmationPage({
      heading: w.heading.agenda,
      askedBy: confirmationAsk(asker, 'agenda', language),
      meetingTitle: 'Acme Robotics × Northwind',
      meetingWhen: '—',
      sections: [{ label: w.labels.purpose, text: 'x' }],
      sender: 'Dana <b>Whitfield</b>',
      optOutEmail: '',
      language,
    });
    expect(page).toContain(`<html lang="${language}">`);
    expect(page).toContain(`>${w.confirm}</button>`);
    expect(page).toContain(w.optOut.button);
    expect(page).toContain('Dana &#60;b&#62;Whitfield&#60;/b&#62;'); // the rep's name is still escaped
    const answers = [
      answeredText('confirm', asker, true, language),
      answeredText('change', asker, true, language),
      optedOutText(asker, language),
    ];
    for (const text of [page, ...answers.flatMap((a) => [a.title, a.text])]) {
      for (const phrase of ENGLISH) expect(text).not.toContain(phrase);
    }
    expect(confirmationAsk(asker, 'recap', language)).toContain('Dana Whitfield');
  });
});
