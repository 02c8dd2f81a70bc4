/**
 * Requests and receipts, as regular-expression sources over one normalized sentence: a
 * request of any kind beside a yes, and "I confirm receipt of…", which confirms the email,
 * not the meeting. Data only; `ask-patterns.ts` compiles them.
 */
import { ASKED } from './pattern-parts.js';
import { WEEKDAYS } from './time-words.js';

/**
 * A request of any kind ("please…", "could we…", "bitte…", "pourriez-vous…", "podemos…",
 * "dá para…", "kunnen we…"). Beside a yes it makes the reply a change: the prospect agrees
 * but asks for something, and the rep must read what. Alone it says nothing (the rep
 * answers a request about something else, such as resending the invite).
 */
export const REQUEST_PATTERNS = [
  // "Yes, please." asks for nothing more; "please add…" does
  "\\b(?:please|pls|kindly)\\b(?!\\s*[.!]*$)(?!\\s+(?:let me know|feel free|find|don't hesitate|do not hesitate|reach out))",
  // an imperative at the start of a clause: "Sure, send over pricing first", "Fine. Bring the contract."
  '(?:^|(?<=[,;:—–-]\\s*))(?:send|bring|share|prepare|forward|give|show|invite|book|set up|loop|cc|copy|remind|put)\\b',
  '\\b(?:schicken|senden|bringen|bereiten|zeigen|teilen|leiten)\\s+sie\\b',
  '\\b(?:envoyez|apportez|préparez|partagez|montrez|transférez)\\b',
  '\\b(?:envía|envíe|enviad|manda|mande|trae|traiga|prepara|comparte|comparta)\\b',
  '\\b(?:envie|traga|compartilhe)\\b',
  '(?:^|(?<=[,;:—–-]\\s*))(?:stuur|breng|deel)\\b',
  '\\b(?:can|could|would) (?:we|you)\\b',
  "\\b(?:i'd|we'd|i would|we would)(?: also| really| still)? (?:like|love|want|prefer|need)\\b",
  // a modal question beside a yes asks for something: "¿Se puede sumar…?", "Kan X ook mee?"
  `\\b(?:can|could|may|might)\\b${ASKED}`,
  `\\b(?:kann|können|könnte|könnten|darf|dürfen|dürfte)\\b${ASKED}`,
  `\\b(?:peut(?!-être)|peux|peuvent|pourrait|pourriez|pourrions|pouvez|pouvons)\\b${ASKED}`,
  `\\b(?:puede|pueden|puedo|podría|podrían|podemos|podríamos|podéis)\\b${ASKED}`,
  `\\b(?:pode|podem|posso|poderia|poderiam|podemos|poderíamos)\\b${ASKED}`,
  `\\b(?:kan|kunnen|kun|kunt|mag|mogen)\\b${ASKED}`,
  '\\b(?:make sure|one request|one ask|is it possible|would it be possible|any chance)\\b',
  '\\bbitte\\b(?!\\s+(?:schön|sehr))',
  '\\b(?:können|könnten|kann|könnte|würden) (?:wir|sie|du|ihr)\\b',
  '\\b(?:ich|wir) (?:würde|würden|hätte|hätten|möchte|möchten) (?:gern|gerne|noch|auch|lieber)\\b',
  '\\bwäre es möglich\\b',
  "\\blet's\\b(?!\\s+(?:do it|go|talk|speak|meet|catch up)\\b)",
  '\\b(?:should|needs to|need to)\\b[^.?!]{0,30}\\b(?:too|also|as well)\\b',
  '\\b(?:müsste|müssten|sollte|sollten)\\b',
  '\\bil (?:faudrait|faut)\\b',
  '\\b(?:habría que|hay que|haría falta|hace falta)\\b',
  '\\b(?:seria bom|precisaria|é preciso|temos que)\\b',
  '\\b(?:moet|moeten)\\b[^.?!]{0,30}\\book\\b',
  "\\b(?:pouvez-vous|pourriez-vous|pouvons-nous|pourrions-nous|peut-on|pourrait-on|serait-il possible|est-il possible|merci de|j'aimerais|nous aimerions|je souhaiterais|nous souhaiterions)\\b",
  '\\b(?:podemos|podríamos|puedes|podrías|podéis|podríais|sería posible|es posible|por favor|me gustaría|nos gustaría|quisiera|quisiéramos)\\b',
  '\\b(?:dá para|daria para|seria possível|é possível|gostaria|gostaríamos|poderíamos|poderia|vocês podem|você pode)\\b',
  '\\b(?:kunnen we|kunnen jullie|kun je|kunt u|zou het|zouden we|is het mogelijk|wil je|willen jullie|graag)\\b',
];

/** Confirming receipt of the email is not confirming the meeting. */
export const RECEIPT_PATTERNS = [
  '\\b(?:confirm\\p{L}*|bestätig\\p{L}*|bevestig\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?(?:receipt|eingang|erhalt|empfang|réception|recepción|recibo|recebimento|ontvangst)\\b',
  '\\b(?:receipt|eingang|empfang|ontvangst)\\s+(?:\\p{L}+\\s+)?(?:confirmed|bestätigt|bevestigd)\\b',
  '\\b(?:acuso recibo|accusé de réception|accuse réception)\\b',
];

const DAY = `(?:${Object.values(WEEKDAYS).flat().join('|')}|monday|tuesday|wednesday|thursday|friday)`;
/** A confirmation verb as an act ("I confirm", "te confirmo", "je confirmerai"), not a state ("confirmed"). */
const CONFIRM_ACT =
  '(?:confirm|confirme|confirmo|confirmerai|confirmerons|confirmaré|confirmaremos|confirmarei|bestätige|bestätigen|bevestig|bevestigen|valide|validerai)';

/**
 * Who confirms, to whom ("je vous", "ich", "te"): part of the match, so that it is longer than
 * the yes phrase it holds back ("je vous confirme") and wins the overlap.
 */
const WHO =
  "(?:(?:i'll|i will|we'll|we will|will|i|we|je|nous|on|ich|wir|ik|yo|eu|vous|te|le|lo|la|les|lhe|vos|ihnen|dir|u)\\s+){0,3}";

/**
 * Any character but a clause end, and not "for" or "that": "I confirm for tomorrow" and
 * "Confirmo que el martes nos va bien" are a yes.
 */
const NOT_FOR = '(?:(?!\\b(?:for|pour|para|für|voor|that|que|dass|dat)\\b)[^.?!,;])';

/**
 * A conjunction that makes a yes conditional. German and Dutch put a comma before it ("Ich
 * bestätige, sobald…"), so a comma does not end the clause here; "if anything comes up" and
 * "si besoin" only look ahead and condition nothing.
 */
const CONDITION =
  '(?:if(?!\\s+(?:anything|something|you need|needed|necessary|there|any))|once(?!\\s+(?:again|more))|as soon as|provided|si(?!\\s+(?:besoin|nécessaire|jamais|hay|necesitas|necesita|quieres))|dès que|pourvu que|à condition|wenn(?!\\s+(?:etwas|noch|was|sie fragen))|sobald|falls|sofern|vorausgesetzt|siempre que|en cuanto|con tal de que|desde que|assim que|caso|contanto que|zodra|mits|indien)';

/**
 * A yes promised for later or made on a condition holds the answer back: "Je vous confirme
 * ça demain", "te confirmo el viernes", "I'll confirm once you add…", "Confirmo si incluyen…",
 * "Ik bevestig zodra…".
 */
export const HOLD_PATTERNS = [
  `\\b${WHO}${CONFIRM_ACT}\\b${NOT_FOR}{0,20}?\\b(?:tomorrow|demain|mañana|morgen|amanhã|later|plus tard|más tarde|mais tarde|später|straks|asap|tonight|ce soir|esta noche|heute abend|vanavond|next week|la semaine prochaine|la semana que viene|a semana que vem|volgende week|nächste woche|(?:by|bis|d'ici|avant|antes del?|até|uiterlijk|el|na|no)\\s+${DAY})\\b`,
  `\\b${WHO}(?:${CONFIRM_ACT}\\p{L}*|confirmed|bestätigt|bevestigd|confirmé|confirmado|confirmada)\\b[^.?!;]{0,20}?\\b${CONDITION}\\b`,
];
