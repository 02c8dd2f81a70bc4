/**
 * The stage playbook: for each kind of meeting, the keywords that recognise it and the default
 * point (purpose, agenda, desired outcome) used when the event and the previous recap say
 * nothing. Shipped as templates/playbook.yaml; validated here so a typo fails at start-up.
 */
import { z } from 'zod';
import { AppError } from '../errors.js';
import { STAGES, type Stage } from './types.js';

/** One stage's defaults. `purpose` reads after "Why we're meeting:", `outcome` after "A good outcome …:". */
export interface StagePlay {
  label: string;
  /** Matched case-insensitively on word boundaries in the title, then the description. */
  keywords: string[];
  purpose: string;
  agenda: string[];
  outcome: string;
}

/** Every stage's play, and the stage used when no keyword matches. */
export interface Playbook {
  defaultStage: Stage;
  stages: Record<Stage, StagePlay>;
}

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const stagePlaySchema = z.strictObject({
  label: text(80),
  keywords: z.array(text(60)).max(50).default([]),
  purpose: text(500),
  agenda: z.array(text(200)).min(1, 'must list at least one item').max(10, 'must list at most 10 items'),
  outcome: text(500),
});

const stageSchema = z.enum(STAGES as [Stage, ...Stage[]], {
  error: `must be one of ${STAGES.join(', ')}`,
});

const playbookSchema = z.strictObject({
  default_stage: stageSchema,
  stages: z.strictObject(
    Object.fromEntries(STAGES.map((s) => [s, stagePlaySchema])) as Record<Stage, typeof stagePlaySchema>,
  ),
});

const KIND: Record<string, string> = { array: 'a list', object: 'a mapping of fields', string: 'text' };

/** Plain words for the generic zod messages a hand-edited YAML file triggers most. */
function messageFor(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  if (issue.input === undefined) return 'is missing';
  return `must be ${KIND[issue.expected] ?? issue.expected}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') return `${where}: unknown field(s) ${issue.keys.join(', ')}`;
  return `${where}: ${issue.message}`;
}

/**
 * Validates parsed playbook data (e.g. from YAML). Throws AppError('template_invalid') listing
 * every problem with its stage and field, e.g. "stages.demo.agenda: must list at least one item".
 * `source` names the file in the message.
 */
export function parsePlaybook(data: unknown, source = 'playbook'): Playbook {
  const parsed = playbookSchema.safeParse(data, { error: messageFor });
  if (!parsed.success) {
    const problems = parsed.error.issues.map(describeIssue).join('; ');
    throw new AppError('template_invalid', `${source} is invalid: ${problems}. Fix the file and restart.`);
  }
  const { default_stage, stages } = parsed.data;
  const normalized = Object.fromEntries(
    STAGES.map((s) => [s, { ...stages[s], keywords: stages[s].keywords.map((k) => k.toLowerCase()) }]),
  ) as Record<Stage, StagePlay>;
  return { defaultStage: default_stage, stages: normalized };
}
