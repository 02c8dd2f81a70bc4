/**
 * A meeting's answers as the rep reads them: each move of the point (or of the recap's next
 * step) says who, how, when and in their words, and the recap says what was agreed, the
 * next step, whose it is, by when and where it stands.
 */
import { html, type SafeHtml } from '../html.js';
import type { ConfirmationView, RecapView } from '../meetings-view.js';
import { type Reader, readerDay, readerTime } from './dashboard-time.js';
import { nextStepStatusWords, ownerWords } from './point-words.js';
import { capitalized, plainWords } from './words.js';

const HOW: Record<string, string> = { reply: 'by reply', page: 'on the confirmation page' };

// What the prospect did, by the status their answer moved the point or next step to.
const PROSPECT_DID: Record<'agenda' | 'recap', Record<string, string>> = {
  agenda: { confirmed: 'confirmed', change_requested: 'asked for a change', declined: 'declined' },
  recap: { confirmed: 'confirmed the next step', disputed: 'disputed the next step' },
};

// What the rep did: the rep's acts are stored by the status they led to.
const REP_DID: Record<'agenda' | 'recap', Record<string, string>> = {
  agenda: {
    confirmed: 'You marked it confirmed',
    revised: 'You sent a revised agenda',
    unconfirmed: 'You kept it as it was',
  },
  recap: {
    confirmed: 'You marked the next step confirmed',
    revised: 'You sent a revised recap',
    sent: 'You kept the next step as it was',
  },
};

/**
 * "Priya confirmed by reply, Tue, Dec 8, 10:02 AM EST: “Confirmed, see you then”";
 * `prospect` is who answers ("Priya", "the prospect").
 */
export function historyLine(
  c: ConfirmationView,
  target: 'agenda' | 'recap',
  prospect: string,
  reader: Reader,
): string {
  const who =
    c.via === 'rep'
      ? (REP_DID[target][c.status] ?? `You marked it ${plainWords(c.status)}`)
      : `${capitalized(prospect)} ${PROSPECT_DID[target][c.status] ?? plainWords(c.status)} ${
          HOW[c.via] ?? `by ${plainWords(c.via)}`
        }`;
  const words = c.words.trim();
  return `${who}, ${readerTime(c.at, reader)}${words ? `: “${words}”` : ''}`;
}

/** The history as a list, oldest first; `empty` says so when nobody has answered (nothing if null). */
export function historyList(
  confirmations: ConfirmationView[],
  target: 'agenda' | 'recap',
  prospect: string,
  reader: Reader,
  empty: string | null,
): SafeHtml {
  if (confirmations.length === 0) return empty ? html`<p class="muted">${empty}</p>` : html``;
  return html`<ol class="history">${confirmations.map(
    (c) => html`<li>${historyLine(c, target, prospect, reader)}</li>`,
  )}</ol>`;
}

/** The recap: agreed point, next step, owner, due date, status, and the answers to it. */
export function recapSection(recap: RecapView, prospect: string, reader: Reader): SafeHtml {
  return html`<h3>Recap</h3>
<p><strong>Agreed:</strong> ${recap.agreed}</p>
<p><strong>Next step:</strong> ${recap.nextStep}</p>
<p><strong>Owner:</strong> ${capitalized(ownerWords(recap.owner, prospect))} · <strong>Due:</strong> ${
    recap.dueDate ? readerDay(recap.dueDate, reader) : 'no date'
  }</p>
<p><strong>Status:</strong> ${nextStepStatusWords(recap.status)}</p>
${historyList(
  recap.confirmations,
  'recap',
  prospect,
  reader,
  // Before the recap is sent there is nothing to answer.
  recap.status === 'pending' ? null : 'No answer to the recap yet.',
)}`;
}
