/**
 * A question about who attends, as regular-expression sources over one normalized sentence:
 * "Who else is joining from your side?", "Will your CTO be there?", "Wer nimmt von Ihrer
 * Seite teil?", "Qui sera présent ?", "¿Quién más asistirá?", "Quem mais participa?", "Wie
 * sluiten er nog aan?". The product owner decided such a question is a `change`, alone or
 * beside a yes: the rep has to answer it, and a `confirm` (or an `unclear` for the bare
 * question) would lose the ask. Telling the rep who comes ("Ravi will dial in as well") asks
 * nothing, so every pattern needs the question mark. Data only; `ask-patterns.ts` compiles
 * them.
 */
import { ASKED } from './pattern-parts.js';

/** Within one clause of the question word. */
const GAP = '[^.?!]{0,50}';

/** A question about who attends the meeting, on either side. */
export const ATTENDEE_QUESTION_PATTERNS = [
  // en: "who else is joining?", "who's on the call?", "who will be there from your side?"
  `\\bwho(?:'s|'ll)?\\b${GAP}\\b(?:join\\p{L}*|attend\\p{L}*|com(?:e|es|ing)|be there|be present|present|on the (?:call|line|invite|meeting)|in the (?:call|meeting|room)|dial\\p{L}* in|sit\\p{L}* in|taking part|take part|participat\\p{L}*)\\b${ASKED}`,
  `\\bwho else\\b${ASKED}`,
  // en: "Will your CTO be there?", "Is anyone from engineering joining?", "Is it just you?"
  `\\b(?:will|is|are|would|does|do)\\s+(?:[\\p{L}'-]+\\s+){1,4}?(?:be (?:there|joining|attending|present|on the call|in the (?:call|meeting))|join(?:ing)?|attend(?:ing)?|com(?:e|ing) (?:along|too|as well)|dial(?:ing)? in|sit(?:ting)? in)\\b${ASKED}`,
  `\\b(?:anyone|anybody|someone|somebody)(?: else)?\\b${GAP}\\b(?:join\\p{L}*|attend\\p{L}*|coming|be there|on the call|dial\\p{L}* in)\\b${ASKED}`,
  `\\bhow many\\b[^.?!]{0,30}\\b(?:people|of you|attendees|participants|folks|from your (?:side|team|end))\\b${ASKED}`,
  `\\b(?:just|only) (?:you|yourself)\\b${ASKED}`,
  // en: whether the prospect's people are needed: "does the deep-dive need our ops lead?"
  `\\bneeds?\\s+(?:me|us|someone|anyone|anybody|(?:our|my)\\s+(?:[\\p{L}-]+\\s+)?(?:lead|head|manager|cto|cfo|ceo|cio|coo|director|team|engineers?|developers?|colleagues?|boss|expert|experts|people|person|architect))\\b${ASKED}`,
  // de: "Wer nimmt teil?", "Wer ist von Ihrer Seite dabei?", "Ist Ihr CTO auch dabei?"
  `\\bwer\\b${GAP}\\b(?:teil|teilnehmen|teilnimmt|dabei|kommt|kommen|anwesend|zugeschaltet|im (?:call|meeting|termin|gespräch)|in der runde)\\b${ASKED}`,
  `\\b(?:ist|sind|wird|werden|nimmt|nehmen|kommt|kommen)\\b[^.?!]{0,40}\\b(?:dabei|teil|anwesend|zugeschaltet)\\b${ASKED}`,
  `\\bwie viele\\b[^.?!]{0,30}\\b(?:personen|leute|teilnehmer\\p{L}*|kollegen|kolleginnen)\\b${ASKED}`,
  // fr: "Qui sera présent ?", "Qui d'autre participe ?", "Votre CTO sera-t-il là ?"
  `\\bqui\\b${GAP}\\b(?:présente?s?|particip\\p{L}*|vient|viennent|viendr\\p{L}*|sera là|seront là|assist\\p{L}*|de la partie|se joindr\\p{L}*|rejoindr\\p{L}*)\\b${ASKED}`,
  `\\bqui d'autre\\b${ASKED}`,
  `\\b(?:sera|seront|serez|serons)(?:-t-(?:il|elle|ils|elles)|-(?:il|elle|ils|elles|vous|nous))?\\s+(?:aussi\\s+|également\\s+)?(?:présente?s?|là|de la partie|avec nous|des nôtres)\\b${ASKED}`,
  `\\b(?:participer\\p{L}*|participe|participent|assister\\p{L}*|assiste|assistent|se joindr\\p{L}*|nous rejoindr\\p{L}*)\\b${ASKED}`,
  `\\bcombien\\b[^.?!]{0,30}\\b(?:participants|personnes|serez-vous|serons-nous|de votre côté)\\b${ASKED}`,
  // es: "¿Quién más asistirá?", "¿Quiénes van a estar?", "¿Va a estar tu CTO?"
  `\\bqui[eé]n(?:es)?\\b${GAP}\\b(?:asist\\p{L}*|vien\\p{L}*|vendr\\p{L}*|particip\\p{L}*|estar\\p{L}*|estará|estarán|conect\\p{L}*|sum\\p{L}*|unir\\p{L}*|acompañ\\p{L}*|de (?:su|vuestra|tu) parte|por (?:su|vuestra|tu) parte)\\b${ASKED}`,
  `\\b(?:asistir[aá]n?|va(?:n)? a asistir|participar[aá]n?|va(?:n)? a participar|vendr[aá]n?|se (?:unir[aá]n?|conectar[aá]n?|sumar[aá]n?)|estar[aá]n? (?:también|presentes?|en la (?:llamada|reunión))|va(?:n)? a estar (?:también|presentes?|en la (?:llamada|reunión)))\\b${ASKED}`,
  `\\bcu[aá]nt(?:os|as)\\b[^.?!]{0,30}\\b(?:ser[eé]is|ser[aá]n|personas|participantes|asistentes|vienen|van a)\\b${ASKED}`,
  // pt: "Quem mais participa?", "Quem vem da parte de vocês?", "O seu CTO vai participar?"
  `\\bquem\\b${GAP}\\b(?:particip\\p{L}*|vem|vêm|vir|virá|virão|estar|estará|estarão|presente|presentes|entra\\p{L}*|junta\\p{L}*|do (?:seu|vosso|teu) lado|da (?:sua|vossa|tua) parte|do lado de vocês|da parte de vocês)\\b${ASKED}`,
  `\\b(?:vai|vão|irá|irão)\\s+(?:também\\s+)?(?:participar|estar presentes?|estar na (?:reunião|call|chamada)|entrar na (?:reunião|call|chamada))\\b${ASKED}`,
  `\\b(?:participa|participam|participará|participarão)\\b${ASKED}`,
  `\\bmais alguém\\b${ASKED}`,
  `\\bquant(?:as|os)\\b[^.?!]{0,30}\\b(?:pessoas|participantes|serão|vão ser)\\b${ASKED}`,
  // nl: "Wie sluiten er nog aan?", "Wie is er van jullie kant bij?", "Is jullie CTO er ook bij?"
  `\\bwie\\b${GAP}\\b(?:sluit|sluiten|aanwezig|bij|aan|komt|komen|doet mee|doen mee|deelnem\\p{L}*|neemt deel|nemen deel|schuift|schuiven)\\b${ASKED}`,
  `\\b(?:sluit|sluiten|schuift|schuiven)\\b[^.?!]{0,30}\\baan\\b${ASKED}`,
  `\\b(?:is|zijn|komt|komen)\\b[^.?!]{0,30}\\b(?:er|ook)\\s+(?:ook\\s+|nog\\s+)?(?:bij|aanwezig)\\b${ASKED}`,
  `\\b(?:komt|komen)\\b[^.?!]{0,30}\\book\\b${ASKED}`,
  `\\b(?:doet|doen)\\b[^.?!]{0,30}\\bmee\\b${ASKED}`,
  `\\b(?:hoeveel (?:mensen|personen|deelnemers)|met hoeveel)\\b${ASKED}`,
];
