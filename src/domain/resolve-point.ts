/**
 * The point of a meeting — purpose, agenda, desired outcome — with where each part came from.
 * Each part resolves on its own, in order: what the event description says explicitly, then
 * (purpose only) the next step agreed at the previous meeting, then the playbook of the
 * meeting's stage, which that next step can name too (see resolveStage).
 */
import { purposeFromNextStep } from './carried-purpose.js';
import type { Language } from './languages.js';
import { parseDescriptionPoint } from './parse-description-point.js';
import type { Playbook } from './playbook.js';
import { resolveStage } from './resolve-stage.js';
import type { CarriedNextStep, MeetingPoint, Stage } from './types.js';

/** What resolvePoint needs: the event text, the playbook, and the carried next step if any. */
export interface ResolvePointInput {
  event: { title: string; description: string };
  playbook: Playbook;
  carried?: CarriedNextStep | null;
  /** The language of the playbook: a carried next step is worded as a purpose in it (English when absent). */
  language?: Language;
}

/** Resolves the stage and the point of a meeting; `point.source` says where each part came from. */
export function resolvePoint(input: ResolvePointInput): { stage: Stage; point: MeetingPoint } {
  const { event, playbook, carried } = input;
  const { stage, source: stageSource } = resolveStage(event, playbook, carried?.what);
  const play = playbook.stages[stage];
  const explicit = parseDescriptionPoint(event.description);
  const carriedPurpose = carried ? purposeFromNextStep(carried, input.language) : undefined;

  const [purpose, purposeSource] = explicit.purpose
    ? [explicit.purpose, 'event' as const]
    : carriedPurpose
      ? [carriedPurpose, 'previous_recap' as const]
      : [play.purpose, 'playbook' as const];

  return {
    stage,
    point: {
      purpose,
      agenda: explicit.agenda ?? [...play.agenda],
      outcome: explicit.outcome ?? play.outcome,
      source: {
        purpose: purposeSource,
        agenda: explicit.agenda ? 'event' : 'playbook',
        outcome: explicit.outcome ? 'event' : 'playbook',
        stage: stageSource,
      },
    },
  };
}
