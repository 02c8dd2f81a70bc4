/**
 * The phrases intent classification looks for, in English, German, French, Spanish,
 * Portuguese and Dutch. Data only. Phrases are matched case-insensitively on whole words;
 * a space matches any run of spaces, `'` is optional (so "cant" matches "can't"), and a
 * trailing `*` matches the rest of a word ("reschedul*"). Where phrases overlap, the
 * longest wins ("can't confirm" beats "confirm", "not interested" beats nothing).
 */

/** The prospect agrees with the agenda or recap as written. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const CONFIRM_PHRASES = [
  // en
  'confirmed', 'i confirm', 'we confirm', 'i can confirm', 'happy to confirm', 'confirming', 'sounds good',
  'sounds great', 'sounds perfect', 'sounds right', 'looks good', 'looks great', 'looks perfect',
  'looks right', 'works for me', 'works for us', 'that works', 'this works', 'works well', 'see you',
  'talk then', 'speak then', 'perfect', 'all good', 'agreed', 'i agree', 'we agree', 'yes', 'yep', 'yup',
  'sure', 'ok', 'okay', 'correct', "that's right", 'that is right', "you're right", 'spot on',
  'exactly right', 'same page', 'looking forward', 'count me in', "we're good", 'all set', 'good to go',
  'great, see you', '👍', '✅', '👌',
  // de
  'bestätigt', 'ich bestätige', 'bestätige', 'passt', 'passt gut', 'passt mir', 'passt uns', 'klingt gut',
  'klingt super', 'klingt prima', 'sieht gut aus', 'einverstanden', 'perfekt', 'ja', 'gerne', 'alles klar',
  'bis dann', 'richtig', 'stimmt', 'genau so', 'in ordnung',
  // fr
  'confirmé', 'confirmée', 'je confirme', 'nous confirmons', 'ça me va', 'ca me va', 'ça nous va', 'parfait',
  "d'accord", "c'est bon", 'ok pour moi', 'ça marche', 'ca marche', 'oui', "c'est exact", 'très bien',
  'entendu',
  // es
  'confirmado', 'confirmada', 'confirmo', 'perfecto', 'me parece bien', 'nos parece bien',
  'me parece perfecto', 'de acuerdo', 'vale', 'genial', 'sí', 'correcto', 'nos vemos', 'está bien',
  'me va bien',
  // pt
  'combinado', 'perfeito', 'tudo certo', 'de acordo', 'certo', 'sim', 'pode ser', 'ótimo', 'fechado',
  'beleza', 'até lá', 'correto', 'está ótimo', 'parece bom',
  // nl
  'bevestigd', 'ik bevestig', 'klinkt goed', 'prima', 'akkoord', 'helemaal goed', 'lijkt me goed', 'is goed',
  'klopt', 'tot dan',
];

/** The prospect wants the agenda, outcome or next step added to or altered. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const CHANGE_PHRASES = [
  // en
  'add', 'adding', 'changes', 'also cover', 'also discuss', 'also talk about', 'also look at', 'also include',
  'also add', 'could we also', 'can we also', 'could you also', 'include', 'instead', 'rather than', 'remove',
  'drop the', 'skip the', 'change', 'swap', 'replace', 'focus on', 'more time on', 'less time on',
  "i'd like to discuss", "we'd like to discuss", 'would like to discuss', 'would like to cover',
  "we'd like to cover", 'want to cover', 'make sure we cover', 'one more topic', 'one more item',
  'another topic', 'missing', 'amend', 'adjust', 'tweak', 'not quite', 'correction', 'to correct',
  'please correct', 'actually the next step',
  // de
  'hinzufügen', 'ergänzen', 'ergänzung', 'auch über', 'auch besprechen', 'ändern', 'änderung', 'anpassen',
  'stattdessen', 'anstatt', 'lieber über', 'streichen', 'weglassen', 'fehlt',
  // fr
  'ajouter', 'ajoutons', 'aussi parler', 'aussi aborder', 'aborder aussi', 'modifier', 'changer', 'plutôt',
  'au lieu de', 'retirer', 'enlever', 'il manque',
  // es
  'añadir', 'agregar', 'también hablar', 'también tratar', 'incluir', 'cambiar', 'modificar', 'en lugar de',
  'en vez de', 'quitar', 'falta',
  // pt
  'adicionar', 'acrescentar', 'também falar', 'também discutir', 'mudar', 'alterar', 'em vez de',
  'ao invés de', 'retirar',
  // nl
  'toevoegen', 'ook bespreken', 'ook praten over', 'wijzigen', 'aanpassen', 'veranderen', 'in plaats van',
  'weglaten', 'schrappen', 'ontbreekt',
];

/** The prospect wants the meeting at another time. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const RESCHEDULE_PHRASES = [
  // en
  'reschedul*', 'can we move', 'could we move', 'move the call', 'move the meeting', 'move it', 'push it',
  'push the call', 'push the meeting', 'push back', 'postpone', 'another time', 'another day',
  'different time', 'different day', 'a later date', 'new time', 'rain check', "can't make it",
  'cannot make it', "won't make it", "can't make", 'cannot make', 'unable to make', "won't be able to make",
  "won't be able to attend", "won't be able to join", "can't attend", "can't join", 'have a conflict',
  'something came up', 'double booked', 'double-booked', 'out that day',
  // de
  'verschieben', 'verlegen', 'anderen termin', 'anderer termin', 'anderen tag', 'anderer tag',
  'andere uhrzeit', 'kann leider nicht', 'schaffe es nicht', 'schaffe ich nicht', 'kann nicht teilnehmen',
  // fr
  'reporter', 'décaler', 'déplacer', 'un autre moment', 'un autre jour', 'autre créneau', 'je ne pourrai pas',
  'je ne peux pas être', 'empêchement',
  // es
  'reprogramar', 'mover la reunión', 'cambiar la fecha', 'cambiar la hora', 'otro día', 'otro momento',
  'otra hora', 'no puedo asistir', 'no podré', 'no puedo ese día', 'posponer', 'aplazar',
  // pt
  'remarcar', 'reagendar', 'adiar', 'outro dia', 'outro horário', 'não posso participar', 'não vou poder',
  'não consigo',
  // nl
  'verzetten', 'verplaatsen', 'andere dag', 'ander tijdstip', 'ander moment', 'lukt me niet',
  'kan helaas niet', 'kan er niet bij zijn', 'uitstellen',
];

/** Ends the process: these win over everything else. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const STRONG_DECLINE_PHRASES = [
  // en
  'not interested', 'no longer interested', 'not a fit', 'not the right fit', 'not a priority', "we'll pass",
  'we will pass', 'going to pass', 'pass on this', 'went with another', 'went with a different',
  'chose another', 'decided to go with', 'going with another', 'different direction', 'please remove me',
  'unsubscribe', 'stop emailing', "don't contact", 'no budget',
  // de
  'kein interesse', 'kein bedarf', 'nicht interessiert', 'für einen anderen anbieter', 'anderen anbieter',
  // fr
  'pas intéressé', 'pas intéressés', 'pas intéressée', 'pas intéressées', 'autre prestataire',
  'autre fournisseur',
  // es
  'no nos interesa', 'no me interesa', 'no estamos interesados', 'otro proveedor',
  // pt
  'não temos interesse', 'não tenho interesse', 'não estamos interessados', 'outro fornecedor',
  // nl
  'geen interesse', 'niet geïnteresseerd', 'andere leverancier',
];

/** Calls the meeting off; a reschedule phrase in the same reply turns this into "move it". */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const WEAK_DECLINE_PHRASES = [
  'cancel*', 'call off', 'call it off', 'absagen', 'absage', 'stornieren', 'annuler', 'annulez', 'annulons',
  'cancelar', 'cancelamos', 'afzeggen', 'annuleren',
];

/** Not a yes yet: the prospect holds the confirmation back. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const HOLD_PHRASES = [
  // en
  'before i confirm', 'before we confirm', 'bevor ich bestätige', 'avant de confirmer', 'antes de confirmar',
  'voordat ik bevestig',
  'not confirmed', "can't confirm", 'cannot confirm', 'can not confirm', 'unable to confirm', 'not yet',
  'not sure', 'need to check', 'have to check', 'need to confirm', 'let me check', "i'll check", 'will check',
  'get back to you', 'check with', 'tentative', 'tentatively', 'maybe', 'possibly', 'tbd',
  // de
  'noch nicht', 'nicht bestätigt', 'kann nicht bestätigen', 'kann ich nicht bestätigen', 'muss noch',
  'rücksprache', 'melde mich', 'vielleicht',
  // fr
  'pas encore', 'pas confirmé', 'je dois vérifier', 'je vérifie', 'je reviens vers vous', 'peut-être',
  'je ne peux pas confirmer',
  // es
  'todavía no', 'aún no', 'no puedo confirmar', 'tengo que consultar', 'tengo que verificar', 'quizás',
  'tal vez',
  // pt
  'ainda não', 'não posso confirmar', 'não consigo confirmar', 'preciso verificar', 'preciso confirmar',
  'vou verificar', 'talvez',
  // nl
  'nog niet', 'kan niet bevestigen', 'moet even checken', 'moet nog', 'ik kom erop terug', 'misschien',
];

/** "This does not work": about a time it is a reschedule, otherwise a change. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const NOT_WORKING_PHRASES = [
  "doesn't work", 'does not work', "won't work", 'will not work', "isn't going to work", "doesn't suit",
  'passt nicht', 'passt mir nicht', 'passt uns nicht', 'geht nicht', 'ne me va pas', 'ne nous va pas',
  'ne marche pas', 'ne convient pas', 'no me va', 'no me funciona', 'no nos funciona', 'no nos va',
  'não funciona', 'não dá', 'não serve', 'past niet', 'past me niet', 'past ons niet', 'komt niet uit',
];

/** Words that make a "does not work" about time. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const TIME_WORDS = [
  'time', 'times', 'day', 'date', 'slot', 'today', 'tomorrow', 'morning', 'afternoon', 'evening', 'week',
  'then', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'zeit', 'termin', 'uhrzeit', 'datum', 'tag',
  'uhr', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'heure', 'jour', 'créneau', 'horaire',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'hora', 'día', 'fecha', 'horario', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'horário', 'dia', 'data', 'segunda', 'terça', 'quarta', 'quinta', 'sexta',
  'tijd', 'dag', 'tijdstip', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag',
];

/** Words that negate the phrase right after them in the same clause. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const NEGATIONS = [
  'not', 'no', 'never', 'cannot', 'nothing', 'neither', 'nor', 'nicht', 'kein', 'keine', 'keinen', 'nie',
  'nichts', 'pas', 'ne', 'jamais', 'rien', 'nunca', 'nada', 'não', 'nao', 'nem', 'niet', 'geen', 'nooit',
  'niets',
];

/** Words that negate the phrase right before them ("passt nicht", "ça me va pas"). */
export const TRAILING_NEGATIONS = ['not', 'nicht', 'pas', 'niet', 'nie'];

/** Words that start a new clause, so a negation before them does not carry over. */
export const CLAUSE_BREAKS = ['but', 'however', 'aber', 'doch', 'mais', 'pero', 'mas', 'porém', 'maar'];
