/**
 * Which words may stand before a yes for it to be aimed at the meeting, and which may
 * follow a one-word answer. Data only; `confirm-aim.ts` applies them. A yes whose clause
 * names something else first ("Your deck looks great", "the new dashboard works for us")
 * is not a confirmation of the agenda, so the list is closed: an unknown word before the
 * phrase makes it not count. Lower case, as the matcher sees the text.
 */

/** Pronouns, articles, the meeting's own nouns, hedges and connectives, per language. */
// biome-ignore format: one word per line would make this data file hard to scan
export const AIM_WORDS = [
  // en
  'i', 'we', 'it', 'this', 'that', "that's", 'thats', "it's", 'its', "we're", "i'm", 'all', 'everything',
  'the', 'your', 'our', 'my', 'a', 'agenda', 'plan', 'proposal', 'outline', 'meeting', 'call', 'time',
  'date', 'slot', 'timing', 'point', 'points', 'item', 'items', 'topic', 'topics', 'recap', 'summary',
  'next', 'step', 'steps', 'new', 'proposed', 'updated', 'revised', 'suggested', 'outlined', 'listed',
  'sent', 'shared', 'you', 'for', 'on', 'of', 'to', 'me', 'us', 'from', 'side', 'both', 'also', 'really',
  'very', 'so', 'totally', 'overall', 'generally', 'otherwise', 'then', 'just', 'think', 'guess', 'and',
  'is', 'are', 'am', 'have', 'has', 'can', 'hereby', 'thanks', 'thank', 'hey', 'hi', 'hello', 'well', 'oh',
  'ah', 'still', 'fully', 'definitely', 'absolutely', 'honestly', 'sounds', 'looks', 'here', 'there',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'happy', 'noted',
  // "C'est noté et confirmé": a note taken and a yes, both about the meeting
  'noté', 'notiert', 'anotado', 'anotada', 'genoteerd', 'et', 'und', 'y', 'e', 'en',
  // de
  'ich', 'wir', 'es', 'das', 'dies', 'alles', 'die', 'der', 'den', 'dem', 'ihre', 'ihr', 'eure', 'unsere',
  'mir', 'uns', 'für', 'von', 'aus', 'tagesordnung', 'termin', 'vorschlag', 'punkte', 'themen', 'gespräch',
  'zeit', 'uhrzeit', 'datum', 'hiermit', 'gerne', 'sehr', 'auch', 'dann', 'soweit', 'danke', 'seite',
  'unserer', 'meiner', 'hallo', 'klar', 'insgesamt', 'so', 'ist', 'sind', 'mich', 'wirklich', 'total',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'am', 'bei', 'haben', 'habe', 'können', 'kann',
  // fr
  'je', 'nous', 'on', 'ça', 'ca', 'cela', "c'est", 'tout', 'le', 'la', 'les', "l'", 'votre', 'notre',
  'vos', 'nos', 'ordre', 'du', 'jour', 'rendez-vous', 'rdv', 'réunion', 'programme', 'sujets', 'horaire',
  'créneau', 'pour', 'moi', 'de', 'côté', 'aussi', 'très', 'bien', 'alors', 'merci', 'bonjour', 'est',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'ai', "n'ai", 'avons', "n'avons", 'pouvons',
  // es
  'yo', 'nosotros', 'eso', 'esto', 'todo', 'el', 'los', 'las', 'tu', 'su', 'vuestra', 'nuestra',
  'reunión', 'llamada', 'propuesta', 'puntos', 'temas', 'hora', 'fecha', 'para', 'mí', 'mi', 'por',
  'parte', 'también', 'muy', 'así', 'entonces', 'gracias', 'hola', 'me', 'nos', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'está', 'esta', 'tenemos', 'podemos',
  // pt
  'eu', 'nós', 'isso', 'isto', 'tudo', 'o', 'os', 'as', 'sua', 'seu', 'nossa', 'nosso', 'pauta',
  'reunião', 'conversa', 'proposta', 'pontos', 'horário', 'data', 'pra', 'mim', 'lado', 'muito', 'então',
  'obrigado', 'obrigada', 'oi', 'olá', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'tá', 'temos',
  // nl
  'ik', 'wij', 'het', 'dit', 'dat', 'alles', 'een', 'jullie', 'je', 'uw', 'onze', 'ons', 'mij', 'afspraak',
  'voorstel', 'punten', 'onderwerpen', 'tijd', 'tijdstip', 'datum', 'voor', 'van', 'kant', 'ook', 'heel',
  'zo', 'dan', 'bedankt', 'dank', 'hoi', 'hallo', 'lijkt', 'er', 'maandag', 'dinsdag', 'woensdag',
  'donderdag', 'vrijdag', "da's", "dat's", 'kunnen', 'kan', 'hebben', 'heb',
];

/**
 * What the subject of an agreeing phrase may name for the yes to be aimed at the meeting:
 * the meeting, its agenda, the next step, a plan, timeline, proposal, revision, version or
 * order, and the words that revise or order them ("the revised timeline first works for
 * us", "die neue Reihenfolge passt"). Only ever read as the clause before a yes: a settled
 * dispute names what it settles, and nothing else here says anything on its own.
 */
// biome-ignore format: one word per line would make this data file hard to scan
export const SUBJECT_WORDS = [
  // en
  'timeline', 'schedule', 'order', 'sequence', 'revision', 'version', 'approach', 'suggestion', 'changes',
  'amended', 'adjusted', 'corrected', 'changed', 'modified', 'reordered', 'reworked', 'final', 'latest',
  'first',
  // de
  'agenda', 'plan', 'zeitplan', 'ablauf', 'ablaufplan', 'reihenfolge', 'planung', 'fassung', 'version',
  'überarbeitung', 'schritt', 'schritte', 'nächste', 'nächster', 'nächsten', 'neue', 'neuer', 'neuen',
  'neues', 'überarbeitete', 'überarbeiteter', 'überarbeiteten', 'geänderte', 'geänderten', 'angepasste',
  'angepassten', 'aktualisierte', 'korrigierte', 'vorgeschlagene', 'vorgeschlagenen', 'zuerst', 'erst',
  'so',
  // fr
  'plan', 'planning', 'calendrier', 'proposition', 'révision', 'ordre', 'déroulé', 'étape', 'prochaine',
  'prochain', 'nouveau', 'nouvel', 'nouvelle', 'révisé', 'révisée', 'modifié', 'modifiée', 'corrigé',
  'corrigée', 'ajusté', 'ajustée', 'proposé', 'proposée', "d'abord", 'premier', 'première', 'ainsi',
  // es
  'agenda', 'plan', 'cronograma', 'calendario', 'revisión', 'versión', 'orden', 'paso', 'próximo',
  'siguiente', 'nuevo', 'nueva', 'revisado', 'revisada', 'modificado', 'modificada', 'actualizado',
  'actualizada', 'corregido', 'corregida', 'ajustado', 'ajustada', 'propuesto', 'primero', 'primera',
  // pt
  'agenda', 'plano', 'cronograma', 'calendário', 'revisão', 'versão', 'ordem', 'passo', 'próximo',
  'próxima', 'novo', 'nova', 'revisado', 'revisada', 'revisto', 'revista', 'atualizado', 'atualizada',
  'ajustado', 'ajustada', 'corrigido', 'corrigida', 'proposto', 'primeiro', 'primeira', 'assim',
  // nl
  'agenda', 'plan', 'planning', 'tijdlijn', 'tijdpad', 'volgorde', 'versie', 'herziening', 'stap',
  'volgende', 'nieuwe', 'nieuw', 'herziene', 'aangepaste', 'gewijzigde', 'bijgewerkte', 'voorgestelde',
  'eerst', 'eerste',
];

/** Words that may follow a one-word answer: "Perfect, thanks", "Great agenda", "Fine by me". */
// biome-ignore format: one word per line would make this data file hard to scan
export const ANSWER_FOLLOWERS = [
  'thanks', 'thank', 'please', 'for', 'by', 'with', 'from', 'agenda', 'plan', 'then', 'danke', 'für',
  'von', 'merci', 'pour', 'gracias', 'para', 'por', 'obrigado', 'obrigada', 'bedankt', 'dank', 'voor',
  'van',
];

/** Words that may come before a one-word answer: "Oh perfect", "Thanks, great", "Ok yes". */
// biome-ignore format: one word per line would make this data file hard to scan
export const ANSWER_LEADS = [
  'oh', 'ah', 'well', 'and', 'so', 'hey', 'hi', 'hello', 'hallo', 'hoi', 'alright', 'thanks', 'thank', 'you',
  'danke', 'merci', 'gracias', 'obrigado', 'obrigada', 'bedankt', 'dank', 'je', 'wel', 'allez', 'dale', 'bueno',
  // "Generally fine", "Grundsätzlich ja": a yes with a reservation still agrees
  'generally', 'overall', 'basically', 'broadly', 'grundsätzlich', 'globalement', 'general', 'geral',
];
