/** What the rep is shown of how a reply was read: the prospect's own sentence, not the classifier's notes. */
import { classifyIntent, replySentences } from './classify-intent.js';

/** The sentence of `replyText` that carried its intent, in the prospect's words; "" when none did. */
export function intentWords(replyText: string): string {
  const { sentence } = classifyIntent(replyText);
  if (sentence === undefined) return '';
  return (replySentences(replyText)[sentence] ?? '').replace(/\s+/g, ' ').trim();
}
