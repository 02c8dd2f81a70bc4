/**
 * The confirm side of intent classification, in English, German, French, Spanish,
 * Portuguese and Dutch: what counts as a yes, what holds it back, what negates it. Data
 * only; the asks (change, reschedule, decline) are in `lexicon-asks.ts`. Phrases are
 * matched case-insensitively on whole words; a space matches any run of spaces, `'` is
 * optional (so "cant" matches "can't"), and a trailing `*` matches the rest of a word.
 * Where phrases overlap, the longest wins ("can't confirm" beats "confirm").
 */
import { WEEKDAYS } from './time-words.js';

/**
 * "bis Dienstag", "à mardi", "hasta el martes", "até terça", "tot dinsdag": see you then,
 * but only as a clause of its own (the same words mean "until").
 */
export const SEE_YOU_ON_DAY = [
  ...WEEKDAYS.de.map((d) => `bis ${d}`),
  ...WEEKDAYS.fr.map((d) => `à ${d}`),
  ...WEEKDAYS.es.flatMap((d) => [`hasta el ${d}`, `nos vemos el ${d}`]),
  ...WEEKDAYS.pt.map((d) => `até ${d}`),
  ...WEEKDAYS.nl.map((d) => `tot ${d}`),
];

/**
 * An affirmative act or an evaluation aimed at the agenda: counted unless negated, asked,
 * or aimed at something else ("Your deck looks great" is not about the meeting).
 */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const CONFIRM_PHRASES = [
  // en
  'confirmed', 'confrimed', 'comfirmed', 'confimed', 'i confirm', 'we confirm', 'i can confirm', 'happy to confirm', 'confirming', 'sounds good',
  'sounds great', 'sounds perfect', 'sounds right', 'sounds fine', 'looks good', 'looks great',
  'looks perfect', 'looks right', 'looks fine', 'look good', 'look great', 'works for me', 'works for us',
  'that works', 'this works', 'works well', 'works fine', 'see you', 'see u', 'talk then', 'speak then',
  'all good', 'agreed', 'i agree', 'we agree', 'agree', "that's right", 'that is right', "that's correct",
  'that is correct', "you're right", 'spot on', 'exactly right', 'same page', 'looking forward',
  'count me in', "we're good", 'all set', 'good to go', 'that matches', 'this matches', 'covers it',
  'happy with that', 'happy with this', 'happy with it', 'happy with the agenda', 'happy with the plan', 'happy with the proposal', 'fine by me',
  'fine with me', 'fine for me', 'good for me', 'good for us', 'good plan', 'great plan',
  'sounds like a plan', 'sure thing', 'great, see you', 'approved', 'agenda approved', "we're ready",
  'all fine', 'all perfect', 'makes sense', 'lgtm', 'look forward to', '👍',
  '✅', '👌', '🙌',
  // de
  'bestätigt', 'ich bestätige', 'bestätige', 'passt', 'passt gut', 'passt mir', 'passt uns', 'passt so',
  'passt perfekt', 'passt soweit', 'klingt gut', 'klingt super', 'klingt prima', 'klingt perfekt',
  'sieht gut aus', 'sieht super aus', 'einverstanden', 'alles klar', 'bis dann', 'stimmt so', 'richtig so',
  'genau so', 'in ordnung', 'geht klar', 'sehen uns', 'freuen uns', 'freue mich', 'machen wir so', 'klappt',
  'stimmt', 'alles gut', 'alles perfekt', 'alles prima', 'abgenickt', 'so machen wir das',
  'so machen wir es', 'machen wir so', 'macht sinn', 'klingt vernünftig', 'schaut gut aus', 'schaut super aus',
  'bin dabei', 'sind dabei', 'ok für mich', 'ok für uns', 'okay für mich', 'passt für mich', 'passt für uns',
  'termin steht', 'deckt sich mit', 'decken sich mit', 'fest eingeplant', 'freue mich auf',
  // fr
  'confirmé', 'confirmée', 'je confirme', 'nous confirmons', 'ça me va', 'ca me va', 'ça nous va',
  'ca nous va', "d'accord", "c'est bon", "c'est parfait", 'ok pour moi', 'ok pour nous', 'ça marche',
  'ca marche', "c'est exact", 'très bien', 'validé', 'validée', "c'est validé", 'ça correspond',
  'correspond bien', 'tout est bon', 'tout est parfait', 'je valide', 'nous validons', 'on valide',
  'me convient', 'nous convient', 'convient parfaitement', "c'est tout bon", 'à tantôt', 'ok pr moi',
  'je vous confirme', 'nous vous confirmons', 'correspond tout à fait', 'correspond parfaitement',
  'me semble bien', 'me paraît bien', 'ça roule',
  // es
  'confirmado', 'confirmada', 'confirmo', 'me parece bien', 'nos parece bien', 'me parece perfecto',
  'nos parece perfecto', 'de acuerdo', 'nos vemos', 'está bien', 'me va bien', 'nos va bien', 'todo bien',
  'todo correcto', 'todo perfecto', 'todo ok', 'ahí estaremos', 'allí estaremos', 'nos cuadra', 'me cuadra',
  'me sirve', 'nos sirve', 'tiene sentido', 'ahí estaré', 'allí estaré', 'queda confirmada', 'queda confirmado',
  'me viene bien', 'nos viene bien', 'te confirmo', 'le confirmo', 'les confirmo', 'confirmamos',
  // pt
  'combinado', 'tudo certo', 'tudo bem', 'de acordo', 'pode ser', 'fechado', 'está ótimo', 'está bom',
  'está perfeito', 'parece bom', 'parece-me bem', 'parece bem', 'até lá', 'estaremos lá', 'tudo ok',
  'tudo perfeito', 'faz sentido', 'concordo', 'concordamos', 'fechou', 'tô dentro', 'estou dentro',
  'tá confirmado', 'tá ótimo', 'tá bom', 'tá ok', 'tá certo', 'parece-nos bem', 'por mim tudo bem',
  // nl
  'bevestigd', 'ik bevestig', 'klinkt goed', 'lijkt me goed', 'lijkt mij goed', 'akkoord', 'helemaal goed',
  'is goed', 'prima zo', 'klopt', 'tot dan', 'ziet er goed uit', 'we zijn erbij', 'we zijn er klaar voor',
  'helemaal prima', 'alles goed', 'klinkt logisch', "da's goed", 'goed voor mij', 'goed voor ons',
  'prima voor mij', 'prima voor ons', 'staat genoteerd', 'ons vinden in', 'ons volledig vinden in',
  'mij vinden in', 'ik ben erbij', 'oké voor mij', 'ok voor mij',
  // A predicate that agrees with its subject ("the revised timeline works for us", "die neue
  // Reihenfolge ist gut"): a yes only when the subject names the meeting, its agenda, the
  // next step, a plan or a revision, or is "it", "this", "that" (`confirm-aim.ts`).
  'works', 'works perfectly', 'works great', 'is fine', 'is good', 'is ok', 'is okay', 'is perfect',
  'is great', 'is all good', "that's fine", "that's good", "that's ok", "that's okay", "that's perfect",
  "that's great", "it's fine", "it's good", "it's perfect", 'suits us', 'suits me',
  'funktioniert', 'funktioniert für uns', 'funktioniert für mich', 'ist gut', 'ist ok', 'ist okay',
  'ist perfekt', 'ist prima', 'ist super', 'geht für uns', 'geht für mich',
  'est parfait', 'est parfaite', 'est ok', 'est bon', 'est bonne', 'est très bien', 'fonctionne',
  'fonctionne pour nous', 'fonctionne pour moi', 'marche pour nous', 'marche pour moi', 'nous va',
  'funciona', 'nos funciona', 'me funciona', 'funciona para nosotros', 'está perfecto', 'está perfecta',
  'es perfecto', 'está genial',
  'funciona para nós', 'funciona pra nós', 'funciona pra gente', 'nos serve', 'serve para nós',
  'serve pra nós', 'está ótima', 'está boa', 'está perfeita', 'está certo', 'está certa', 'tá ótima',
  'tá boa', 'tá perfeito', 'é perfeito',
  'werkt', 'werkt voor ons', 'werkt voor mij', 'is prima', 'is oké', 'is perfect', 'past ons', 'past goed',
  'past prima',
];

/**
 * Words that are a yes only as the answer itself, at the start of a sentence ("Correct.",
 * "Yes, see you then", "Perfect, thanks"): elsewhere they describe something else
 * ("an email with a correct signature").
 */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const CONFIRM_INTERJECTIONS = [
  // en
  'yes', 'yep', 'yup', 'yeah', 'sure', 'ok', 'okay', 'perfect', 'great', 'good', 'fine', 'correct', 'exactly',
  'right', 'excellent', 'brilliant', 'lovely', 'awesome', 'absolutely', 'definitely', 'cool',
  // de
  'ja', 'jep', 'genau', 'perfekt', 'prima', 'super', 'top', 'richtig', 'gerne', 'gern', 'klar', 'okay', 'gut',
  // fr
  'oui', 'parfait', 'exact', 'exactement', 'entendu', 'génial', 'nickel', 'impeccable',
  // es
  'sí', 'vale', 'dale', 'perfecto', 'genial', 'correcto', 'claro', 'exacto', 'estupendo', 'bien',
  // pt
  'sim', 'certo', 'perfeito', 'ótimo', 'beleza', 'correto', 'exato', 'show',
  // nl
  'precies', 'goed', 'oké', 'uitstekend',
];

/** "Nothing to add", "keine Änderungen": the answer to "tell me what to add or change". */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const NO_CHANGE_PHRASES = [
  // en
  'no changes', 'no change', 'nothing to add', 'nothing to change', 'no additions', 'no objections',
  'no objection', 'nothing further to add', 'nothing else to add', 'nothing more to add', 'no problem',
  'not a problem', 'no concerns', 'no comments',
  // de
  'keine änderungen', 'keine änderung', 'nichts zu ergänzen', 'nichts hinzuzufügen', 'nichts zu ändern',
  'kein problem', 'keine einwände', 'keine ergänzungen', 'ergänzungen haben wir keine', 'keine anmerkungen',
  // fr
  'pas de changement', 'pas de changements', 'aucun changement', 'rien à ajouter', 'rien à changer',
  'aucune objection', 'aucune remarque', 'pas de remarque', 'pas de modification', 'aucune modification',
  'pas de souci', 'aucun souci', 'aucun problème', 'pas de problème', 'rien à redire',
  // es
  'sin cambios', 'ningún cambio', 'nada que añadir', 'nada que agregar', 'ningún problema', 'sin problema',
  'sin problemas', 'ninguna observación', 'sin observaciones', 'ninguna objeción', 'sin objeciones',
  'nada que cambiar',
  // pt
  'sem alterações', 'sem mudanças', 'nada a acrescentar', 'nada a adicionar', 'sem problemas', 'sem problema',
  'nenhum problema', 'sem objeções', 'sem observações', 'nada a alterar', 'nada a mudar',
  // nl
  'geen wijzigingen', 'geen aanpassingen', 'niets toe te voegen', 'geen bezwaar', 'geen bezwaren',
  'geen probleem', 'geen opmerkingen', 'geen aanvullingen', 'aanvullingen hebben wij niet',
  'aanvullingen hebben we niet', 'niets aan toe te voegen',
];

/** "Call me": the prospect wants to talk first, which the rep has to read (a hold). */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const CALL_ME_PHRASES = [
  'call me', 'give me a call', 'ring me', 'phone me', 'ruf mich an', 'rufen sie mich an', 'ruf mich',
  'appelle-moi', 'appelez-moi', 'appelle moi', 'appelez moi', 'llámame', 'llámeme', 'llamame', 'me llamas',
  'me liga', 'me ligue', 'liga-me', 'ligue-me', 'bel me', 'bel mij', 'belt u mij',
];

/** Not a yes yet: the prospect holds the confirmation back. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const HOLD_PHRASES = [
  ...CALL_ME_PHRASES,
  // en
  'before i confirm', 'before we confirm', 'not confirmed', "can't confirm", 'cannot confirm',
  'can not confirm', 'unable to confirm', 'not yet', 'not sure', 'need to check', 'have to check',
  'need to confirm', 'let me check', "i'll check", 'will check', 'get back to you', 'check with',
  'tentative', 'tentatively', 'maybe', 'possibly', 'tbd', 'let you know', 'let me think', 'think about it',
  'run it by', 'run this by', 'still discussing', 'waiting on', 'waiting for', 'depends on', 'loop back',
  'circle back', 'revert', 'come back to you', 'still need', 'pending', 'sign-off', 'sign off', 'only if',
  'unless', 'provided that', 'as long as', 'in theory', 'in principle',
  // de
  'bevor ich bestätige', 'noch nicht', 'nicht bestätigt', 'kann nicht bestätigen',
  'kann ich nicht bestätigen', 'muss noch', 'muss erst', 'rücksprache', 'melde mich', 'vielleicht',
  'abstimmen', 'hängt vom', 'hängt von', 'bescheid', 'muss ich mir', 'schaue es mir', 'schaue mir',
  'nur wenn', 'sofern', 'vorausgesetzt', 'im prinzip', 'theoretisch', 'brauche noch', 'brauchen noch',
  'kläre das',
  // fr
  'avant de confirmer', 'pas encore', 'pas confirmé', 'je dois vérifier', 'je vérifie',
  'je reviens vers vous', 'peut-être', 'je ne peux pas confirmer', "dois d'abord", "d'abord vérifier",
  'vérifier avec', 'en parler', 'je vous redis', 'cela dépend', 'ça dépend', 'reviens vers',
  'seulement si', 'à condition', 'en principe', 'en théorie',
  'je regarde', 'je vous tiens au courant',
  // es
  'antes de confirmar', 'todavía no', 'aún no', 'no puedo confirmar', 'tengo que consultar',
  'tengo que verificar', 'tengo que hablar', 'primero tengo que', 'consultarlo', 'quizás', 'tal vez',
  'te digo algo', 'le digo algo', 'depende del', 'depende de', 'lo miro', 'te comento', 'le comento',
  'solo si', 'siempre que', 'en principio', 'en teoría', 'puede ser',
  // pt
  'ainda não', 'não posso confirmar', 'não consigo confirmar', 'preciso verificar', 'preciso confirmar',
  'vou verificar', 'talvez', 'preciso falar', 'preciso ver', 'primeiro preciso', 'te aviso', 'depende do',
  'te falo', 'vou ver', 'te retorno', 'só se', 'desde que', 'em princípio', 'em teoria',
  // nl
  'voordat ik bevestig', 'nog niet', 'kan niet bevestigen', 'moet even checken', 'moet nog', 'moet eerst',
  'ik kom erop terug', 'misschien', 'overleggen', 'laat het je weten', 'laat het weten', 'hangt af',
  'ik kijk er', 'kom ik op terug', 'alleen als', 'mits', 'in principe', 'in theorie',
];

/** A hold in a sentence with one of these conditions the yes ("…check with Sam first"). */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const CONDITION_WORDS = [
  'first', 'yet', 'before', 'until', 'erst', 'zuerst', 'vorher', "d'abord", 'avant', 'primero', 'antes',
  'primeiro', 'eerst', 'voordat',
];

/** Words that negate the phrase right after them in the same clause. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const NEGATIONS = [
  'not', 'no', 'never', 'cannot', 'nothing', 'neither', 'nor', 'nicht', 'kein', 'keine', 'keinen', 'nie',
  'nichts', 'pas', 'ne', 'jamais', 'rien', 'aucun', 'nunca', 'nada', 'sin', 'ningún', 'não', 'nao', 'nem',
  'sem', 'niet', 'geen', 'nooit', 'niets',
];

/** Words that negate the phrase right before them ("passt nicht", "ça me va pas"). */
export const TRAILING_NEGATIONS = ['not', 'nicht', 'pas', 'niet', 'nie'];

/**
 * A yes followed by one of these, and more words, is a yes with a reservation ("Sounds good,
 * but our CFO will say no"): it stays open. "mais" and "mas" count only after a comma, since
 * in Portuguese "mais" is "more".
 */
export const RESERVATION =
  /(?:^|[^\p{L}])(but|though|although|however|except|apart from|aber|außer|allerdings|jedoch|wobei|nur dass|cependant|toutefois|par contre|en revanche|sauf|à part|pero|sin embargo|aunque|eso sí|solo que|sólo que|salvo|excepto|porém|contudo|embora|no entanto|só que|exceto|maar|echter|behalve)(?![\p{L}])|,\s*(mais|mas)(?![\p{L}])|(?:^|[^\p{L}])(mais)\s+(?=(?:je|j'|nous|on|il|elle|ce|c'|pas|ne|n')(?![\p{L}]))/u;

/** Words that start a new clause, so a negation before them does not carry over. */
export const CLAUSE_BREAKS = ['but', 'however', 'aber', 'doch', 'mais', 'pero', 'mas', 'porém', 'maar'];
