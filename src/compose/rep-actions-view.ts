/**
 * The actions a notice offers the rep, in words, with the link to the action page: what
 * each one does, and the words the rep may reply with instead. Built from the actions the
 * state machine allows now (domain/rep-actions.ts), so a notice never offers a dead end.
 */
import type { ActionTarget, RepAction } from '../domain/rep-actions.js';

/** The reply that does each action, where one does (replies/parse-rep-command.ts reads them). */
export const REPLY_WORDS: Partial<Record<RepAction, string>> = {
  mark_confirmed: 'confirmed',
  keep: 'keep',
  keep_going: 'keep going',
};

/** '"a"', '"a" or "b"', '"a", "b" or "c"'. */
const orList = (w: string[]) =>
  w.length <= 1 ? (w[0] ?? '') : `${w.slice(0, -1).join(', ')} or ${w.at(-1)}`;

function says(action: RepAction, target: ActionTarget, who: string): { label: string; says: string } {
  switch (action) {
    case 'revise':
      return {
        label: 'Revise and send',
        says: `change the ${target === 'agenda' ? 'point' : 'recap'}; the revised ${target} goes to ${who} in the same thread, says what changed and asks them to confirm again`,
      };
    case 'mark_confirmed':
      return { label: 'Mark confirmed', says: `${who} agreed another way, on a call say` };
    case 'keep':
      return { label: 'Keep as is', says: 'you are not making the change; nothing is sent' };
    case 'keep_going':
      return {
        label: 'Keep going',
        says: 'the meeting still happens: its reminders and recap are planned again',
      };
    case 'stop':
      return { label: 'Stop', says: 'leave it stopped: nothing more goes out (already done)' };
  }
}

/** The actions block of a notice, as its templates see it. */
export type RepActionsView = ReturnType<typeof repActionsView>;

/** The data of the actions block (partials rep-actions-text/-html), or undefined when there are none. */
export function repActionsView(
  url: string | undefined,
  target: ActionTarget,
  offered: RepAction[],
  who: string,
) {
  if (!url || offered.length === 0) return undefined;
  const words = offered.map((a) => REPLY_WORDS[a]).filter((w): w is string => Boolean(w));
  return {
    url,
    items: offered.map((a) => says(a, target, who)),
    /** '"confirmed" or "keep"'; empty when no reply does any of them. */
    replyWords: orList(words.map((w) => `"${w}"`)),
  };
}
