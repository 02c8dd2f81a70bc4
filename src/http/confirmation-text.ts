/**
 * What the prospect's confirmation page (`/c/`) says in words, in the language of the email
 * it was opened from (confirmation-words.ts): who is asking, and what happens to the answer.
 * agendum speaks for itself here, never for the rep: it says where the answer goes, not what
 * the rep will do with it.
 */
import type { Language } from '../domain/languages.js';
import { CONFIRMATION_WORDS } from './confirmation-words.js';

/** Who asks for the confirmation: the rep's name, and their company ("" when unknown). */
export interface Asker {
  name: string;
  company: string;
}

const who = (asker: Asker, language: Language) =>
  asker.company ? CONFIRMATION_WORDS[language].at(asker.name, asker.company) : asker.name;

/** "Dana Whitfield at Northwind asks you to confirm the plan for this meeting, or to suggest a change." */
export function confirmationAsk(asker: Asker, target: 'agenda' | 'recap', language: Language = 'en'): string {
  return CONFIRMATION_WORDS[language].ask[target](who(asker, language));
}

/**
 * The page after the prospect answered. The answer is on the rep's meeting page at once
 * (and a change in their inbox), so "can see … now" is true; "before the meeting" only
 * while the meeting has not started.
 */
export function answeredText(
  intent: 'confirm' | 'change',
  asker: Asker,
  beforeMeeting: boolean,
  language: Language = 'en',
): { title: string; text: string } {
  const words = CONFIRMATION_WORDS[language];
  if (intent === 'confirm') return { title: words.confirmed.title, text: words.confirmed.text(asker.name) };
  return { title: words.changed.title, text: words.changed.text(asker.name, beforeMeeting) };
}

/** The page after "Don't email me about meetings": the address is off agendum's list for good. */
export function optedOutText(asker: Asker, language: Language = 'en'): { title: string; text: string } {
  const { optedOut } = CONFIRMATION_WORDS[language];
  return { title: optedOut.title, text: optedOut.text(asker.name) };
}
