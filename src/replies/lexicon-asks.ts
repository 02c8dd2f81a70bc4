/**
 * The asks of intent classification, in English, German, French, Spanish, Portuguese and
 * Dutch: change the agenda, move the meeting, call it off. Data only, matched like
 * `lexicon.ts` (whole words, `*` for the rest of a word, longest overlap wins); what a
 * phrase list cannot say (a verb and its target, a question about the time) is in
 * `ask-patterns.ts`.
 */

/** The prospect wants the agenda, outcome, next step or the people on it added to or altered. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const CHANGE_PHRASES = [
  // en
  'add', 'adding', 'changes', 'also cover', 'also discuss', 'also talk about', 'also look at', 'also include',
  'also add', 'also invite', 'could we also', 'can we also', 'could you also', 'include', 'remove',
  'drop the', 'skip the', 'change', 'swap', 'replace', 'focus on', 'more time on', 'more time for',
  'less time on', 'less on', 'most of the time on', 'spend more time', "i'd like to discuss",
  "we'd like to discuss", 'would like to discuss', 'would like to cover', "we'd like to cover",
  'want to cover', 'make sure we cover', 'one more topic', 'one more item', 'another topic', 'missing',
  'misses', 'amend', 'adjust', 'tweak', 'not quite', 'correction', 'to correct', 'please correct',
  'actually the next step', 'not relevant', "isn't relevant", 'irrelevant', 'want to see', 'wants to see',
  'would like to see', 'leave out', 'omit', 'shorten', 'cut the', 'go deeper', 'more detail on',
  'more depth on', 'mostly right',
  'mostly correct', 'almost right', 'partly right', 'trim', 'shorter', 'flip the order', 'change the order',
  'switch the order', 'swap the order', 'reverse the order', 'reorder', 're-order', 'different order',
  'make time for', 'leave time for', 'set aside time',
  // de
  'hinzufügen', 'ergänzen', 'ergänzung', 'auch über', 'auch besprechen', 'ändern', 'änderung', 'anpassen',
  'streichen', 'weglassen', 'fehlt', 'kann raus', 'können raus', 'rausnehmen',
  'mehr zeit für', 'weniger zeit', 'zusätzlich', 'nicht ganz', 'korrektur', 'ergänzen sie', 'kürzen',
  'verkürzen', 'mit aufnehmen', 'noch aufnehmen', 'vertiefen', 'reinnehmen', 'mit rein', 'reihenfolge', 'kürzer',
  'fügen sie',
  // fr
  'ajouter', 'ajoutons', 'aussi parler', 'aussi aborder', 'aborder aussi', 'modifier', 'changer', 'retirer',
  'enlever', 'il manque', 'plus de temps pour', 'plus de temps sur', 'moins de temps', 'aimerions aussi',
  'pas tout à fait', 'raccourcir', 'approfondir', 'supprimer', 'supprimez', 'supprimons', 'ajoutez', 'retirez',
  'enlevez', 'plus court', 'plus courte', "inverser l'ordre", "changer l'ordre", 'prévoir un temps',
  'prévoir du temps', 'prévoir un moment',
  // es
  'añadir', 'añadiría', 'agregar', 'agregaría', 'también hablar', 'también tratar', 'incluir', 'cambiar',
  'modificar', 'quitar', 'falta', 'más tiempo para', 'menos tiempo', 'no del todo', 'corrección', 'acortar',
  'profundizar', 'agrega', 'agregue', 'agreguen', 'añade', 'añada', 'añadan', 'incluye', 'incluya', 'incluyan',
  'incluyen', 'quitaría', 'quitaríamos', 'quiten', 'más corto', 'más corta',
  'cambiar el orden', 'invertir el orden', 'dejar tiempo para', 'reservar tiempo para',
  // pt
  'adicionar', 'acrescentar', 'também falar', 'também discutir', 'mudar', 'alterar', 'retirar', 'faltando',
  'mais tempo para', 'menos tempo', 'correção', 'não exatamente', 'tirar o',
  'tirar a', 'dá para incluir', 'encurtar', 'aprofundar', 'inclua', 'incluam', 'incluir', 'adicione', 'adicionem',
  'acrescente', 'acrescentem', 'mais curto', 'mais curta', 'inverter a ordem', 'mudar a ordem',
  'pro final', 'para o final', 'reservar um tempo', 'deixar tempo',
  // nl
  'toevoegen', 'ook bespreken', 'ook praten over', 'wijzigen', 'aanpassen', 'veranderen', 'weglaten',
  'schrappen', 'ontbreekt', 'minder tijd', 'niet helemaal', 'correctie', 'inkorten', 'verkorten',
  'dieper ingaan', 'volgorde', 'naar voren halen', 'korter', 'ruimte voor',
];

/** "Instead", "we'd prefer": another time is a reschedule, another topic a change. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const ALTERNATIVE_PHRASES = [
  'instead', 'rather than', "i'd rather", "we'd rather", "we'd prefer", "i'd prefer", 'we would prefer',
  'statt', 'stattdessen', 'anstatt', 'lieber', 'au lieu d*', 'plutôt', 'préférerions', 'préférerais',
  'en lugar d*', 'en vez d*', 'preferiríamos', 'preferimos', 'em vez d*', 'ao invés d*', 'preferíamos',
  'in plaats van', 'liever', 'i suggest', 'we suggest', 'i propose', 'we propose', 'schlage vor',
  'schlagen vor', 'je propose', 'je suggère', 'nous proposons', 'propongo', 'sugiero', 'sugiro',
  'proponho', 'ik stel voor', 'wij stellen voor', 'preferiría', 'prefiero', 'prefiro', 'preferia', 'preferiria',
  'à la place', 'en su lugar', 'no lugar de', 'in de plaats', 'i.p.v.', 'ipv',
];

/** The prospect wants the meeting at another time. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const RESCHEDULE_PHRASES = [
  // en
  'reschedul*', 'move the call', 'move the meeting', 'move it', 'push it',
  'push the call', 'push the meeting', 'postpon*', 'another time', 'another day',
  'different time', 'different day', 'a later date', 'new time', 'rain check', "can't make it",
  'cannot make it', "won't make it", "can't make", 'cannot make', 'unable to make', "won't be able to make",
  "won't be able to attend", "won't be able to join", "can't attend", "can't join", 'have a conflict',
  'something came up', "something's come up", 'something has come up', 'double booked', 'double-booked',
  'out that day', 'rebook', 'another slot', 'other slot', 'new slot', 'another date', 'new date', 'clash',
  'booked solid', 'fully booked', 'booked up', 'slots', 'other times', 'new times',
  'other dates', 'new dates', 'a few dates',
  // de
  'verschieb*', 'verschoben', 'verleg*', 'schieben', 'vorziehen', 'ausweichen', 'dazwischen gekommen',
  'anderen termin',
  'anderer termin', 'neuen termin', 'anderen tag', 'anderer tag', 'andere uhrzeit', 'kann leider nicht',
  'neue vorschläge', 'neuen vorschlag', 'terminvorschläge', 'andere termine', 'neue termine', 'ersatztermin',
  'reingekommen',
  'schaffe es nicht', 'schaffe ich nicht', 'kann nicht teilnehmen', 'dazwischengekommen', 'nach hinten',
  // fr
  'reporter', 'reportons', 'reporté', 'reportée', 'décaler', 'décalons', 'décalé', 'déplacer', 'déplaçons',
  'repousser', 'repoussons', 'un autre moment', 'un autre jour', 'autre créneau', 'autre date',
  'nouvelle date', 'je ne pourrai pas', 'je ne peux pas être', 'empêchement', 'imprévu', 'nouvelles dates',
  'autres dates', "d'autres créneaux", 'autres créneaux', 'nouveaux créneaux',
  // es
  'reprogram*', 'mover la reunión', 'cambiar la fecha', 'cambiar la hora', 'otro día', 'otro momento',
  'otra hora', 'otra fecha', 'no puedo asistir', 'no podré', 'no puedo ese día', 'pospon*', 'aplaz*',
  'no voy a poder asistir', 'no voy a poder ir', 'no voy a poder estar', 'no vamos a poder asistir',
  'no vamos a poder ir', 'no vamos a poder estar',
  'retras*', 'imprevisto', 'posterg*', 'otros horarios', 'nuevos horarios', 'otras fechas', 'nuevas fechas',
  // pt
  'remarc*', 'reagend*', 'adiar', 'adiamos', 'outro dia', 'outro horário', 'outra data',
  'não posso participar', 'não vou poder', 'não consigo', 'não vou conseguir', 'empurrar', 'outros horários',
  'novos horários', 'outras datas', 'novas datas',
  // nl
  'verzet*', 'verplaats*', 'uitstellen', 'uitstel', 'opschuiven', 'vervroeg*', 'andere dag',
  'ander tijdstip', 'ander moment', 'lukt me niet', 'kan helaas niet', 'kan er niet bij zijn',
  'nieuwe datum', 'andere datum', 'tussengekomen', 'later beginnen', 'later starten', 'doorschuiven',
  'nieuwe tijden', 'andere tijden', 'paar data', 'nieuw tijdstip',
];

/** Ends the process: these win over everything else. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const STRONG_DECLINE_PHRASES = [
  // en
  'not interested', 'no longer interested', 'not a fit', 'not the right fit', 'not a priority', "we'll pass",
  'we will pass', 'going to pass', 'pass on this', 'pass on the call', 'pass on the meeting',
  'went with another', 'went with a different', 'chose another', 'decided to go with', 'going with another',
  'different direction', 'please remove me', 'unsubscribe', 'stop emailing', "don't contact", 'no budget',
  'decided not to', 'not to move forward', 'not moving forward', 'not be moving forward',
  'stay with our current', 'staying with our current', 'take me off', 'off your list', 'signed with another',
  'another provider', 'on hold indefinitely', 'indefinitely', 'on ice', 'gone another way', 'go another way',
  'going another way', 'went another way', 'another direction', 'on pause', "let's not meet",
  'not going ahead', 'not proceeding', "won't proceed", 'will not proceed',
  // de
  'kein interesse', 'kein bedarf', 'nicht interessiert', 'für einen anderen anbieter', 'anderen anbieter',
  'nicht weiter verfolgen', 'keine weiteren e-mails', 'keine e-mails mehr', 'keine priorität',
  'andere lösung', 'vom tisch', 'auf eis', 'anders entschieden', 'dagegen entschieden',
  // fr
  'pas intéressé', 'pas intéressés', 'pas intéressée', 'pas intéressées', 'plus intéressé',
  'plus intéressés', 'plus intéressée', 'plus intéressées', 'autre prestataire', 'autre fournisseur',
  'autre solution', 'ne donnerons pas suite', 'pas donner suite', 'ne plus me contacter',
  'pas une priorité', 'pas prioritaire', 'abandonné', 'abandonnons', 'inutile de maintenir',
  'autre société', 'en rester là',
  // es
  'no nos interesa', 'no me interesa', 'no estamos interesados', 'otro proveedor', 'otra solución',
  'no vamos a seguir', 'no seguiremos', 'no es una prioridad', 'no es prioridad', 'lo dejamos', 'aparcado',
  'aparcar', 'con otra empresa', 'indefinidamente',
  // pt
  'não temos interesse', 'não tenho interesse', 'não estamos interessados', 'não temos mais interesse',
  'outro fornecedor', 'outra solução', 'não vamos seguir', 'não seguir com', 'não é prioridade',
  'não é uma prioridade', 'deixar para lá', 'deixar pra lá', 'tempo indeterminado',
  'pausar esse projeto', 'pausar o projeto', 'com outra empresa', 'não faz mais sentido',
  // nl
  'geen interesse', 'niet geïnteresseerd', 'andere leverancier', 'andere oplossing', 'niet mee verder',
  'geen prioriteit', 'stoppen met', 'andere partij', 'onbepaalde tijd', 'niet verder te gaan',
  // en, de: "no need" forms phrases can say
  'keinen bedarf',
];

/** Calls the meeting off; a reschedule phrase in the same reply turns this into "move it". */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const WEAK_DECLINE_PHRASES = [
  'cancel*', 'call off', 'call it off', 'absagen', 'absage', 'stornieren', 'annuler', 'annulez', 'annulons',
  'cancelar', 'cancelamos', 'afzeggen', 'annuleren',
];

/** "This does not work": about a time it is a reschedule, otherwise a change. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const NOT_WORKING_PHRASES = [
  "doesn't work", 'does not work', "won't work", 'will not work', "isn't going to work", "doesn't suit",
  'no longer works', 'no longer work', 'not available', 'passt nicht', 'passt mir nicht', 'passt uns nicht',
  'geht nicht', 'klappt nicht', 'nicht verfügbar', 'ne me va pas', 'ne nous va pas', 'ne marche pas',
  'ne convient pas', 'ne me convient pas', 'ne me convient plus', 'ne nous convient pas', 'ne convient plus',
  'pas disponible', 'no me va', 'no me funciona', 'no nos funciona', 'no nos va', 'no estoy disponible',
  'não funciona', 'não dá', 'não serve', 'não vai dar', 'não estou disponível', 'past niet', 'past me niet',
  'past ons niet', 'komt niet uit', 'komt mij niet goed uit', 'komt me niet goed uit', 'komt niet goed uit',
  'no-go', 'no go', 'pas dispo', 'complicou',
  'niet beschikbaar', 'niet lukken', 'lukt niet', 'lukt helaas niet',
];
