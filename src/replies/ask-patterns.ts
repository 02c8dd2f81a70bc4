/**
 * Asks a phrase list cannot express, as patterns over one normalized sentence, by the kind
 * of match they make: here a person asked for ("Can Sam join too?"), a topic, the order or
 * the length of the agenda, and a question about the agenda or the time; a question about
 * who attends in `attendee-patterns.ts`, moves in `reschedule-patterns.ts`, declines in
 * `decline-patterns.ts`, requests, receipts and held-back yeses in `request-patterns.ts`.
 * `match-phrases.ts` applies them with the same negation and longest-overlap rules as
 * phrases. `\b` here is a word boundary (`WORD_CHAR`).
 */

import { ATTENDEE_QUESTION_PATTERNS } from './attendee-patterns.js';
import { STRONG_DECLINE_PATTERNS, WEAK_DECLINE_PATTERNS } from './decline-patterns.js';
import { HEDGE_PATTERNS } from './hedge-words.js';
import { WORD_CHAR } from './match-phrases.js';
import { ASKED } from './pattern-parts.js';
import { HOLD_PATTERNS, RECEIPT_PATTERNS, REQUEST_PATTERNS } from './request-patterns.js';
import { RESCHEDULE_PATTERNS } from './reschedule-patterns.js';

/** Change: a person asked for, a topic wanted on the agenda, a correction. */
const CHANGE = [
  // a person: "Can Sam join too?", "please invite", "kann … dazukommen", "se joindre", "unirse"
  "\\b(?:can|could|may|might)\\s+(?!we\\b|you\\b|i\\b|it\\b|this\\b|that\\b)(?:[\\p{L}'’-]+\\s+){1,3}?(?:join|attend|come|sit in|dial in|be (?:added|invited|included))\\b",
  '\\b(?:can|could|may|should|shall) (?:i|we) (?:bring|invite|add|include)\\b',
  '\\b(?<!(?:the|an|your|our|calendar|meeting|teams|zoom|for) )invite\\s+(?!link\\b)',
  '\\bloop in\\b',
  '\\b(?:kann|könnte|darf|dürfte)\\s+(?!ich\\b|wir\\b)(?:\\p{L}+\\s+){1,4}?(?:dazukommen|dazustoßen|teilnehmen|mitmachen|dabei sein)\\b',
  '\\b(?:mitbring\\p{L}*|einladen)\\b',
  '\\bin die einladung\\b',
  '\\bse joindre\\b',
  '\\b(?:peut|pourrait|peuvent|pourraient)\\s+(?:venir|participer|assister|nous rejoindre|être présente?|être là)\\b',
  '\\binvit(?:er|ez)\\b',
  '\\bunirse\\b',
  '\\binvit(?:ar|ad|a|en|éis|as)\\b',
  '\\b(?:pode|poderia|podem)\\s+(?:participar|entrar|vir)\\s+também\\b',
  '\\bconvid(?:ar|e|em)\\b',
  '\\b(?:aansluiten|uitnodigen|meenemen)\\b',
  '\\b(?:kan|mag)\\s+(?!ik\\b|we\\b)(?:\\p{L}+\\s+){1,4}?(?:ook mee|meekomen|erbij zijn|aanschuiven)\\b',
  '\\b(?:bring|bringing) (?:in|along)\\b',
  '\\bmitnehmen\\b',
  '\\b(?:puede|podría|pueden|podrían)\\s+(?:venir|participar|asistir)\\b',
  '\\btrazer\\b',
  '\\bsumar(?:se)?\\b',
  // a person the prospect may bring: "whether to bring our IT lead", "se levo alguém", "ob ich … mitbringe"
  '\\b(?:whether|if)\\s+(?:(?:i|we)\\s+(?:should\\s+)?|to\\s+)(?:bring|invite|include|add)\\b',
  '\\bse\\s+(?:levo|trago|devo levar|devo trazer|levamos)\\b',
  '\\bsi\\s+(?:llevo|traigo|debo llevar|debo traer|invito)\\b',
  "\\bsi\\s+(?:j'amène|j'emmène|je dois amener|j'invite)\\b",
  '\\bof\\s+ik\\b[^.?!]{0,30}\\b(?:meeneem|meebreng|uitnodig)\\b',
  // the invitation itself: "no convite", "to the invite", "à l'invitation"
  "\\b(?:to|on)\\s+the\\s+invite\\b|\\b(?:no|ao)\\s+convite\\b|\\b(?:à|dans)\\s+l'invitation\\b|\\b(?:en|a)\\s+la\\s+invitación\\b|\\b(?:in|aan)\\s+de\\s+uitnodiging\\b|\\bin\\s+der\\s+einladung\\b",
  // the order of the agenda: "start with pricing", "commencer par", "empezaría por", "começar pela", "beginnen met"
  '\\b(?:start|begin|kick off|open)\\s+with\\b',
  '\\bcommenc\\p{L}*\\s+(?:directement\\s+)?par\\b',
  '\\b(?:empez|comenz)\\p{L}*\\s+(?:directamente\\s+)?(?:por|con)\\b',
  '\\bcome[çc]\\p{L}*\\s+(?:direto\\s+|diretamente\\s+)?(?:pela|pelo|por)\\b',
  '\\b(?:beginnen|starten)\\s+met\\b',
  // an item brought forward, not the meeting ("das Thema Preise vorziehen", not "den Termin vorziehen")
  '\\b(?:bring|move)\\s+(?:the\\s+)?(?!call\\b|meeting\\b|session\\b|it\\b|this\\b|that\\b)(?:[\\p{L}-]+\\s+){1,3}?(?:forward|up front|first)\\b',
  '\\b(?:den|das|die)\\s+(?!termin\\b|gespräch\\b|meeting\\b|call\\b)\\p{L}+(?:\\s+\\p{L}+)?\\s+vorziehen\\b',
  '\\badelantar\\s+(?:el|la|los|las)\\s+(?!reunión\\b|llamada\\b|cita\\b)\\p{L}+',
  '\\bantecipar\\s+(?:o|a|os|as)\\s+(?!reunião\\b|conversa\\b)\\p{L}+',
  '\\b(?:mit|zuerst)\\b[^.?!]{0,30}\\b(?:anfangen|beginnen|starten|einsteigen)\\b',
  '\\b(?:also|ook|auch|noch|aussi|también|também|nog)\\s+(?:a|an|one|een|ein|eine|einen|un|une|um|uma)\\s+(?:point|punt|punkt|punto|ponto|item|topic|onderwerp|agendapunt|thema|sujet|tema|tópico)\\b',
  // a topic kept for another call: "leave the pricing discussion for a second call"
  '\\b(?:leave|save|keep|park)\\s+(?:the\\s+)?(?!call\\b|meeting\\b|it\\b|this\\b)(?:[\\p{L}-]+\\s+){1,3}?for\\s+(?:a|another|the next|a second|a separate|a later|a follow-up|a future)\\s+(?:call|meeting|session|conversation)\\b',
  '\\bdejar\\s+(?:el|la|los|las)\\s+(?!reunión\\b|llamada\\b)(?:[\\p{L}-]+\\s+){1,3}?para\\s+(?:otra|otro|la próxima|una próxima|más adelante|después)\\b',
  '\\bdeixar\\s+(?:a|o|as|os)\\s+(?!reunião\\b|conversa\\b)(?:[\\p{L}-]+\\s+){1,3}?(?:para|pra|pro)\\s+(?:outra|outro|uma próxima|a próxima|depois|o final|final)\\b',
  "\\blaisser\\s+(?:le|la|les)\\s+(?!rendez-vous\\b|réunion\\b|rdv\\b)(?:[\\p{L}'-]+\\s+){1,3}?pour\\s+(?:un autre|une autre|la prochaine|plus tard|un prochain|une prochaine)\\b",
  '\\b(?:bewaren|laten)\\b[^.?!]{0,30}\\bvoor\\s+(?:een|het)\\s+(?:volgend|ander|tweede)\\s+(?:gesprek|overleg|moment)\\b',
  // the length: "keep it to 30", "trim the intro"
  '\\b(?:keep|limit|cap)\\s+(?:it|this|the call|the meeting)\\s+(?:to|under|at|within)\\s+\\d+',
  // a topic wanted on the agenda
  "\\b(?:need|needs|want|wants|would like|'d like|should|must|have to)\\b[^.?!]{0,50}\\b(?:on|to|in)\\s+(?:the\\s+)?agenda\\b",
  '\\b(?:brauchen|benötigen|hätten gerne|möchten|wollen|sollte|sollten|müssen|muss)\\b[^.?!]{0,50}\\b(?:auf|in)\\s+(?:die|der)\\s+(?:agenda|tagesordnung)\\b',
  "\\b(?:faut|faudrait|voudrions|aimerions|souhaitons|souhaiterions)\\b[^.?!]{0,50}\\b(?:à|dans)\\s+l'ordre du jour\\b",
  '\\b(?:necesitamos|queremos|quisiéramos|habría que|hay que)\\b[^.?!]{0,50}\\ben la agenda\\b',
  '\\b(?:precisamos|queremos|gostaríamos)\\b[^.?!]{0,50}\\bna pauta\\b',
  '\\b(?:moeten|willen|zouden graag|hebben)\\b[^.?!]{0,50}\\bop de agenda\\b',
  // "also" with a topic verb, about a topic (not "talk to Sam")
  '\\b(?:auch|zusätzlich|noch)\\b[^.?!]{0,30}\\büber\\b[^.?!]{0,40}\\b(?:sprechen|reden)\\b',
  '\\b(?:auch|zusätzlich)\\b[^.?!]{0,40}\\b(?:besprechen|behandeln|anschauen)\\b',
  '\\bnoch\\b[^.?!]{0,40}\\b(?:besprechen|behandeln|aufnehmen)\\b',
  '\\b(?:aussi|également)\\b[^.?!]{0,20}\\b(?:aborder|parler d|parler du|parler des|voir|traiter)',
  '\\b(?:aborder|parler d|parler du|parler des|traiter)[^.?!]{0,30}\\b(?:aussi|également)\\b',
  '\\b(?:tratar|hablar de|hablar del|revisar|discutir|ver)\\b[^.?!]{0,30}\\btambién\\b',
  '\\btambién\\b[^.?!]{0,20}\\b(?:tratar|hablar de|hablar del|revisar|discutir)\\b',
  '\\b(?:discutir|falar de|falar do|falar da|falar sobre|tratar)\\b[^.?!]{0,30}\\btambém\\b',
  '\\btambém\\b[^.?!]{0,20}\\b(?:discutir|falar de|falar do|falar da|falar sobre|tratar)\\b',
  '\\book\\b[^.?!]{0,30}\\bover\\b[^.?!]{0,30}\\b(?:hebben|praten)\\b',
  '\\book\\b[^.?!]{0,40}\\b(?:bespreken|behandelen|bekijken)\\b',
  '\\bmeer tijd (?:nodig )?voor\\b',
  // "also about the deadlines": a topic added, whatever verb carries it
  '\\balso about\\b',
  '\\btambién (?:de|del|sobre)\\b',
  '\\btambém (?:de|do|da|sobre)\\b',
  '\\book over\\b',
  '\\bplus de temps\\b',
  '\\bmás tiempo\\b',
  '\\bmais tempo\\b',
  // a correction of what the recap says
  '\\bshould (?:be|say|read)\\b[^.?!]{0,60}\\bnot\\b',
];

/**
 * Change: a question about the agenda or the time ("Will we cover pricing?", "How long is
 * it?"). Where a modal sets the question up, it sits in a lookbehind: the match is the topic
 * verb alone, so a lexicon phrase beside it ("could we also") still names the ask.
 */
const AGENDA_QUESTION = [
  `(?<=\\b(?:will|would|are|can|could|do|shall|should)\\s+(?:we|you)\\b[^.?!]{0,40}?)\\b(?:cover|covering|discuss|talk about|go over|go through|look at|get to|touch on)\\b${ASKED}`,
  `(?<=\\b(?:will|would|does|is)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?)\\b(?:cover|include|covered|included)\\b${ASKED}`,
  `(?<=\\b(?:will|are)\\s+you\\s+(?:be\\s+)?)(?:showing|presenting|demoing|show|present|demo)\\b${ASKED}`,
  `\\bhow (?:long|much time)\\b${ASKED}`,
  // a topic verb with its preposition, in any question: "¿Habrá tiempo para hablar de precios?"
  `\\b(?:talk|speak|chat) about\\b${ASKED}`,
  `\\btime (?:to|for)\\b[^.?!]{0,20}\\b(?:cover|discuss|talk|go over|look at)\\b${ASKED}`,
  `\\b(?:über|zu)\\b[^.?!]{0,30}\\b(?:sprechen|reden)\\b${ASKED}`,
  `\\bhablar (?:de|del|sobre)\\b${ASKED}`,
  `\\bfalar (?:de|do|da|sobre)\\b${ASKED}`,
  `\\b(?:hebben over|praten over|laten zien)\\b${ASKED}`,
  // "30 minutes or an hour?", "30 minutos ou uma hora?"
  `\\b\\d+\\s*(?:min|mins|minutes|minuten|minutos)\\b[^.?!]{0,20}\\b(?:or|oder|ou|o|of)\\b${ASKED}`,
  // "What do you mean by point 3?" asks about the agenda
  `\\b(?:what (?:exactly )?do you mean by|was (?:genau )?meinen sie mit|was (?:genau )?meinst du mit|qu'entendez-vous (?:exactement )?par|que voulez-vous dire par|qué quieres decir con|qué significa|o que (?:você )?quer dizer com|wat bedoel je (?:precies )?met|wat bedoelt u (?:precies )?met)\\b${ASKED}`,
  `\\b(?:wie viel|wieviel)\\s+zeit\\b${ASKED}`,
  `\\bhoeveel tijd\\b${ASKED}`,
  `\\b(?:incluir|incluirá|incluiréis|incluirán|incluiremos|incluem|incluirão|inclure|inclurez|prévoyez)\\p{L}*${ASKED}`,
  `(?<=\\b(?:werden|wollen)\\s+sie\\b[^.?!]{0,40}?)\\b(?:zeigen|vorführen|präsentieren|vorstellen)\\b${ASKED}`,
  `\\bwhat time\\b${ASKED}`,
  `\\b(?:your|our|my|local) time\\b${ASKED}`,
  `\\btime ?zone\\b${ASKED}`,
  // a time zone; "est" and "cet" are also French words ("c'est", "cet horaire"), so they need a time before them
  `\\b(?:eastern|pacific|central time|mountain time|gmt|utc|bst|pst|pdt|edt|cest)\\b${ASKED}`,
  `(?<=\\d(?::\\d{2}|\\s?am|\\s?pm)\\s?)(?:est|cet)\\b${ASKED}`,
  '\\b(?:which|what)\\s+time ?zone\\b',
  // a duration in a question: "¿25-30 minutos te va bien?", "30 Minuten reichen?"
  `\\b\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:min|mins|minutes|minuten|minutos|minuut)\\b${ASKED}`,
  `(?<=\\b(?:werden|können|könnten|sollen|sollten)\\s+wir\\b[^.?!]{0,40}?)\\b(?:sprechen|besprechen|reden|behandeln|durchgehen|anschauen|eingehen)\\b${ASKED}`,
  `\\bwie lange\\b${ASKED}`,
  `\\b(?:ihre|unsere|deine|eure)\\s+(?:oder\\s+\\p{L}+\\s+)?zeit\\b${ASKED}`,
  `\\b(?:uhrzeit|zeitzone)\\b${ASKED}`,
  `\\b(?:parlera|parlerons|aborderons|aborde-t-on|traiterons|parler de|parler du|parler des|aborder)\\b${ASKED}`,
  `\\bcombien de temps\\b${ASKED}`,
  `\\bheure (?:de|d')\\s*\\p{L}+${ASKED}`,
  `\\bfuseau\\b${ASKED}`,
  `\\b(?:hablaremos|trataremos|veremos|vamos a hablar|vamos a tratar|vamos a ver|cubriremos|revisaremos)\\b${ASKED}`,
  `\\bcuánto (?:dura|tiempo)\\b${ASKED}`,
  `\\bhora de\\s+\\p{L}+${ASKED}`,
  `\\b(?:zona horaria|huso horario|huso)\\b${ASKED}`,
  `\\b(?:horário|hora|heure|horaire)\\b[^.?!]{0,15}\\bde\\s+\\p{Lu}?\\p{L}+\\s+mesmo${ASKED}`,
  `\\b(?:vamos falar|falaremos|vamos discutir|discutiremos|vamos ver|veremos|vamos tratar|trataremos)\\b${ASKED}`,
  `\\bquanto (?:tempo|dura)\\b${ASKED}`,
  `\\bhorário de\\s+\\p{L}+${ASKED}`,
  `\\bfuso\\b${ASKED}`,
  `(?<=\\b(?:podemos|podríamos|vamos a)\\s+)(?:hablar de|hablar del|tratar|revisar|ver)\\b${ASKED}`,
  `(?<=\\b(?:podemos|poderíamos|dá para)\\s+)(?:falar de|falar do|falar da|falar sobre|discutir|tratar|ver)\\b${ASKED}`,
  `(?<=\\b(?:kunnen|zullen|gaan)\\s+we\\b[^.?!]{0,40}?)\\b(?:bespreken|behandelen|bekijken)\\b${ASKED}`,
  `\\b(?:gaan we het|hebben we het|bespreken we|behandelen we)\\b[^.?!]{0,40}?\\b(?:over|bespreken|behandelen|hebben)?\\b${ASKED}`,
  `\\bhoe lang\\b${ASKED}`,
  `\\b(?:nederlandse|belgische|onze|jullie|jouw)\\s+tijd\\b${ASKED}`,
  `\\btijdzone\\b${ASKED}`,
];

/** "Klappt bei mir leider nicht": a yes negated further away than a phrase can say. */
const NOT_WORKING = [
  '\\bklappt\\b[^.?!,]{0,30}\\bnicht\\b',
  '\\bkomt\\b[^.?!,]{0,20}\\bniet\\b[^.?!,]{0,15}\\buit\\b',
];

const BOUNDARY = `(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`;

function compile(sources: string[]): RegExp[] {
  return sources.map((s) => new RegExp(s.replaceAll('\\b', BOUNDARY), 'giu'));
}

/** The patterns by the kind of match they make (the kinds `classify-intent.ts` reads). */
export const ASK_PATTERNS: Record<string, RegExp[]> = {
  reschedule: compile(RESCHEDULE_PATTERNS),
  change: compile(CHANGE),
  agendaQuestion: compile(AGENDA_QUESTION),
  attendeeQuestion: compile(ATTENDEE_QUESTION_PATTERNS),
  strongDecline: compile(STRONG_DECLINE_PATTERNS),
  weakDecline: compile(WEAK_DECLINE_PATTERNS),
  notWorking: compile(NOT_WORKING),
  receipt: compile(RECEIPT_PATTERNS),
  request: compile(REQUEST_PATTERNS),
  hold: compile(HOLD_PATTERNS),
  hedge: compile(HEDGE_PATTERNS),
};
