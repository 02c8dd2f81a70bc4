/** The verbs a recap's next step is read by: "send …" starts with one, "Priya sends …" uses one. */

// Verbs a next step typically starts with ("send two time options", "loop in Sam").
const VERBS = new Set(
  (
    'agree align approve arrange ask assess book bring build call check circle clarify collect come compare ' +
    'confirm connect consider decide deliver demo discuss document draft email estimate evaluate finalise ' +
    'finalize find follow forward gather get give go have hold identify install introduce invite join kick ' +
    'line list look loop make map meet need organise organize outline pick pilot plan prepare present price ' +
    'propose provide pull put quote reach reply respond return review revise run schedule scope see send set ' +
    'share sign start submit summarise summarize sync take talk tell test think trial try update validate ' +
    'verify walk want write'
  ).split(' '),
);

const IRREGULAR: Record<string, string> = { has: 'have', does: 'do', goes: 'go', is: 'be' };

/** Whether `word` (lower case) is one of the verbs a next step starts with. */
export function isStepVerb(word: string): boolean {
  return VERBS.has(word);
}

/** "sends" → "send", "pushes" → "push", "tries" → "try", "has" → "have": the verb of a -s form, or "". */
export function verbBase(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (!word.endsWith('s')) return '';
  const bases = [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`];
  return bases.find((b) => VERBS.has(b)) ?? '';
}
