/**
 * Reschedule asks a phrase list cannot express, as regular-expression sources over one
 * normalized sentence: a verb and its target ("push this to next week", not "push back on
 * pricing"), another time offered or asked for ("how about Thursday?", "¿el miércoles te
 * va?"), a later or earlier start. Data only; `ask-patterns.ts` compiles them.
 */
import { ASKED, MEETING } from './pattern-parts.js';
import { WHEN } from './time-words.js';

/** "the", before a time noun. */
const THE = "(?:the |la |el |o |a |le |l'|die |der |de |het )";
/** The meeting's time, as a noun. */
const TIME_NOUN =
  '(?:time|date|day|hora|horario|horário|fecha|dia|data|heure|horaire|jour|zeit|uhrzeit|termin|tag|tijd|tijdstip|dag|datum)';

/** Reschedule: move, push, shift, postpone, start later, "how about Thursday". */
export const RESCHEDULE_PATTERNS = [
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
  // "Am Dienstag kann ich leider nicht.": can't make it, with no verb after the "nicht"
  `\\b${WHEN}\\s+(?:kann|können) (?:ich|wir)\\b[^.?!,]{0,15}\\bnicht\\b(?=\\s*(?:[.!,;)]|$|\\p{Extended_Pictographic}))`,
  // fr
  "\\bavancer\\s+(?:le rendez-vous|la réunion|l'échange|notre échange|le rdv|l'appel|à|a)\\b",
  '\\bremettre\\b[^.?!]{0,30}\\bplus tard\\b',
  '\\b(?:commencer|démarrer|débuter)\\b[^.?!]{0,25}\\bplus (?:tard|tôt)\\b',
  `\\bvoir pour\\s+${WHEN}`,
  // "Ce sera sans moi mardi": can't make it
  '\\b(?:ce sera|ça sera|ca sera|faudra faire)\\s+sans (?:moi|nous)\\b',
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
  '\\b(?:de afspraak|het gesprek|de meeting|de call|het overleg)\\s+(?:\\p{L}+\\s+)?naar voren\\b',
  `\\bkan\\s+(?:ik\\s+)?(?:op\\s+)?${WHEN}\\b[^.?!,]{0,15}\\bniet\\b`,
  '\\beerder beginnen\\b',
  // "Dinsdag red ik het niet": can't make it
  '\\bred(?:den)?\\s+(?:ik\\s+|we\\s+)?het\\b[^.?!,]{0,20}\\bniet\\b',
  `\\b(?:schikt|past)\\s+(?:het\\s+)?${WHEN}`,
  `\\bpasst\\s+(?:\\p{L}+\\s+)?(?:auch|eventuell|vielleicht)\\s+(?:der\\s+|am\\s+)?${WHEN}`,
  // every language: another time offered ("if you have anything Wednesday", "¿el miércoles te va?",
  // "mercredi ça t'irait ?", "rola quarta de tarde?", "Zou woensdag ook gaan?")
  `\\b(?:if you have|do you have|have you got|would you have|you have)\\s+(?:anything|something|any time|time|a slot|availability|room)\\b[^.?!]{0,20}\\b${WHEN}`,
  `\\b${WHEN}\\b[^.?!]{0,40}\\b(?:also works|works too|works as well|would also work|could also work)\\b`,
  `\\b${WHEN}\\b[^.?!]{0,30}\\b(?:te va|le va|os va|les va|te viene bien|le viene bien|te sirve|le sirve|te queda bien|le queda bien)\\b${ASKED}`,
  `\\b${WHEN}\\b[^.?!]{0,30}\\b(?:t'irait|vous irait|ça irait|ca irait|irait|vous conviendrait|te conviendrait|conviendrait)\\b${ASKED}`,
  `\\b(?:rola|dá|daria|serve|funciona)\\b[^.?!]{0,15}\\b${WHEN}\\b${ASKED}`,
  `\\b${WHEN}\\b[^.?!]{0,30}\\b(?:rola|serve|funciona|pode ser|fica bom|dá)\\b${ASKED}`,
  `\\b${WHEN}\\b[^.?!]{0,50}\\b(?:ook )?(?:gaan|lukken|passen|schikken|uitkomen)\\b${ASKED}`,
  `\\b${WHEN}\\b[^.?!]{0,30}\\b(?:ginge|ginge es|ginge das|wäre möglich)\\b[^.?!]{0,15}${ASKED}`,
  `\\bpasst\\s+(?:es\\s+)?(?:ihnen|dir|euch)\\s+(?:auch\\s+|eventuell\\s+|vielleicht\\s+)?(?:der\\s+|am\\s+)?${WHEN}`,
  // a modal with "do it" and a time: "can we do Thursday", "on peut faire jeudi", "lo podemos hacer el jueves"
  `\\b(?:on peut|on pourrait|peut-on|pourrait-on|pouvons-nous|pourrions-nous|pourriez-vous|pouvez-vous)\\s+(?:le |la |ça |ca )?(?:faire|caler)\\b[^.?!]{0,20}\\b${WHEN}\\b${ASKED}`,
  `\\b(?:podemos|podríamos|podemos|puedes|podés|podrías|pueden)\\s+(?:hacer(?:lo|la)?|vernos|pasar(?:lo|la)?|dejar(?:lo|la)?)\\b[^.?!]{0,20}\\b${WHEN}\\b${ASKED}`,
  `\\b(?:lo|la)\\s+(?:podemos|podríamos|puedes|podrías)\\s+(?:hacer|pasar|dejar|mover)\\b[^.?!]{0,20}\\b${WHEN}\\b${ASKED}`,
  `\\b(?:kunnen|zullen|kan|zouden)\\s+(?:we|jullie|je|u)\\s+(?:het\\s+)?(?:op\\s+)?${WHEN}\\b[^.?!]{0,20}\\b(?:doen|afspreken|plannen|houden)\\b${ASKED}`,
  // "Could it be at 4pm?", "¿Podría ser a las 16:00?", "pode ser às 15h?", "Kan het om 11u?"
  `\\b(?:could it|can it|would it)\\s+be\\s+(?:at |on )?${WHEN}`,
  `\\b(?:podría|puede|pode|poderia|pourrait|peut|kann es|könnte es|kan het|zou het)\\s+(?:ser|être|sein|zijn)?\\s*(?:a las|a la|às|à|um|om|para|pra)\\s+${WHEN}`,
  // "Agenda fine, but not the time": "pero la hora no", "mas o horário não", "mais pas l'horaire"
  `\\b(?:but|pero|mas|mais|aber|maar)\\s+(?:(?:not|pas|nicht|niet)\\s+${THE}?${TIME_NOUN}|${THE}?${TIME_NOUN}\\s+(?:no|não|nao|pas|not|nicht|niet))\\b`,
  // a start at another hour: "beginnen om 15:00", "start at 3pm", "commencer à 14h", "um 15 Uhr anfangen"
  `\\b(?:start|begin|kick off)\\s+(?:it\\s+|the call\\s+)?at\\s+${WHEN}\\b${ASKED}`,
  `\\bom\\s+${WHEN}\\s+(?:beginnen|starten)\\b${ASKED}`,
  `\\bum\\s+${WHEN}\\s+(?:anfangen|beginnen|starten)\\b${ASKED}`,
  `\\b(?:commencer|démarrer|débuter|empezar|comenzar|começar|iniciar)\\s+(?:à|a las|às|a)\\s+${WHEN}\\b${ASKED}`,
  // conjugated moves: "passarmos para quinta", "remette ça à plus tard", "on décale à 14h"
  `\\bpass(?:ar|armos|amos|emos|em|e)\\s+(?:a reunião\\s+|a conversa\\s+|isso\\s+)?(?:para|pra|pras|pro|pros|para as|para a)\\s+(?:a\\s+|o\\s+|as\\s+)?(?:${WHEN}|semana|outro|outra|próxima)`,
  `\\bpas(?:ar|amos|emos|en|e)(?:la|lo)?\\s+(?:a las|al|a|para)\\s+(?:el\\s+|la\\s+)?(?:${WHEN}|semana|otro|otra)`,
  '\\bremett(?:re|e|es|ons|ez|ent)\\b[^.?!]{0,30}\\bplus tard\\b',
  `\\bdécal(?:e|es|ons|ez|ent|er)\\b[^.?!]{0,15}\\b(?:à|au|a)\\s+${WHEN}`,
  '\\bkick\\s+(?:this|it|the call|the meeting)\\s+down the road\\b',
  '\\b(?:parkeren|park (?:this|it))\\b[^.?!]{0,20}\\b(?:tot|until|till)\\b',
  // mobile shorthand: two weekday abbreviations offered ("wo of do?", "evtl mi oder do?")
  '\\b(?:mo|di|mi|do|fr|ma|wo|vr)\\s+(?:oder|of|or)\\s+(?:mo|di|mi|do|fr|ma|wo|vr)\\b',
  `\\b(?:no puedo|não posso|ne peux pas|kann nicht|kan niet)\\s+(?:el\\s+|na\\s+|no\\s+|le\\s+|am\\s+|op\\s+)?${WHEN}`,
  `\\b${WHEN}\\s+no puedo\\b`,
  '\\bschaff(?:e|s|en)?\\b[^.?!,]{0,30}\\bnicht\\b',
  // every language: a change aimed at a time ("cambiar la reunión al viernes")
  `\\b(?:change|cambiar(?:la|lo)?|mudar|ändern|changer|wijzigen|veranderen)\\b[^.?!]{0,30}?\\b(?:to|a|al|para|pra|à|au|auf|naar|op)\\s+(?:la |el |o |a |de |het |den |the )?${WHEN}`,
];
