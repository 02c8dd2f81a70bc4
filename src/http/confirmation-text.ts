/**
 * What the prospect's confirmation page (`/c/`) says in words: who is asking, and what
 * happens to the answer. agendum speaks for itself here, never for the rep: it says where
 * the answer goes, not what the rep will do with it.
 */

/** Who asks for the confirmation: the rep's name, and their company ("" when unknown). */
export interface Asker {
  name: string;
  company: string;
}

const who = (asker: Asker) => (asker.company ? `${asker.name} at ${asker.company}` : asker.name);

/** "Dana Whitfield at Northwind asks you to confirm the plan for this meeting, or to suggest a change." */
export function confirmationAsk(asker: Asker, target: 'agenda' | 'recap'): string {
  return target === 'agenda'
    ? `${who(asker)} asks you to confirm the plan for this meeting, or to suggest a change.`
    : `${who(asker)} asks you to confirm what you agreed in the meeting, or to correct it.`;
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
): { title: string; text: string } {
  if (intent === 'confirm') {
    return {
      title: 'Confirmed — thank you',
      text: `${asker.name} can now see that you confirmed. You can close this page.`,
    };
  }
  const when = beforeMeeting ? ' now, before the meeting' : ' now';
  return {
    title: 'Thanks — your suggestion is on its way',
    text: `${asker.name} can see your suggestion${when}. You can close this page.`,
  };
}

/** The page after "Don't email me about meetings": the address is off agendum's list for good. */
export function optedOutText(asker: Asker): { title: string; text: string } {
  return {
    title: 'Done — no more meeting emails',
    text: `agendum will not email that address again. ${asker.name} can see that you asked. You can close this page.`,
  };
}
