/**
 * Which drafts a saved template file changes, so a save re-renders only those: an agenda
 * is written with `agenda/<its stage>.hbs` when that file exists, else `agenda/default.hbs`
 * (a recap the same way under `recap/`); a partial may be in any of them. The other
 * files write mail that never waits as a draft (notices to the rep, revisions sent at once),
 * and the playbook gives meetings their point when they are planned, not their drafts' text.
 */

/** A draft waiting for the rep: its kind and its meeting's stage. */
export interface DraftUse {
  kind: 'agenda' | 'recap';
  stage: string;
}

/** True when the draft is written with the file at `rel`; `ownStages` lists the stages of `<kind>/<stage>.hbs` files that exist. */
export function draftUsesTemplate(rel: string, draft: DraftUse, ownStages: ReadonlySet<string>): boolean {
  if (rel.startsWith('partials/')) return true;
  const m = /^(agenda|recap)\/([\w-]+)\.hbs$/.exec(rel);
  if (!m || m[1] !== draft.kind) return false;
  return m[2] === 'default' ? !ownStages.has(draft.stage) : m[2] === draft.stage;
}
