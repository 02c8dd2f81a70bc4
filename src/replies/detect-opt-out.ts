/**
 * Whether a prospect's reply asks agendum to stop emailing them: "stop emailing me",
 * "remove me from your list", "unsubscribe", in English, German, French, Spanish,
 * Portuguese and Dutch. Read on the reply without quoted history (strip-reply.ts), so our
 * own words under it never count. The phrases are ones that say so outright; a "remove me"
 * needs a list or the emails after it ("remove me from the invite" is about a meeting), and
 * a negated ask ("don't unsubscribe me") does not count. Missing an opt-out costs one more
 * email the rep approves; a false one silences a prospect, so the rules stay narrow.
 */

/** The words of the reply that asked, or null when it did not. */
export interface OptOut {
  phrase: string;
}

const LIST = String.raw`(?:(?:mailing|e-?mail|distribution|contact)\s+)?(?:list|emails?|mails?|mailings?)`;

/** The ask in each language; case-insensitive, matched on whitespace-folded text. */
const PATTERNS: readonly RegExp[] = [
  // English
  /\bunsubscribe\b/iu,
  /\bstop\s+(?:e-?mailing|mailing|sending\s+(?:me\s+)?(?:e-?mails?|mails?|messages))\b/iu,
  new RegExp(String.raw`\bremove\s+me\s+from\s+(?:your|this|the|all)\s+${LIST}`, 'iu'),
  new RegExp(String.raw`\btake\s+me\s+off\s+(?:your|this|the)\s+${LIST}`, 'iu'),
  /\b(?:do\s+not|don'?t|never)\s+(?:e-?mail|contact)\s+me\b/iu,
  /\bopt\s+me\s+out\b|\bi\s+(?:want\s+to\s+|would\s+like\s+to\s+)?opt\s+out\b/iu,
  /\bremove\s+me\s*(?:[.!]|$)/iu,
  // German: "abmelden" alone also means leaving a meeting, so it needs the list.
  /\bkeine\s+(?:weiteren\s+)?(?:e-?mails?|mails|nachrichten)\s+mehr\b/iu,
  /\b(?:vom|aus\s+dem|von\s+(?:diesem|ihrem|dem))\s+(?:e-?mail-?)?(?:verteiler|newsletter|mailingliste|liste)\s+(?:ab|aus|abmelden|austragen|streichen|entfernen)\b/iu,
  /\b(?:newsletter|verteiler|e-?mails?|mails)\s+abbestellen\b/iu,
  /\b(?:entfernen|streichen)\s+sie\s+mich\b/iu,
  /\bhören\s+sie\s+auf,?\s+mir\s+(?:zu\s+)?(?:schreiben|e-?mails)/iu,
  // French
  /\bdésabonner\b|\bdésabonnez[- ]moi\b|\bdésinscrivez[- ]moi\b/iu,
  /\b(?:retirez|supprimez)[- ]moi\s+de\b/iu,
  /\b(?:arrêtez|cessez)\s+de\s+m['’]\s*(?:envoyer|écrire)\b/iu,
  /\bne\s+m['’]\s*(?:envoyez|écrivez)\s+plus\b|\bne\s+plus\s+recevoir\b/iu,
  // Spanish
  /\bdar(?:me)?\s+de\s+baja\b|\bdenme\s+de\s+baja\b|\bcancelar\s+(?:la\s+|mi\s+)?suscripci[oó]n\b/iu,
  /\bno\s+me\s+(?:envíen|envíes|manden|mandes|escriban|escribas)\s+más\b/iu,
  /\b(?:elimínenme|elimíname|sáquenme|sácame|bórrenme|bórrame)\s+de\b/iu,
  /\bdejen\s+de\s+(?:enviarme|escribirme|mandarme)\b/iu,
  // Portuguese
  /\bdescadastr(?:ar|e|em)(?:[- ]me)?\b|\bcancelar\s+(?:a\s+|minha\s+)?inscri[cç][aã]o\b/iu,
  /\bparem?\s+de\s+me\s+(?:enviar|mandar|escrever)\b/iu,
  /\b(?:me\s+remova|remova[- ]me|me\s+retire|retire[- ]me)\s+d[aeo]s?\b/iu,
  /\bnão\s+(?:me\s+)?(?:envie|enviem|mande|mandem)\s+mais\b|\bnão\s+quero\s+receber\s+mais\b/iu,
  // Dutch: "afmelden" alone also means leaving a meeting.
  /\buitschrijven\b|\bschrijf\s+(?:mij|me)\s+uit\b/iu,
  /\bverwijder\s+(?:mij|me)\s+(?:uit|van)\s+(?:de|jullie|uw|je|deze)\s+(?:mailing)?lijst\b/iu,
  /\bstop\s+met\s+(?:mailen|e-?mailen)\b|\bgeen\s+(?:e-?mails?|mails)\s+meer\b/iu,
];

/** A negation just before the phrase: "don't unsubscribe me", "bitte nicht abmelden". */
const NEGATED = /(?:^|[\s,;(])(?:don'?t|do\s+not|not|nicht|niet|pas|no|não)\s+(?:\S+\s+){0,2}$/iu;

/** The first opt-out phrase in `reply` (the prospect's words only), or null. */
export function detectOptOut(reply: string): OptOut | null {
  const text = reply.replace(/\s+/g, ' ');
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (NEGATED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    return { phrase: m[0].trim() };
  }
  return null;
}
