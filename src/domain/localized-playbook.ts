/**
 * A language's playbook: the English one with the stage texts a language's
 * `locales/<code>/playbook.yaml` translates (label, purpose, agenda, outcome). Stage keywords
 * from every language are recognised whatever language the emails are in, so a German
 * title ("Kennenlernen") finds its stage for an English-writing rep too.
 */
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Playbook, StagePlay } from './playbook.js';
import { STAGES, type Stage } from './types.js';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const stageTextSchema = z.strictObject({
  label: text(80).optional(),
  keywords: z.array(text(60)).max(50).optional(),
  purpose: text(500).optional(),
  agenda: z
    .array(text(200))
    .min(1, 'must list at least one item')
    .max(10, 'must list at most 10 items')
    .optional(),
  outcome: text(500).optional(),
});

const localeSchema = z.strictObject({
  stages: z.partialRecord(z.enum(STAGES as [Stage, ...Stage[]]), stageTextSchema),
});

/** What a language's playbook file says: any stage's texts, each optional. */
export type PlaybookTranslation = z.infer<typeof localeSchema>;

/** Validates a language's playbook data; the error names the stage and field. */
export function parsePlaybookTranslation(data: unknown, source: string): PlaybookTranslation {
  const parsed = localeSchema.safeParse(data ?? { stages: {} });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`)
      .join('; ');
    throw new AppError('template_invalid', `${source} is invalid: ${problems}. Fix the file and reload.`);
  }
  return parsed.data;
}

/** The English playbook with one language's texts, and every language's keywords. */
export function localizePlaybook(
  english: Playbook,
  translation: PlaybookTranslation,
  allTranslations: readonly PlaybookTranslation[],
): Playbook {
  const stages = {} as Record<Stage, StagePlay>;
  for (const stage of STAGES) {
    const base = english.stages[stage];
    const own = translation.stages[stage] ?? {};
    const keywords = new Set(base.keywords);
    for (const t of allTranslations) {
      for (const k of t.stages[stage]?.keywords ?? []) keywords.add(k.toLowerCase());
    }
    stages[stage] = {
      label: own.label ?? base.label,
      purpose: own.purpose ?? base.purpose,
      agenda: own.agenda ?? base.agenda,
      outcome: own.outcome ?? base.outcome,
      keywords: [...keywords],
    };
  }
  return { defaultStage: english.defaultStage, stages };
}
