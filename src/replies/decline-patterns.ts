/**
 * Declines a phrase list cannot express, as regular-expression sources over one normalized
 * sentence: the process ended ("we no longer need this", "we renewed with our current
 * vendor", "we'll build it ourselves", "no need to meet") or the meeting called off ("sagen
 * Sie den Termin ab"). Data only; `ask-patterns.ts` compiles them.
 */

/** Decline: ends the process ("we no longer need this"), or calls the meeting off ("sagen Sie … ab"). */
export const STRONG_DECLINE_PATTERNS = [
  '\\bno (?:longer )?need (?:for )?(?:this|it|the call|the meeting|a call|a meeting)\\b',
  // "No thanks." alone; "No, thanks for asking — all good" is not one
  '^(?:no|nein|non|nee|não)[,!.]?\\s+(?:thanks|thank you|danke|merci|gracias|obrigad[oa]|bedankt)[.!]*$',
  '\\b(?:nicht|nie)\\s+(?:umzusetzen|umsetzen|weiterverfolgen)\\b',
  '\\bzien\\s+(?:er\\s+)?(?:toch\\s+)?(?:van\\s+)?af\\b',
  "\\b(?:not|no longer|isn't|aren't|won't|don't)\\b[^.?!]{0,30}\\bpursu\\p{L}*",
  '\\bverfolgen\\b[^.?!]{0,30}\\bnicht (?:weiter|mehr)\\b',
  '\\bbesloten\\b[^.?!]{0,20}\\bniet\\b',
  '\\bdécidé de ne pas\\b',
  '\\bne pas (?:poursuivre|donner suite|aller plus loin)\\b',
  '\\bdecidido no\\b',
  '\\bno seguir (?:con|adelante)\\b',
  '\\bdecidimos não\\b',
  '\\bnão (?:avançar|seguir|continuar)\\b',
  '\\bbesloten om niet\\b',
  // no need to meet: "No need to meet", "Ein Gespräch ist daher nicht nötig", "No hace falta la reunión"
  '\\bno need (?:to meet|for (?:a|the|this) (?:call|meeting))\\b',
  '\\b(?:gespräch|termin|treffen|meeting|call)\\s+(?:ist|wäre)\\s+(?:daher\\s+|also\\s+|somit\\s+)?nicht (?:mehr )?(?:nötig|notwendig|erforderlich)\\b',
  '\\bbrauchen\\s+(?:den termin|das gespräch|das meeting|den call)\\s+nicht\\b',
  '\\bhat sich (?:für uns\\s+)?erledigt\\b',
  '\\b(?:pas la peine|pas besoin|pas nécessaire|inutile) de (?:se voir|nous voir|se rencontrer|nous rencontrer|maintenir|nous parler)\\b',
  '\\bne (?:donnerai|donnerons|donnera) pas suite\\b',
  '\\bno hace falta (?:la reunión|la llamada|reunirnos|vernos|la cita)\\b',
  '\\bno tiene sentido (?:reunirnos|vernos|seguir|avanzar)\\b',
  '\\bnão (?:precisa|precisamos|é necessária?) (?:da|de|a) (?:reunião|conversa)\\b',
  '\\bnão faz sentido (?:reunirmos|nos reunirmos|avançarmos|avançar|seguirmos|seguir)\\b',
  '\\b(?:gesprek|afspraak|overleg|meeting)\\s+is\\s+(?:dus\\s+|daarom\\s+)?niet (?:meer )?nodig\\b',
  '\\bheeft\\s+(?:nu\\s+|dus\\s+|het\\s+)?geen zin\\b',
  // staying with the current vendor: "happy with our current vendor", "bei unserer bestehenden Lösung zu bleiben"
  '\\b(?:stay|staying|stick|sticking|happy|remain|remaining|renewed|renew|continue|continuing)\\s+with\\s+(?:our|the)\\s+(?:current|existing|incumbent)\\s+(?:vendor|provider|supplier|solution|tool|system|partner|platform|setup)\\b',
  '\\bbei\\s+(?:unserer|unserem)\\s+(?:bestehenden|aktuellen|jetzigen|bisherigen)\\s+(?:lösung|anbieter|dienstleister|system)\\s+(?:zu\\s+)?bleiben\\b',
  '\\bbleiben\\s+(?:wir\\s+)?bei\\s+(?:unserer|unserem)\\s+(?:bestehenden|aktuellen|jetzigen|bisherigen)\\s+(?:lösung|anbieter|dienstleister|system)\\b',
  '\\b(?:restons|rester|resterons|continuons)\\s+avec\\s+(?:notre|nos)\\s+(?:prestataire|fournisseur|solution|outil)\\b',
  '\\b(?:renov\\p{L}*|seguimos|seguiremos|quedamos|nos quedamos)\\s+con\\s+(?:nuestro|nuestra|el|la)\\s+(?:proveedor|solución)\\b',
  '\\b(?:renov\\p{L}*|continuar|ficar|ficamos|vamos ficar)\\b[^.?!]{0,25}\\bcom\\s+(?:o nosso|a nossa|o|a)\\s+(?:fornecedor|solução)\\b',
  '\\b(?:verlengd|blijven)\\b[^.?!]{0,30}\\bbij\\s+(?:onze|de)\\s+(?:huidige|bestaande)\\b',
  // building it themselves: "develop the tool in-house", "lo vamos a desarrollar internamente"
  '\\b(?:build|develop)\\s+(?:it|this|that|the tool|the solution)?\\s*(?:ourselves|in-house|internally)\\b',
  '\\b(?:selbst|selber|intern)\\s+(?:zu\\s+)?(?:entwickeln|bauen|umsetzen)\\b',
  '\\bdévelopp\\p{L}*\\b[^.?!]{0,30}\\ben interne\\b',
  '\\bdesarroll\\p{L}*\\b[^.?!]{0,30}\\binternamente\\b',
  '\\bdesenvolv\\p{L}*\\b[^.?!]{0,30}\\binternamente\\b',
  '\\b(?:bouwen|ontwikkelen)\\b[^.?!]{0,25}\\bzelf\\b',
  '\\bzelf\\s+(?:te\\s+)?(?:bouwen|ontwikkelen)\\b',
];
export const WEAK_DECLINE_PATTERNS = [
  '\\bsag(?:e|en|t)?\\b[^.?!]{0,40}\\bab\\b',
  // "Bitte streichen Sie den Termin": the meeting struck, not an agenda item
  '\\bstreich\\p{L}*\\b[^.?!]{0,20}\\b(?:den termin|das gespräch|das meeting|den call)\\b',
  '\\b(?:den termin|das gespräch|das meeting|den call)\\b[^.?!]{0,20}\\bstreichen\\b',
];
