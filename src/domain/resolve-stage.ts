/**
 * Picks a meeting's playbook stage from keywords in its title, then its description, then the
 * next step carried from the previous meeting.
 */
import { descriptionToText } from './description-text.js';
import type { Playbook } from './playbook.js';
import { STAGES, type Stage } from './types.js';

/** The chosen stage and where it was found. */
export interface StageResolution {
  stage: Stage;
  /** 'previous_recap': read from the next step agreed at the previous meeting. */
  source: 'title' | 'description' | 'previous_recap' | 'default';
}

// A title or a next step is a line of text; longer input is cut so matching stays cheap.
const MAX_LINE = 1_000;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower case, one space between words, links removed (a URL is not the meeting's subject). */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(?:https?|ftp|mailto|tel):[^\s<>]*/g, ' ')
    .replace(/\s+/g, ' ');
}

/** True when `keyword` occurs in `text` as whole words ("demo" in "Demo call", not in "demonic"). */
export function containsKeyword(text: string, keyword: string): boolean {
  if (!keyword) return false;
  for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
    const before = text[at - 1];
    const after = text[at + keyword.length];
    if (
      (before === undefined || !WORD_CHAR.test(before)) &&
      (after === undefined || !WORD_CHAR.test(after))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The stage whose longest matching keyword is longest ("security review" beats "sync");
 * ties go to the earlier stage in STAGES. Null when nothing matches.
 */
function bestStage(text: string, playbook: Playbook): Stage | null {
  let best: { stage: Stage; length: number } | null = null;
  for (const stage of STAGES) {
    for (const raw of playbook.stages[stage].keywords) {
      const keyword = normalize(raw).trim();
      if (keyword.length > (best?.length ?? 0) && containsKeyword(text, keyword)) {
        best = { stage, length: keyword.length };
      }
    }
  }
  return best?.stage ?? null;
}

/**
 * Resolves the stage of a meeting: a keyword in the title wins, then one in the description
 * (HTML read as text, links ignored), then one in the next step carried from the previous
 * meeting ("technical deep-dive with Sam" makes a neutrally titled follow-up technical), else
 * the playbook's default stage. The meeting's own words come first: the rep may have booked
 * something other than what was agreed.
 */
export function resolveStage(
  event: { title: string; description: string },
  playbook: Playbook,
  carriedNextStep?: string,
): StageResolution {
  const fromTitle = bestStage(normalize(event.title.slice(0, MAX_LINE)), playbook);
  if (fromTitle) return { stage: fromTitle, source: 'title' };
  const fromDescription = bestStage(normalize(descriptionToText(event.description)), playbook);
  if (fromDescription) return { stage: fromDescription, source: 'description' };
  const fromNextStep = carriedNextStep
    ? bestStage(normalize(carriedNextStep.slice(0, MAX_LINE)), playbook)
    : null;
  if (fromNextStep) return { stage: fromNextStep, source: 'previous_recap' };
  return { stage: playbook.defaultStage, source: 'default' };
}
