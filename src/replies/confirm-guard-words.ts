/**
 * What may stand beside a yes without changing it, in the six languages agendum reads:
 * greetings, thanks, apologies, sign-offs, pleasantries and logistics that agree with the
 * meeting. Data only; `confirm-guard.ts` applies them. The lists are closed on purpose: a
 * sentence whose words are not all covered here (or by a yes and its aimed subject, or by
 * `AIM_WORDS`) is content the rules cannot account for, and a reply carrying one is not a
 * plain `confirm`. Lower case, matched like the lexicon (`'` optional, `*` ends a word).
 */

/** Phrases that greet, thank, apologise, close or agree on logistics, by what they do. */
// biome-ignore format: one phrase per line would make this data file hard to scan
export const HARMLESS_PHRASES: Record<string, string[]> = {
  greeting: [
    'hi', 'hello', 'hey', 'dear', 'good morning', 'good afternoon', 'hallo', 'liebe', 'lieber', 'sehr geehrte',
    'sehr geehrter', 'guten tag', 'guten morgen', 'moin', 'servus', 'grüezi', 'grüß gott', 'bonjour', 'salut',
    'bonsoir', 'hola', 'buenos días', 'buenas tardes', 'buenas', 'estimado', 'estimada', 'olá', 'oi',
    'bom dia', 'boa tarde', 'prezado', 'prezada', 'caro', 'cara', 'beste', 'hoi', 'goedemorgen',
    'goedemiddag', 'geachte', 'dag', 'madame', 'monsieur', 'senhora', 'senhor', 'mevrouw', 'meneer', 'herr',
    'frau', 'señor', 'señora', 'sr', 'sra', 'mr', 'mrs', 'ms',
  ],
  thanks: [
    'thanks', 'thank you', 'thx', 'ty', 'many thanks', 'thanks a lot', 'thanks so much', 'thank you so much',
    'much appreciated', 'appreciate it', 'thanks again', 'danke', 'vielen dank', 'danke schön', 'dankeschön',
    'herzlichen dank', 'besten dank', 'danke dir', 'danke ihnen', 'merci', 'merci beaucoup', 'merci bien',
    'mille mercis', 'gracias', 'muchas gracias', 'mil gracias', 'obrigado', 'obrigada', 'muito obrigado',
    'muito obrigada', 'valeu', 'bedankt', 'dank je', 'dank u', 'dankjewel', 'dank je wel', 'dank u wel',
    'hartelijk dank', 'le agradezco', 'te agradezco', 'agradezco', 'agradeço', 'agradecemos',
    'je vous remercie', 'nous vous remercions',
  ],
  /**
   * An apology or a self-correction before (or after) a yes: "Sorry, my mistake: confirmed".
   * Only the apology itself; "oh wait", "scratch that", "ah non" take a yes back, and are
   * not here.
   */
  apology: [
    'sorry', 'so sorry', 'very sorry', 'my mistake', 'my bad', 'my fault', 'my error', 'oops', 'whoops',
    'oopsie', 'apologies', 'my apologies', 'sorry about that', 'sorry for the confusion',
    'apologies for the confusion', 'sorry for the mix-up', 'sorry for the mixup', 'i misread',
    'i misunderstood', 'sorry for the late reply', 'sorry for the delay', 'apologies for the delay',
    'entschuldigung', 'entschuldigen sie', 'entschuldige', 'mein fehler', 'mein versehen',
    'meine schuld', 'tut mir leid', 'verzeihung', 'pardon', 'ups', 'hoppla', 'huch', 'mea culpa',
    'ich habe mich geirrt', 'ich hatte mich geirrt', 'ich habe mich vertan', 'da habe ich mich vertan',
    'désolé', 'désolée', 'vraiment désolé', 'vraiment désolée', 'oups', 'mon erreur', 'erreur de ma part',
    'au temps pour moi', 'autant pour moi', 'toutes mes excuses', 'mes excuses', 'excusez-moi', 'excuse-moi',
    'je me suis trompé', 'je me suis trompée', "c'est ma faute", "c'est de ma faute",
    'perdón', 'perdon', 'perdona', 'perdone', 'disculpa', 'disculpe', 'disculpas', 'mis disculpas',
    'lo siento', 'error mío', 'mi error', 'culpa mía', 'me equivoqué', 'uy', 'uups',
    'desculpe', 'desculpa', 'desculpas', 'perdão', 'foi mal', 'erro meu', 'falha minha', 'culpa minha',
    'me enganei', 'enganei-me', 'ops', 'opa',
    'excuses', 'mijn excuses', 'mijn fout', 'foutje', 'mijn vergissing', 'oeps', 'ik vergiste me',
    'ik heb me vergist', 'excuus',
  ],
  signOff: [
    'cheers', 'best', 'all the best', 'kind regards', 'best regards', 'regards', 'warm regards', 'best wishes',
    'take care', 'viele grüße', 'beste grüße', 'liebe grüße', 'herzliche grüße', 'freundliche grüße',
    'mit freundlichen grüßen', 'mfg', 'lg', 'vg', 'gruß', 'grüße', 'cordialement', 'bien cordialement',
    'bien à vous', 'bien à toi', 'salutations', 'meilleures salutations', 'amitiés', 'bises', 'saludos',
    'un saludo', 'saludos cordiales', 'atentamente', 'un abrazo', 'abrazos', 'abraço', 'abraços',
    'um abraço', 'att', 'atenciosamente', 'cumprimentos', 'melhores cumprimentos', 'saudações', 'groeten',
    'groet', 'met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet', 'hartelijke groet',
    'hartelijke groeten', 'mvg', 'gr',
  ],
  pleasantry: [
    'have a great day', 'have a good day', 'have a nice day', 'have a great week', 'have a good week',
    'have a great weekend', 'have a good weekend', 'have a nice weekend', 'enjoy your day',
    'enjoy the weekend', 'hope you are well', "hope you're well", 'hope you are doing well',
    "hope you're doing well", 'hope all is well', 'hope you had a good weekend', 'looking forward',
    'look forward', 'talk soon', 'speak soon', 'talk then', 'speak then', 'until then', 'how are you',
    'schönen tag', 'schönen tag noch', 'einen schönen tag', 'schöne woche', 'schönes wochenende',
    'bis bald', 'bis dann', 'bis später', 'freue mich', 'freuen uns', 'ich hoffe es geht ihnen gut',
    'ich hoffe es geht dir gut', 'bonne journée', 'bonne semaine', 'bon week-end', 'bonne fin de journée',
    'belle journée', 'à bientôt', 'à plus', 'au plaisir', "j'espère que vous allez bien", 'à tout à l\'heure',
    'buen día', 'buena semana', 'buen fin de semana', 'que tengas un buen día', 'hasta pronto',
    'hasta luego', 'espero que estés bien', 'espero que esté bien', 'quedo atento', 'quedo atenta',
    'quedamos atentos', 'boa semana', 'bom fim de semana', 'até breve', 'até logo', 'até mais',
    'espero que esteja bem', 'fico no aguardo', 'fijne dag', 'fijne dag nog', 'fijn weekend',
    'prettige dag', 'tot snel', 'tot straks', 'ik hoop dat alles goed gaat',
  ],
  /** Saying the agenda fits: "exactly what we want to cover", "entspricht unseren Erwartungen". */
  agreement: [
    'what we want', 'what we need', 'what we wanted', 'what i want', 'what i need', 'what we had in mind',
    'want to cover', 'want to discuss', 'want to talk about', 'wanted to cover', 'wanted to discuss',
    'need to cover', 'need to discuss', 'get out of it', 'get out of the call', 'get out of the meeting',
    'the conversation we need to have', 'the right topics', 'covers what we need', "that's the list",
    'from my end', 'from our end', 'on my end', 'on our end', "let's do it", "let's do this", "let's go",
    'looks solid', 'sounds solid', 'genau das', 'was wir wollen', 'was wir brauchen', 'brauchen wir',
    'wollen wir sprechen', 'darüber wollen wir sprechen', 'besprechen wollen', 'entspricht unseren erwartungen',
    'entspricht unseren vorstellungen', 'unserem bedarf', 'freuen uns auf', 'freue mich auf', 'so machen wir es',
    'jo', 'ce que nous voulons', "ce qu'on veut", 'voulons aborder', 'à nos attentes', 'nos attentes',
    'lo que queremos', 'lo que necesitamos', 'queremos tratar', 'refleja', 'adelante', 'quedamos', 'chévere',
    'o que queremos', 'queremos discutir', 'pode manter assim', 'assim mesmo', 'assim', 'pode deixar',
    'conte comigo', 'nos falamos', 'falamos', 'em ordem', 'nenhuma objeção', 'blz', 'ótima', 'perfeita',
    'bora', 'hablamos', 'se parler', 'zie je', 'abs', 'não tenho nada a acrescentar', 'no tengo nada que añadir', "je n'ai rien à ajouter",
    'ik heb niets toe te voegen', 'niks toe te voegen', 'niks op aan te merken', 'niets op aan te merken',
    'wat we willen', 'wat wij willen', 'willen bespreken', 'zo doen we het', 'ziet er prima uit', 'in orde',
    'allez', 'sluit goed aan', 'tot volgende week', "don't cancel", 'do not cancel', 'nicht absagen',
    "n'annulez pas", 'no cancelen', 'não cancele', 'niet annuleren',
  ],
  /** A question about material after the call, which does not undo a yes (corpus rule). */
  afterCall: [
    'share the slides afterwards', 'send the slides afterwards', 'share the slides', 'send the slides', 'share the deck', 'send the deck', 'share the recording',
    'slides afterwards', 'deck afterwards', 'afterwards', 'after the call', 'after the meeting', 'quick question',
    'folien', 'im anschluss', 'danach', 'les slides', 'la présentation', 'après la réunion', 'la presentación',
    'después de la reunión', 'a apresentação', 'depois da reunião', 'de slides', 'achteraf', 'na afloop',
  ],
  /** Logistics that agree with the meeting as planned: being there, the invite accepted. */
  logistics: [
    'see you', 'see you then', 'see you there', "i'll be there", 'i will be there', "we'll be there",
    'we will be there', 'will be there', 'invite accepted', 'accepted the invite', 'accepted the invitation',
    "i've accepted", 'in my calendar', 'in the calendar', 'in the diary', 'blocked the time', 'blocked',
    'will dial in', 'will join', 'will join us', 'joining', 'as well', 'too', 'bin dabei', 'sind dabei',
    'im kalender', 'eingetragen', 'einladung angenommen', 'kommt auch', 'ist auch dabei', 'wird dabei sein',
    'wählt sich ein', 'je serai là', 'nous serons là', 'serai présent', 'serai présente',
    'serons présents', 'dans mon agenda', 'dans l\'agenda', 'invitation acceptée', "j'ai accepté",
    'se joindra', 'sera présent', 'sera présente', 'ahí estaré', 'allí estaré', 'estaré', 'estaremos',
    'en mi agenda', 'en el calendario', 'invitación aceptada', 'he aceptado', 'se unirá', 'se une',
    'estará', 'estarei lá', 'estarei presente', 'estaremos presentes', 'na agenda', 'no calendário',
    'convite aceito', 'aceitei o convite', 'vai participar', 'participa', 'estará presente', 'ik ben er',
    'we zijn er', 'ik zal er zijn', 'in de agenda', 'in mijn agenda', 'uitnodiging geaccepteerd',
    'sluit ook aan', 'sluit aan', 'is er ook bij', 'schuift aan', 'will both be on', 'will be on',
    'be on the call', 'ya lo agendé', 'agendado', 'agendei', 'ingepland', 'eingeplant', 'talk on', 'speak on',
    ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'tues', 'thurs'].flatMap((d) => [`talk ${d}`, `speak ${d}`]),
  ],
};

/**
 * Words that carry nothing on their own beside the words of `AIM_WORDS`: prepositions of
 * time, "then", "everyone", the things a thank-you is for. Never a negation, a condition
 * or a contrast: those are content.
 */
// biome-ignore format: one word per line would make this data file hard to scan
export const FILLER_WORDS = [
  'at', 'in', 'um', 'à', 'às', 'a', 'las', 'om', 'op', 'el', 'le', 'uhr', 'uur', 'h', 'am', 'pm', 'then', 'soon',
  'again', 'indeed', 'once', 'everyone', 'everybody', 'team', 'guys', 'folks', 'zusammen', 'allerseits',
  'tous', 'todos', 'equipo', 'pessoal', 'gente', 'allemaal', 'iedereen', 'will', 'be', "i'll", "we'll",
  'sending', 'putting', 'together', 'email', 'mail', 'e-mail', 'note', 'message', 'invite', 'invitation',
  'organizing', 'organising', 'setting', 'up', 'overview', 'clear', 'detailed', 'prep', 'preparation',
  'this', 'with', 'zusammenfassung', 'einladung', 'nachricht', 'vorbereitung', 'agenda', 'résumé',
  'message', 'envoi', 'récap', 'resumen', 'invitación', 'mensaje', 'correo', 'envío', 'resumo', 'convite',
  'mensagem', 'envio', 'samenvatting', 'uitnodiging', 'bericht', 'voorbereiding', 'zusendung', 'übersendung',
  'übermittlung', 'sending', 'por', 'pela', 'pelo',
  'pour', 'voor', 'für', 'die', 'de', 'da', 'do', 'la', 'les', 'des', 'het', 'mucho', 'much', 'lot',
  'week', 'morning', 'afternoon', 'tomorrow', 'next', 'it', 'again', 'as', 'usual', 'mon', 'tue', 'tues',
  'wed', 'thu', 'thur', 'thurs', 'fri', 'through', 'ahead', 'works', 'list', 'end', 'con', 'com', 'met', 'mit',
  'avec', 'aqui', 'aquí', 'meu', 'minha', 'ahí', 'allí', 'lá', 'bin', 'ce', 'clair', 'récapitulatif',
  'both', 'two', 'three', 'four', 'five', 'zwei', 'drei', 'vier', 'deux', 'trois', 'quatre', 'dos', 'tres',
  'inkl', 'incl', 'including', 'inklusive', 'envío', 'orden', 'del', 'día', 'ordem', 'trabalhos', 'cet',
  'cette', 'toesturen', 'what', 'wat', 'que', 'lo', 'exactly', 'exactamente', 'exatamente', 'justo',
  'precisely', 'é', 'es', 'esa', 'ese', 'deze', 'needed', 'duidelijk', 'serons', 'office', 'na', 'tratar',
  'aborder', 'discutir', 'bespreken', 'discuss', 'cover', 'presença', 'presencia', 'présence', 'attendance',
  'teilnahme', 'aanwezigheid', 'asistencia', 'qui', 'bij', 'ma', 'mon', 'mes', 'in-house', 'current', 'internal',
  'cuatro', 'dois', 'duas', 'três', 'quatro', 'twee', 'drie', 'dia', "qu'", "d'", "j'", "s'", "n'", "m'",
];

/**
 * "btw congrats on the series B": a congratulation is a pleasantry whatever it is about,
 * as a unit of its own with no question, contrast or request in it.
 */
export const CONGRATULATION =
  /^(?:(?:btw|by the way|also|and|übrigens|au fait|sinon|por cierto|aliás|a propósito|trouwens)[\s,]+)?¡?(?:congrats|congratulations|gratuliere|glückwunsch|herzlichen glückwunsch|félicitations|bravo|felicidades|felicitaciones|enhorabuena|parabéns|gefeliciteerd|proficiat)(?![\p{L}])/u;
/**
 * "We'll have the route data ready for the call": preparing for the meeting as planned
 * agrees with it, as a unit of its own with no question, contrast or request in it.
 */
export const PREPARATION =
  /(?<![\p{L}])(?:we'll|we will|i'll|i will|wir bringen|ich bringe|je préparerai|nous préparerons|prepararé|prepararemos|vou preparar|vamos preparar|ik bereid|wij bereiden|we bereiden)(?![\p{L}]).{0,80}(?<![\p{L}])(?:ready|prepared|mit|prêt|prêts|listo|listos|pronto|prontos|voor|for the (?:call|meeting|discussion)|pour la réunion|para la reunión|para a reunião|zum termin)(?![\p{L}])/u;

/** What keeps a congratulation from being only one. */
export const NOT_ONLY_PLEASANTRY =
  /\?|(?<![\p{L}])(but|please|could|can|aber|bitte|mais|pero|mas|maar|por favor|svp|graag|though)(?![\p{L}])/u;

/** Month names, for dates written out ("Tuesday, March 3"). */
// biome-ignore format: one word per line would make this data file hard to scan
export const MONTHS = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
  'décembre', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
  'octubre', 'noviembre', 'diciembre', 'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho',
  'setembro', 'outubro', 'dezembro', 'januari', 'februari', 'maart', 'mei', 'augustus',
];

/**
 * "confirm the link", "bestätigen Sie die Einwahl": a confirm verb aimed at the meeting's
 * access details asks for them, which the rep must answer (a `change`).
 */
export const CONFIRM_ACCESS =
  /(?<![\p{L}])(confirm\p{L}*|bestätig\p{L}*|confirm\p{L}*|bevestig\p{L}*)\s+(?:[\p{L}'-]+\s+){0,3}?(link|dial-in|dial in|zoom|teams|url|access code|passcode|address|room|einwahl\p{L}*|raum|lien|salle|adresse|enlace|sala|dirección|código|endereço|adres|zaal)(?![\p{L}])/u;
