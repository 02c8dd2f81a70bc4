/** What the rep is shown of how a reply was read: the prospect's own sentences, not the classifier's notes. */
import { type ClassifyOptions, classifyIntent, replySentences } from './classify-intent.js';

/**
 * The sentences of `replyText` that carried its intent, in the prospect's words and reading
 * order: for "Looks good. Can Sam join too?" both the agreement and the ask. "" when none did.
 * `opts` as the reply was classified with (the meeting, when known).
 */
export function intentWords(replyText: string, opts: ClassifyOptions = {}): string {
  const { sentence, sentences } = classifyIntent(replyText, opts);
  const quoted = sentences ?? (sentence === undefined ? [] : [sentence]);
  const all = replySentences(replyText);
  return quoted
    .map((i) => all[i] ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
