/**
 * Hedges: words that make a yes a guess ("should be fine I think", "probably ok",
 * "wahrscheinlich passt das", "je pense que ça devrait aller", "creo que sí", "acho que
 * sim", "ik denk het wel"). Product decision (intent corpus README): a hedge beside an
 * agreement leaves the reply `unclear`, because the rep must check what a guess is worth.
 * Data only, matched like the lexicon (`'` optional, `*` ends a word); the patterns are
 * regular-expression sources for what a phrase cannot say ("should … work").
 */

/** Hedging phrases, per language. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const HEDGE_PHRASES = [
  // en
  'probably', 'i think', 'think so', 'i guess', 'guess so', 'i believe', 'i suppose', 'i assume', 'i reckon',
  'i imagine', 'presumably', 'likely', 'most likely', 'as far as i know', 'afaik', 'seems', 'seem to',
  'hopefully', 'hope so', 'normally', 'at first glance', 'at first sight',
  // de
  'wahrscheinlich', 'vermutlich', 'voraussichtlich', 'ich denke', 'denke ich', 'denke schon', 'ich glaube',
  'glaube ich', 'glaube schon', 'eigentlich', 'anscheinend', 'scheint', 'hoffentlich', 'normalerweise',
  'auf den ersten blick',
  // fr
  'je pense', 'je crois', 'probablement', 'sans doute', 'a priori', 'à priori', 'normalement',
  'il me semble', 'je suppose', 'sûrement', 'je pense que oui', 'je crois que oui', "j'espère que oui",
  'à première vue',
  // es
  'creo que', 'creo que sí', 'pienso que', 'probablemente', 'supongo', 'imagino que', 'me imagino',
  'seguramente', 'me parece que', 'yo diría que', 'diría que sí', 'espero que sí', 'normalmente',
  'a primera vista',
  // pt
  'acho que', 'acho que sim', 'creio que', 'penso que', 'provavelmente', 'suponho', 'imagino que',
  'a princípio', 'parece que', 'espero que sim', 'à primeira vista',
  // nl
  'ik denk', 'denk ik', 'denk het wel', 'ik denk het wel', 'waarschijnlijk', 'vermoedelijk', 'ik neem aan',
  'volgens mij', 'ik geloof', 'ik vermoed', 'naar verwachting', 'zal wel', 'lijkt erop', 'hopelijk',
  'normaal gesproken', 'op het eerste gezicht',
];

/** A modal of likelihood before a yes: "should be fine", "sollte passen", "ça devrait aller". */
export const HEDGE_PATTERNS = [
  '\\b(?:should|ought to|might|may)\\s+(?:all\\s+|also\\s+)?(?:be\\s+)?(?:fine|ok|okay|good|great|alright|all right|work|do)\\b',
  '\\b(?:sollte|müsste|dürfte|sollten|müssten|dürften)\\s+(?:eigentlich\\s+|so\\s+|auch\\s+)?(?:passen|gehen|klappen|funktionieren|in ordnung sein|ok sein|okay sein|reichen|gut sein)\\b',
  '\\b(?:devrait|devraient)\\s+(?:aller|convenir|marcher|fonctionner|le faire|être bon|être bonne|être ok|être parfait|suffire)\\b',
  '\\b(?:debería|deberían)\\s+(?:estar bien|ir bien|funcionar|servir|valer|bastar)\\b',
  '\\b(?:deve|deveria|devem)\\s+(?:dar certo|dar|funcionar|servir|estar bom|estar ótimo|ficar bom|bastar)\\b',
  '\\b(?:zou|zouden)\\s+(?:wel\\s+)?(?:goed|prima|ok|oké)?\\s*(?:moeten|kunnen)\\b(?:\\s+(?:lukken|gaan|zijn|werken))?',
  '\\bmoet\\s+(?:wel\\s+)?(?:lukken|kunnen|gaan)\\b',
];
