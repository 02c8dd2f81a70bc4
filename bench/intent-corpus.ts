/**
 * The intent section of `npm run bench`: reads the labelled corpus in
 * test/fixtures/intent-corpus (and the labelled replies in test/fixtures/replies) through the
 * whole reply pipeline and prints the confusion matrix (rows expected, columns got), confirm
 * precision and accuracy, computed on every run. Figures only, no timing, no pass/fail.
 */
import {
  corpusCounts,
  formatMatrix,
  type IntentScore,
  loadIntentCorpus,
  scoreIntentCorpus,
  scoreLabelledReplies,
} from '../test/helpers/intent-corpus.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function figures(score: IntentScore): string {
  const saidConfirm = Object.values(score.matrix).reduce((sum, row) => sum + row.confirm, 0);
  const rightConfirm = saidConfirm - score.falseConfirms.length;
  return [
    `confirm precision ${pct(score.confirmPrecision)} (${rightConfirm} of ${saidConfirm} "confirm" verdicts right)`,
    `accuracy ${pct(score.accuracy)} (${score.correct} of ${score.total})`,
  ].join(', ');
}

/** Prints the intent figures for the corpus and the labelled replies. */
export async function benchIntentCorpus(): Promise<void> {
  const cases = loadIntentCorpus();
  const languages = Object.entries(corpusCounts(cases))
    .map(([lang, row]) => `${lang} ${Object.values(row).reduce((a, b) => a + b, 0)}`)
    .join(', ');
  const corpus = await scoreIntentCorpus(cases);
  console.log(`intent corpus — ${cases.length} labelled replies (${languages})`);
  console.log(formatMatrix(corpus.matrix));
  console.log(figures(corpus));
  for (const v of corpus.wrong) {
    console.log(`  miss: ${v.case.id} expected ${v.case.intent}, got ${v.got}: ${v.case.label}`);
  }
  const labelled = await scoreLabelledReplies();
  console.log(`labelled replies (test/fixtures/replies, ${labelled.total}): ${figures(labelled)}`);
}
