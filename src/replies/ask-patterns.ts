/**
 * Asks a phrase list cannot express, as patterns over one normalized sentence: a verb and
 * its target ("push this to next week", not "push back on pricing"), a person asked for
 * ("Can Sam join too?", not "who else is joining?"), a question about the agenda or the
 * time, "we need X on the agenda", and verbs split around their object ("sagen Sie den
 * Termin ab"). Data only; `match-phrases.ts` applies them with the same negation and
 * longest-overlap rules as phrases. `\b` here is a Unicode word boundary.
 */
import { WHEN_WORDS } from './lexicon.js';

/** A time the meeting could move to: a day, "next week", a clock time, "the 14th". */
const WHEN = `(?:${WHEN_WORDS.join('|')}|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|h|uhr|uur)|the \\d{1,2}(?:st|nd|rd|th)?)`;
/** The meeting, as prospects name it. */
const MEETING =
  "(?:it|this|that|the (?:call|meeting|session|chat|demo)|our (?:call|meeting|chat)|den termin|das gespräch|den call|le rendez-vous|la réunion|notre échange|l'échange|la reunión|la llamada|a reunião|a conversa|de afspraak|het gesprek|dit|het)";
/** The question mark ends the sentence the match sits in. */
const ASKED = '(?=[^.!?\\n]*\\?)';

/** Reschedule: move, push, shift, postpone, start later, "how about Thursday". */
const RESCHEDULE = [
  // en: the verb needs the meeting or a time after it; "move forward with", "push back on" are not moves
  `\\b(?:move|moving|push|pushing|shift|shifting|bump|bumping|slide|delay|delaying)\\s+(?:${MEETING}\\s+)?(?:back(?!\\s+on\\b)|out|later|earlier|(?:to|until|till|by|into)\\s+(?:a |an |the |next |one )?(?:${WHEN}|later|earlier|after|day|week|hour|couple|following|afternoon|morning))\\b`,
  `\\b(?:move|moving|push|shift|bring|bump)\\s+${MEETING}\\s+forward\\b(?!\\s+with\\b)`,
  `\\b(?:move|push|shift|bump|delay)\\s+${MEETING}\\b(?!\\s+(?:forward|along|ahead|on|up)\\b)`,
  `\\b(?:delay|postpone)\\s+by\\b`,
  `\\bwait (?:until|till) (?:${WHEN}|q[1-4]|next|after|the)\\b`,
  `\\b(?:move|bring|push)\\s+${MEETING}\\s+up\\s+to\\b`,
  // every language: "Thursday would be better", "jeudi serait mieux", "lieber Freitag, besser"
  `\\b${WHEN}\\b[^.?!,]{0,20}\\b(?:better|besser|mieux|mejor|melhor|beter)\\b`,
  // "Can we make it Thursday?", but not "I can't make it on Tuesday" (that phrase is its own)
  `\\b(?:look at|try|go with|aim for|switch to|(?<!(?:n't|not|cannot)\\s)make it)\\s+(?:on\\s+)?${WHEN}`,
  '\\b(?:do|have|hold|start)\\s+(?:it|this|the call|the meeting)\\b[^.?!]{0,20}\\b(?:earlier|later)\\b',
  // every language: "an hour later", "eine Stunde später", "une heure plus tôt", "media hora más tarde"
  '\\b(?:an? (?:hour|half hour|day|week)|half an hour|\\d+ (?:minutes|mins|hours|days))\\s+(?:earlier|later)\\b',
  '\\b(?:eine (?:stunde|halbe stunde|woche)|\\d+ minuten|einen tag)\\s+(?:später|früher)\\b',
  '\\b(?:une (?:heure|demi-heure|semaine)|\\d+ minutes|un jour)\\s+plus (?:tard|tôt)\\b',
  '\\b(?:una hora|media hora|\\d+ minutos|un día|una semana)\\s+(?:más tarde|antes)\\b',
  '\\b(?:uma hora|meia hora|\\d+ minutos|um dia|uma semana)\\s+(?:mais tarde|mais cedo|antes)\\b',
  '\\b(?:een uur|een half uur|een halfuur|\\d+ minuten|een dag|een week)\\s+(?:later|eerder)\\b',
  '\\b(?:start|begin|kick off|starting)\\b[^.?!]{0,25}\\b(?:later|earlier)\\b',
  `\\b(?:can|could) (?:we|you) do\\s+(?:it\\s+)?(?:on\\s+|at\\s+)?${WHEN}\\b`,
  `\\b(?:are you (?:free|available)|how about|what about)\\b[^.?!]{0,20}\\b${WHEN}\\b`,
  `\\b(?:would|does|could|will)\\s+(?:${WHEN})\\b[^.?!]{0,20}\\bwork\\b`,
  `\\b(?:can't|cannot|can not) do\\s+(?:${WHEN}|that time|that day|then)\\b`,
  // de
  `\\bauf\\s+(?:${WHEN}|\\d{1,2}\\s?uhr)\\s+(?:\\p{L}+\\s+)?(?:legen|gehen|wechseln)\\b`,
  '\\b(?:später|früher)\\s+(?:anfangen|beginnen|starten)\\b',
  '\\bschaffe\\s+(?:es|ich)\\b[^.?!,]{0,30}\\bnicht\\b',
  `\\b(?:ginge|geht auch|wie wäre es mit|wie wäre)\\s+(?:am\\s+|der\\s+)?${WHEN}\\b`,
  `\\bkann\\s+(?:ich\\s+)?(?:am\\s+)?${WHEN}\\b[^.?!,]{0,15}\\bnicht\\b`,
  // fr
  "\\bavancer\\s+(?:le rendez-vous|la réunion|l'échange|notre échange|le rdv|l'appel|à|a)\\b",
  '\\bremettre\\b[^.?!]{0,30}\\bplus tard\\b',
  '\\b(?:commencer|démarrer|débuter)\\b[^.?!]{0,25}\\bplus (?:tard|tôt)\\b',
  `\\bvoir pour\\s+${WHEN}`,
  "\\b(?:glisser|bouger)\\s+(?:le rendez-vous|la réunion|le rdv|notre échange|l'échange|l'appel)\\b",
  // es
  `\\bpasar(?:la|lo)?\\s+(?:al|a|para)\\s+(?:el\\s+|la\\s+)?(?:${WHEN}|semana|otro|otra)`,
  '\\badelantar(?:la|lo)?\\b',
  '\\b(?:empezar|comenzar)\\b[^.?!]{0,25}\\bmás (?:tarde|temprano)\\b',
  '\\bmov(?:er|emos|amos)(?:la|lo)?\\s+(?:a|al|para)\\b',
  `\\bver\\s+(?:el\\s+|la\\s+|na\\s+|no\\s+|a\\s+)?${WHEN}`,
  `\\bdejar(?:la|lo)?\\s+para\\s+(?:el\\s+|la\\s+)?(?:${WHEN}|semana|otro|otra)`,
  `\\bmejor\\s+(?:el\\s+|la\\s+)?${WHEN}`,
  // pt
  `\\b(?:passar|jogar|deixar)\\s+(?:a reunião\\s+|a conversa\\s+)?(?:para|pra)\\s+(?:a\\s+|o\\s+)?(?:${WHEN}|semana|outro|outra)`,
  `\\bmelhor\\s+(?:na\\s+|no\\s+|a\\s+)?${WHEN}`,
  '\\bantecipar\\b',
  '\\btransferir\\b[^.?!]{0,30}\\b(?:para|pra)\\b',
  '\\b(?:começar|iniciar)\\b[^.?!]{0,25}\\bmais (?:tarde|cedo)\\b',
  // nl
  `\\b(?:het|dit|dat|de afspraak|het gesprek)\\s+naar\\s+${WHEN}`,
  `\\bkan\\s+(?:ik\\s+)?(?:op\\s+)?${WHEN}\\b[^.?!,]{0,15}\\bniet\\b`,
  '\\beerder beginnen\\b',
  `\\b(?:schikt|past)\\s+(?:het\\s+)?${WHEN}`,
  `\\bpasst\\s+(?:\\p{L}+\\s+)?(?:auch|eventuell|vielleicht)\\s+(?:der\\s+|am\\s+)?${WHEN}`,
  // every language: a change aimed at a time ("cambiar la reunión al viernes")
  `\\b(?:change|cambiar(?:la|lo)?|mudar|ändern|changer|wijzigen|veranderen)\\b[^.?!]{0,30}?\\b(?:to|a|al|para|pra|à|au|auf|naar|op)\\s+(?:la |el |o |a |de |het |den |the )?${WHEN}`,
];

/** Change: a person asked for, a topic wanted on the agenda, a correction. */
const CHANGE = [
  // a person: "Can Sam join too?", "please invite", "kann … dazukommen", "se joindre", "unirse"
  "\\b(?:can|could|may|might)\\s+(?!we\\b|you\\b|i\\b|it\\b|this\\b|that\\b)(?:[\\p{L}'’-]+\\s+){1,3}?(?:join|attend|come|sit in|dial in|be (?:added|invited|included))\\b",
  '\\b(?:can|could|may) i (?:bring|invite|add|include)\\b',
  '\\b(?<!(?:the|an|your|our|calendar|meeting|teams|zoom|for) )invite\\s+(?!link\\b)',
  '\\bloop in\\b',
  '\\b(?:kann|könnte|darf|dürfte)\\s+(?!ich\\b|wir\\b)(?:\\p{L}+\\s+){1,4}?(?:dazukommen|dazustoßen|teilnehmen|mitmachen|dabei sein)\\b',
  '\\b(?:mitbringen|einladen)\\b',
  '\\bin die einladung\\b',
  '\\bse joindre\\b',
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
  `\\b(?:eastern|central|pacific|mountain|cet|cest|est|edt|pst|pdt|gmt|utc|bst)\\b${ASKED}`,
  `(?<=\\b(?:werden|können|könnten|sollen|sollten)\\s+wir\\b[^.?!]{0,40}?)\\b(?:sprechen|besprechen|reden|behandeln|durchgehen|anschauen|eingehen)\\b${ASKED}`,
  `\\bwie lange\\b${ASKED}`,
  `\\b(?:ihre|unsere|deine|eure)\\s+(?:oder\\s+\\p{L}+\\s+)?zeit\\b${ASKED}`,
  `\\b(?:uhrzeit|zeitzone)\\b${ASKED}`,
  `\\b(?:parlera|parlerons|aborderons|aborde-t-on|traiterons|parler de|parler du|parler des|aborder)\\b${ASKED}`,
  `\\bcombien de temps\\b${ASKED}`,
  `\\bl'heure de\\b${ASKED}`,
  `\\bfuseau\\b${ASKED}`,
  `\\b(?:hablaremos|trataremos|veremos|vamos a hablar|vamos a tratar|vamos a ver|cubriremos|revisaremos)\\b${ASKED}`,
  `\\bcuánto (?:dura|tiempo)\\b${ASKED}`,
  `\\bhora de\\s+\\p{L}+${ASKED}`,
  `\\bzona horaria\\b${ASKED}`,
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

/** Decline: ends the process ("we no longer need this"), or calls the meeting off ("sagen Sie … ab"). */
const STRONG_DECLINE = [
  '\\bno (?:longer )?need (?:for )?(?:this|it|the call|the meeting|a call|a meeting)\\b',
  // "No thanks." alone; "No, thanks for asking — all good" is not one
  '^(?:no|nein|non|nee|não)[,!.]?\\s+(?:thanks|thank you|danke|merci|gracias|obrigad[oa]|bedankt)[.!]*$',
  '\\b(?:nicht|nie)\\s+(?:umzusetzen|umsetzen|weiterverfolgen)\\b',
  '\\bzien\\s+(?:er\\s+)?(?:toch\\s+)?(?:van\\s+)?af\\b',
  '\\b(?:not|no longer)\\b[^.?!]{0,30}\\bpursu\\p{L}*',
  '\\bverfolgen\\b[^.?!]{0,30}\\bnicht (?:weiter|mehr)\\b',
  '\\bbesloten\\b[^.?!]{0,20}\\bniet\\b',
  '\\bdécidé de ne pas\\b',
  '\\bne pas (?:poursuivre|donner suite|aller plus loin)\\b',
  '\\bdecidido no\\b',
  '\\bno seguir (?:con|adelante)\\b',
  '\\bdecidimos não\\b',
  '\\bnão (?:avançar|seguir|continuar)\\b',
  '\\bbesloten om niet\\b',
];
const WEAK_DECLINE = ['\\bsag(?:e|en|t)?\\b[^.?!]{0,40}\\bab\\b'];

/** "Klappt bei mir leider nicht": a yes negated further away than a phrase can say. */
const NOT_WORKING = [
  '\\bklappt\\b[^.?!,]{0,30}\\bnicht\\b',
  '\\bkomt\\b[^.?!,]{0,20}\\bniet\\b[^.?!,]{0,15}\\buit\\b',
];

/**
 * A request of any kind ("please…", "could we…", "bitte…", "pourriez-vous…", "podemos…",
 * "dá para…", "kunnen we…"). Beside a yes it makes the reply a change: the prospect agrees
 * but asks for something, and the rep must read what. Alone it says nothing (the rep
 * answers a request about something else, such as resending the invite).
 */
const REQUEST = [
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
const RECEIPT = [
  '\\b(?:confirm\\p{L}*|bestätig\\p{L}*|bevestig\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?(?:receipt|eingang|erhalt|empfang|réception|recepción|recibo|recebimento|ontvangst)\\b',
  '\\b(?:receipt|eingang|empfang|ontvangst)\\s+(?:\\p{L}+\\s+)?(?:confirmed|bestätigt|bevestigd)\\b',
  '\\b(?:acuso recibo|accusé de réception|accuse réception)\\b',
];

const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

function compile(sources: string[]): RegExp[] {
  return sources.map((s) => new RegExp(s.replaceAll('\\b', BOUNDARY), 'giu'));
}

/** The patterns by the kind of match they make (the kinds `classify-intent.ts` reads). */
export const ASK_PATTERNS: Record<string, RegExp[]> = {
  reschedule: compile(RESCHEDULE),
  change: compile(CHANGE),
  agendaQuestion: compile(AGENDA_QUESTION),
  strongDecline: compile(STRONG_DECLINE),
  weakDecline: compile(WEAK_DECLINE),
  notWorking: compile(NOT_WORKING),
  receipt: compile(RECEIPT),
  request: compile(REQUEST),
};
