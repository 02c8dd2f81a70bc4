/**
 * The notice the editor shows after a save, a revert or a reset (read back from the
 * redirect's query, so a reload shows it again and posts nothing): what was saved and what
 * it did to the drafts waiting for their rep's approval.
 */

const DONE: Record<string, string> = {
  save: 'Saved: this version is now used for every email written with this file.',
  revert: 'Reverted: the older text is saved again as the newest version.',
  reset: 'Reset: the bundled file is used again (the saved versions stay in the history).',
};

const drafts = (n: number): string => (n === 1 ? '1 draft' : `${n} drafts`);

/** The words for `?done=…&drafts=N&kept=M&mailbox=K`, or undefined when the query is not a save's. */
export function savedNotice(query: Record<string, unknown>): string | undefined {
  const done = DONE[String(query.done ?? '')];
  if (!done) return undefined;
  const n = Number(query.drafts ?? 0) || 0;
  const kept = Number(query.kept ?? 0) || 0;
  const inMailbox = Number(query.mailbox ?? 0) || 0;
  const rerendered =
    n === 0
      ? 'No draft waiting for approval changed.'
      : `${drafts(n)} not yet approved ${n === 1 ? 'was' : 'were'} written again with it${
          kept > 0 ? ` (${kept} with ${kept === 1 ? 'its' : 'their'} rep’s edits kept on top)` : ''
        }; mail already approved or sent is unchanged.`;
  const left =
    inMailbox === 0
      ? ''
      : ` ${drafts(inMailbox)} already in ${inMailbox === 1 ? 'its' : 'their'} rep’s mailbox ${
          inMailbox === 1 ? 'was' : 'were'
        } left as written: the rep may have edited ${inMailbox === 1 ? 'it' : 'them'} there.`;
  return `${done} ${rerendered}${left}`;
}
