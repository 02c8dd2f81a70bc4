/**
 * A person the prospect brings along, as regular-expression sources over one normalized
 * sentence, in the six languages agendum reads: "I'll bring Sam", "Sam from finance will
 * join too", "Priya and I will both be on", "ich bringe meinen Kollegen mit", "je viendrai
 * avec ma collègue", "llevaré a mi jefe", "vou levar o Sam", "ik neem mijn collega mee".
 * Each source has a `who` group; `find-added-attendees.ts` keeps a match only when that
 * group names a person (a role noun, or a name written capitalised). Product decision: a
 * named attendee is a `change`, even beside a yes, because the rep must invite them. Data
 * only.
 */

/**
 * Up to five words of one clause: who is brought, or who joins. Greedy, so "my colleague
 * Claire" is read whole; a word after it ("mit", "mee") takes back what it needs.
 */
const WHO = "(?<who>[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,4})";
/**
 * The same before a verb, as the subject ("Sam from finance"; see `SUBORDINATORS`), with
 * an apposition between commas ("Lucía, de compras, se unirá").
 */
const SUBJECT = `${WHO.replace('<who>', '<subject>')}(?:,\\s*[^,.!?;]{1,40},)?`;
/** Also, too, both: words that may stand between a subject and its verb. */
const ALSO = '(?:(?:also|both|all|too|auch|ebenfalls|noch|mit|aussi|également|también|também|ook|nog)\\s+)*';

/** The person comes first: "Sam will join too", "Jonas ist auch dabei", "Ana se unirá". */
const JOINS = [
  // en
  `${SUBJECT}\\s+(?:will|'ll|shall|can|might|may|is going to|are going to|plans to|plan to|wants to|want to|would like to|is planning to|are planning to)\\s+${ALSO}(?:join|attend|dial in|call in|come along|come too|come as well|tag along|sit in|participate|be (?:joining|attending|there|present|coming|dialing in|dialling in|with us|on the call|on the line|on it|on too|on as well|on\\b(?=\\s*(?:[.!,;]|$))|in the (?:call|meeting|room)))\\b`,
  `${SUBJECT}\\s+(?:is|are|'s|'re)\\s+${ALSO}(?:joining|coming along|coming too|coming as well|attending|dialing in|dialling in|tagging along|sitting in|participating)\\b`,
  `${SUBJECT}\\s+(?:joins|attends|dials in)\\s+(?:too|as well|also)\\b`,
  // de
  `${SUBJECT}\\s+(?:kommt|kommen)\\s+${ALSO}(?:mit|dazu)\\b`,
  `${SUBJECT}\\s+(?:kommt|kommen)\\s+(?:auch|ebenfalls)(?=\\s*(?:[.!,;]|$|\\bund\\b))`,
  `${SUBJECT}\\s+(?:ist|sind)\\s+${ALSO}dabei\\b`,
  `${SUBJECT}\\s+(?:wird|werden)\\s+${ALSO}(?:dabei sein|teilnehmen|mitkommen|dazukommen|dazustoßen|sich einwählen|zugeschaltet)\\b`,
  `${SUBJECT}\\s+(?:nimmt|nehmen)\\s+${ALSO}teil\\b`,
  `${SUBJECT}\\s+(?:wählt|wählen)\\s+sich\\s+${ALSO}ein\\b`,
  `${SUBJECT}\\s+(?:stößt|stoßen)\\s+${ALSO}dazu\\b`,
  `${SUBJECT}\\s+und ich\\s+(?:sind|kommen|nehmen|werden)\\b`,
  // fr
  `${SUBJECT}\\s+(?:se joindra|se joindront|nous rejoindra|nous rejoindront|participera|participeront|assistera|assisteront|viendra|viendront|sera ${ALSO}(?:présente?|là|de la partie|avec nous|en ligne)|seront ${ALSO}(?:présents|présentes|là|de la partie|avec nous))\\b`,
  `\\b(?:viendra|viendront|participera|participeront|se joindra|sera présente?)\\s+(?:aussi|également)\\s+${WHO}`,
  `${SUBJECT}\\s+et moi\\s+(?:serons|participerons|viendrons|nous joindrons)\\b`,
  // es
  `${SUBJECT}\\s+(?:se unirá|se unirán|se suma|se sumará|se sumarán|asistirá|asistirán|participará|participarán|vendrá|vendrán|me acompañará|nos acompañará|estará ${ALSO}(?:presente|en la llamada|en la reunión)|estarán ${ALSO}(?:presentes|en la llamada|en la reunión)|también estará|también estarán|también viene|viene también)\\b`,
  `\\b(?:también\\s+)?(?:vendrá|vendrán|asistirá|asistirán|participará|participarán|se unirá|se unirán|se sumará|nos acompañará|estará|estarán)\\s+(?:también\\s+|também\\s+)?${WHO}`,
  `${SUBJECT}\\s+y yo\\s+(?:estaremos|iremos|asistiremos|participaremos|nos uniremos|vamos a estar)\\b`,
  // pt
  `${SUBJECT}\\s+(?:vai participar|vão participar|participará|participarão|também vai|também vão|vai junto|vão junto|vai estar (?:presente|na reunião|na call|junto)|vão estar (?:presentes|na reunião|na call|junto)|estará presente|estarão presentes|vem também|vêm também|vem junto|me acompanha|vai me acompanhar|entra também)\\b`,
  `\\b(?:também\\s+)?(?:virá|virão|vai participar|vão participar|participará|participarão|vem também|estará|estarão)\\s+(?:também\\s+)?${WHO}`,
  `${SUBJECT}\\s+e eu\\s+(?:estaremos|vamos|iremos|participaremos)\\b`,
  // nl
  `${SUBJECT}\\s+(?:sluit|sluiten|schuift|schuiven)\\s+${ALSO}aan\\b`,
  `${SUBJECT}\\s+(?:is|zijn)\\s+er\\s+${ALSO}bij\\b`,
  `${SUBJECT}\\s+(?:komt|komen)\\s+${ALSO}(?:mee|langs)\\b`,
  `${SUBJECT}\\s+(?:komt|komen)\\s+ook(?=\\s*(?:[.!,;]|$|\\ben\\b))`,
  `${SUBJECT}\\s+(?:doet|doen)\\s+${ALSO}mee\\b`,
  `${SUBJECT}\\s+(?:is|zijn|zal|zullen)\\s+${ALSO}(?:aanwezig|erbij|er ook bij)\\b`,
  `${SUBJECT}\\s+en ik\\s+(?:zijn|komen|sluiten|zullen)\\b`,
];

/** The prospect brings the person: "I'll bring Sam", "ich bringe Jonas mit", "llevaré a Ana". */
const BRINGS = [
  // en
  `\\b(?:i'll|i will|i'm going to|i am going to|we'll|we will|i'd like to|we'd like to|i want to|i'm|i am|we're|we are|i've|i have|we've|we have|i)\\s+(?:also\\s+|probably\\s+)?(?:bring|bringing|brought|invite|inviting|invited|loop in|looping in|looped in|cc|cc'd|cced|have)\\s+(?:along\\s+)?${WHO}(?=\\s+(?:along|too|as well|with me|join|to the call|to the meeting|on the call)\\b|\\s*(?:[.!,;]|$))`,
  `\\b(?:i've|i have|we've|we have|i)\\s+(?:also\\s+)?(?:forwarded|sent|passed)\\s+(?:it|the invite|the invitation|this|the meeting)\\s+(?:on\\s+)?to\\s+${WHO}`,
  `\\b(?:be there|join|come|attend|dial in|be on)\\s+(?:together\\s+)?with\\s+${WHO}`,
  `\\b(?:i'll|i will)\\s+be\\s+(?:joined|accompanied)\\s+by\\s+${WHO}`,
  `\\bbringing\\s+along\\s+${WHO}`,
  // de
  `\\b(?:ich|wir)\\s+(?:bringe|bringen|nehme|nehmen)\\s+${ALSO}${WHO}\\s+mit\\b`,
  `\\b(?:bringe|bringen|nehme|nehmen) (?:ich|wir)\\s+${ALSO}${WHO}\\s+mit\\b`,
  `\\b(?:ich|wir)\\s+(?:komme|kommen)\\s+(?:zusammen\\s+)?mit\\s+${WHO}`,
  `\\b(?:kommt|kommen)\\s+${ALSO}${WHO}\\s+(?:mit|dazu)\\b`,
  `\\b(?:ich habe|ich hab|habe|wir haben)\\s+${ALSO}${WHO}\\s+(?:eingeladen|dazugeholt|hinzugefügt|in cc gesetzt|weitergeleitet)\\b`,
  `\\b(?:ich lade|wir laden)\\s+${ALSO}${WHO}\\s+(?:dazu\\s+)?ein\\b`,
  // fr
  `\\b(?:je viendrai|je serai là|je serai présente?|je participerai|nous viendrons|nous serons là)\\s+(?:avec|accompagnée? de)\\s+${WHO}`,
  `\\bje serai accompagnée?\\s+(?:de|par)\\s+${WHO}`,
  `\\b(?:j'amènerai|j'emmènerai|je vais amener|je vais emmener|j'amène|j'emmène|j'inviterai|je vais inviter|j'ai invité|j'ai convié|j'ai ajouté|je convie|j'invite)\\s+${ALSO}${WHO}`,
  // es
  `\\b(?:llevaré|voy a llevar|llevo|traeré|voy a traer|iré con|vendré con|voy con|he invitado|invité|invitaré|voy a invitar|me acompañará|me acompaña|nos acompañará|nos acompaña)\\s+${ALSO}(?:a\\s+)?${WHO}`,
  // pt
  `\\b(?:vou levar|levarei|levo|vou trazer|trarei|trago|vou com|irei com|convidei|vou convidar|vai comigo)\\s+${ALSO}${WHO}`,
  // nl
  `\\b(?:ik neem|we nemen|wij nemen|ik breng|we brengen|wij brengen)\\s+${ALSO}${WHO}\\s+mee\\b`,
  `\\b(?:neem|breng) ik\\s+${ALSO}${WHO}\\s+mee\\b`,
  `\\bik kom\\s+(?:samen\\s+)?met\\s+${WHO}`,
  `\\b(?:ik heb|we hebben|wij hebben)\\s+${ALSO}${WHO}\\s+(?:uitgenodigd|toegevoegd|doorgestuurd)\\b`,
];

/** The person added in passing: "I'll be there, Ravi too", "und Jonas auch", "Pablo también". */
const TOO = [
  `(?:(?<=[,;])\\s*|\\b(?:and|und|et|y|e|en|plus)\\s+)${WHO}\\s+(?:too|as well|also|auch|ebenfalls|aussi|également|también|também|ook)(?=\\s*(?:[.!]|$))`,
];

/** The person goes with the prospect: "Jo will accompany me", "in Begleitung von Frau Kern". */
const ACCOMPANIES = [
  `${SUBJECT}\\s+(?:will accompany|is accompanying|accompanies|wird mich begleiten|wird uns begleiten|begleitet mich|begleitet uns|m'accompagnera|m'accompagne|nous accompagnera|vendrá conmigo|viene conmigo|irá conmigo|vai comigo|vem comigo|irá comigo|gaat ook mee|gaat mee|komt met mij mee|komt met me mee)\\b`,
  `\\b(?:together with|along with|accompanied by|joining me (?:will be|is|are)|zusammen mit|gemeinsam mit|in begleitung von|accompagnée? de|accompagnée? par|en compagnie de|avec mon|avec ma|avec notre|junto con|junto com|samen met|vergezeld van|looping in|bringe|bringen)\\s+${WHO}`,
];

/** The prospect and someone, named together: "Ana y yo", "eu e o Pedro", "me and Tom", "Sam's in". */
const TOGETHER = [
  `${SUBJECT}\\s+(?:and i|and me|und ich|et moi|y yo|e eu|en ik)\\b`,
  `\\b(?:me and|ich und|moi et|yo y|eu e|ik en)\\s+${WHO}`,
  `${SUBJECT}(?:'s| is)\\s+in\\s+(?:too|as well|also)\\b`,
  `${SUBJECT}\\s+will be with (?:me|us)\\b`,
  `\\bcount\\s+${WHO}\\s+in\\b`,
];

/** Every source, the ones that start at the person first. */
export const ADDED_ATTENDEE_PATTERNS = [...JOINS, ...BRINGS, ...TOO, ...ACCOMPANIES, ...TOGETHER];

/**
 * Words that name a person by role, in the six languages: "my colleague", "our CFO",
 * "meinen Kollegen", "ma collègue", "mi jefe", "o nosso diretor", "mijn collega".
 */
// biome-ignore format: one word per line would make this data file hard to scan
export const PERSON_NOUNS = [
  // en
  'colleague', 'colleagues', 'coworker', 'coworkers', 'co-worker', 'teammate', 'teammates', 'team', 'boss',
  'manager', 'cto', 'cfo', 'ceo', 'coo', 'cio', 'ciso', 'cmo', 'cro', 'vp', 'head', 'lead', 'director',
  'engineer', 'engineers', 'developer', 'developers', 'architect', 'analyst', 'partner', 'founder',
  'co-founder', 'cofounder', 'counsel', 'lawyer', 'assistant', 'someone', 'somebody', 'person', 'people',
  'expert', 'specialist', 'consultant', 'buyer', 'guy', 'owner', 'chief', 'president', 'controller',
  // de
  'kollege', 'kollegen', 'kollegin', 'kolleginnen', 'chef', 'chefin', 'vorgesetzten', 'vorgesetzte',
  'vorgesetzter', 'leiter', 'leiterin', 'geschäftsführer', 'geschäftsführerin', 'geschäftsführung',
  'mitarbeiter', 'mitarbeiterin', 'jemand', 'jemanden', 'einkäufer', 'einkäuferin', 'entwickler',
  'entwicklerin', 'partnerin', 'teamleiter', 'teamleiterin', 'abteilungsleiter', 'abteilungsleiterin',
  'herrn', 'herr', 'frau',
  // fr
  'collègue', 'collègues', 'cheffe', 'responsable', 'directeur', 'directrice', 'daf', 'dsi', 'dg', 'pdg',
  'équipe', 'associé', 'associée', "quelqu'un", 'ingénieur', 'ingénieure', 'développeur', 'développeuse',
  'acheteur', 'acheteuse', 'monsieur', 'madame', 'adjoint', 'adjointe',
  // es
  'compañero', 'compañeros', 'compañera', 'compañeras', 'colega', 'colegas', 'jefe', 'jefa', 'director',
  'directora', 'gerente', 'equipo', 'socio', 'socia', 'alguien', 'ingeniero', 'ingeniera', 'señor', 'señora',
  // pt
  'chefe', 'diretor', 'diretora', 'responsável', 'equipe', 'equipa', 'sócio', 'sócia', 'alguém', 'engenheiro',
  'engenheira', 'gestor', 'gestora', 'senhor', 'senhora',
  // nl
  'collega', "collega's", 'collegas', 'baas', 'directeur', 'leidinggevende', 'teamleider', 'iemand',
  'ontwikkelaar', 'meneer', 'mevrouw',
];

/**
 * Words a `who` may hold that name no one on their own: pronouns, articles, connectives,
 * "everyone". A capitalised one of these (at the start of a sentence) is not a name.
 */
// biome-ignore format: one word per line would make this data file hard to scan
export const NOT_A_NAME = [
  'i', 'me', 'we', 'us', 'you', 'they', 'them', 'he', 'she', 'it', 'this', 'that', 'which', 'who', 'everyone',
  'everybody', 'all', 'both', 'the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'and', 'plus',
  'also', 'too', 'from', 'of', 'at', 'in', 'on', 'with', 'so', 'then', 'yes', 'ok', 'okay', 'sure', 'great',
  'perfect', 'thanks', 'confirmed', 'no', 'one', 'else', 'nobody', 'noone', 'hopefully', 'think', 'guess',
  'ich', 'wir', 'sie', 'er', 'es', 'die', 'der', 'das', 'den', 'dem', 'mein', 'meine', 'meinen', 'meinem',
  'unser', 'unsere', 'unseren', 'unserem', 'ihr', 'ihre', 'ihren', 'auch', 'und', 'noch', 'von', 'aus', 'niemand',
  'danke', 'passt', 'gerne', 'ja', 'je', 'nous', 'on', 'moi', 'mon', 'ma', 'mes', 'notre', 'nos', 'le', 'la',
  'les', "l'", 'un', 'une', 'et', 'de', 'du', 'des', 'personne', 'merci', 'oui', 'parfait', 'yo', 'nosotros',
  'mi', 'mis', 'nuestro', 'nuestra', 'el', 'los', 'las', 'una', 'y', 'del', 'al', 'nadie', 'gracias', 'sí',
  'perfecto', 'eu', 'nós', 'meu', 'minha', 'nosso', 'nossa', 'o', 'os', 'as', 'um', 'uma', 'e', 'do', 'da',
  'ninguém', 'obrigado', 'obrigada', 'sim', 'ik', 'wij', 'mijn', 'onze', 'ons', 'het', 'een', 'en', 'van',
  'bedankt', 'prima', 'goed', 'también', 'também', 'aussi', 'également', 'ook', 'außerdem', 'zudem', 'además',
  'ademais', 'bovendien', 'ebenfalls', '-',
];

/**
 * The rep's side ("together with your team", "avec votre équipe"): people the prospect
 * does not bring along.
 */
// biome-ignore format: one word per line would make this data file hard to scan
export const YOUR_SIDE = [
  'your', 'yours', 'dein', 'deine', 'deinen', 'deinem', 'euer', 'eure', 'euren', 'eurem', 'votre', 'vos', 'ton',
  'ta', 'tes', 'tu', 'tus', 'vuestro', 'vuestra', 'vuestros', 'vuestras', 'teu', 'tua', 'vosso', 'vossa',
  'jullie', 'uw',
];

/**
 * Words that open a clause inside a subject: in "check with Sam whether he can join" the
 * subject of "can join" is "he", not Sam, and nobody is brought yet.
 */
// biome-ignore format: one word per line would make this data file hard to scan
export const SUBORDINATORS = [
  'whether', 'if', 'that', 'when', 'once', 'unless', 'ob', 'dass', 'wenn', 'falls', 'si', 'que', 'quand',
  'cuando', 'se', 'quando', 'of', 'dat', 'als', 'wanneer',
];

/**
 * Articles (and German's preposition-article contractions) before a capitalised word make
 * it a noun, not a name: "die Zahlen", "zum Termin"; Portuguese "o Sam" is a name.
 */
// biome-ignore format: one word per line would make this data file hard to scan
export const ARTICLES = [
  'the', 'die', 'der', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'zum', 'zur', 'im', 'am', 'beim',
  'vom', 'ins', 'ans', 'le', 'la', 'les', 'un', 'une', 'au', 'aux', 'el', 'los', 'las', 'del', 'al', 'het',
  'de', 'een',
];
