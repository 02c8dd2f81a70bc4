/**
 * What the lines at the end of a reply look like when they are signature rather than
 * message: device taglines, separators and rules, legal footers, sign-offs, names and
 * contact details. Single-line tests only; `strip-signature.ts` decides where to cut.
 *
 * Every test reads the trimmed line and gives up on long ones: mail is attacker-controlled,
 * and a pattern with `\s*` on both sides of another quantifier is quadratic on a line of
 * spaces.
 */

/** No signature line is longer; longer lines are message. */
const MAX_SIGNATURE_LINE = 200;

/** The line, trimmed, or undefined when it is too long to be part of a signature. */
function short(line: string): string | undefined {
  const t = line.trim();
  return t.length <= MAX_SIGNATURE_LINE ? t : undefined;
}

/** Device and app taglines: "Sent from my iPhone", "Von meinem iPhone gesendet". */
const DEVICE_PREFIX =
  /^(sent from|sent with|sent via|sent wirelessly from|get outlook for|von meinem .* gesendet|gesendet von|envoyé de mon|envoyé depuis|envoyé à partir de|envoyé sans fil par|télécharger outlook|enviado desde|enviado de mi|enviado do meu|enviado de meu|enviado a partir d[oe]|obtener outlook para|verzonden vanaf|verstuurd vanaf|verzonden met|download outlook voor|obter o outlook para)\b/i;
/** What may follow a tagline after a comma: the usual apology for typing on a phone. */
const TAGLINE_APOLOGY =
  /^(please )?(excuse|pardon|forgive|sorry|apologies|bitte|entschuldig|excusez|disculpa|desculpe)/i;
const TAGLINE_MAX_WORDS = 12;

/**
 * Whether a line is a device tagline. "Sent from my desk, is much easier than my phone."
 * goes on after the comma, so it is a sentence someone wrote, not a tagline.
 */
export function isDeviceLine(line: string): boolean {
  const t = short(line);
  if (t === undefined || !DEVICE_PREFIX.test(t)) return false;
  if (t.split(/\s+/).length > TAGLINE_MAX_WORDS) return false;
  const [, ...clauses] = t.split(/[,;.]\s+|\s+[-–—]\s+/);
  return clauses.every((clause) => TAGLINE_APOLOGY.test(clause));
}

/** The RFC 3676 signature separator `-- ` (and `--`): what follows is signature. */
export function isSignatureSeparator(line: string): boolean {
  return line.trim() === '--';
}

/**
 * A rule: `----`, `____`, `====`, an em dash alone. Markdown and plain-text writers use
 * rules inside messages too, so a rule starts a signature only when what follows looks like one.
 */
export function isRule(line: string): boolean {
  const t = short(line);
  return t !== undefined && /^(-{3,}|_{2,}|={3,}|\*{3,}|~{3,}|[—–])$/.test(t);
}

/** First line of a legal / confidentiality footer. */
const LEGAL_FOOTER =
  /^(confidential(ity)?( notice)?\b|disclaimer\s*[:\-–]|disclaimer\s+\S|privileged (and|&) confidential|this (e-?mail|message|communication|transmission)\b.{0,80}\b(confidential|privileged|intended (solely |only )?for)|the information (contained )?in this (e-?mail|message)|diese (e-mail|nachricht)\b.{0,60}\bvertraulich|ce (message|courriel|mail)\b.{0,60}\bconfidenti|este (correo|mensaje|e-?mail)\b.{0,60}\bconfidencial|esta mensagem\b.{0,60}\bconfidencia|dit (e-?mail)?bericht\b.{0,60}\bvertrouwelijk|de informatie verzonden (in|met) dit)/i;

/** Whether a line starts a legal footer ("This email … is confidential …"; "Disclaimer: …"). */
export function isLegalFooter(line: string): boolean {
  // Footers are long paragraphs; their first 300 characters say what they are.
  return LEGAL_FOOTER.test(line.trimStart().slice(0, 300));
}

/** A sign-off on a line of its own. */
const SIGN_OFF =
  /^(thanks|thank you|thanks in advance|thank you in advance|many thanks|thanks again|thx|cheers|best|best regards|kind regards|warm regards|regards|all the best|best wishes|talk soon|speak soon|viele grüße|beste grüße|liebe grüße|freundliche grüße|mit freundlichen grüßen|grüße|gruß|lg|vg|mfg|cordialement|bien à vous|bien cordialement|bonne journée|merci|merci beaucoup|merci d'avance|salutations|saludos|un saludo|atentamente|gracias|muchas gracias|abraços|abraço|atenciosamente|att|obrigad[oa]|met vriendelijke groet(en)?|vriendelijke groet(en)?|groeten|groet|mvg|hartelijke groet(en)?|bedankt|dank je( wel)?)\s*[,.!]*$/i;
/** "Thanks, Priya" / "Best, Dana Reyes": a sign-off and a name on one line. */
const SIGN_OFF_AND_NAME = /^([^,]+),\s*[\p{Lu}][\p{L}'’.-]*(\s+[\p{Lu}][\p{L}'’.-]*)?$/u;

/** Whether a line is a sign-off, alone or with a name after it. */
export function isSignOff(line: string): boolean {
  const t = short(line);
  if (t === undefined) return false;
  if (SIGN_OFF.test(t)) return true;
  const named = SIGN_OFF_AND_NAME.exec(t);
  return named?.[1] !== undefined && SIGN_OFF.test(named[1].trim());
}

/**
 * Whether a sign-off that ends the text closes it: "Best regards," and "Thanks" do, while
 * "Thanks!" and "Merci." are a last sentence of the message and stay.
 */
export function isClosingSignOff(line: string): boolean {
  return isSignOff(line) && !/[.!]$/.test(line.trim());
}

/** A line that is only contact details: a labelled number, a bare number, address or URL. */
const CONTACT_LINE =
  /^((tel|phone|mobile|mob|cell|fax|direct|office|handy|mobil|téléphone|tél|móvil|telefone|skype|m|t|p|e|f|w)\s*[:.]\s*\S.*|\+?[\d()./-][\d\s()./-]{5,}[\d()./-]|@?[^\s@]+@[^\s@]+\.\S+|@\w+|(https?:\/\/|www\.)\S+)$/i;

/** Whether a line is only contact details ("t. 555-931-0702", "www.example.com"). */
export function isContactLine(line: string): boolean {
  const t = short(line);
  return t !== undefined && CONTACT_LINE.test(t);
}

/** Letters after a name that end in a dot without ending a sentence. */
const NAME_SUFFIX = String.raw`(,\s*(Ph\.?\s?D\.?|MBA|M\.?D\.?|Jr\.?|Sr\.?|CPA|Esq\.?|PMP))?`;
/** "Priya Shah", "- Dana", "J. Doe", "John E. Doe, Ph.D.": one to four capitalised words. */
const NAME_LINE = new RegExp(
  String.raw`^([-–—~]\s?)?[\p{Lu}][\p{L}'’.-]*(\s+[\p{Lu}][\p{L}'’.-]*){0,3}${NAME_SUFFIX}$`,
  'u',
);
/** Capitalised words that are content, not names, when they end a reply. */
const NOT_A_NAME =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag|segunda|terça|quarta|quinta|sexta|ok|okay|yes|no|ja|nein|oui|non|sí|si|sim|não|nee|prima|perfect|perfekt|parfait|perfecto|perfeito|top|super|great|confirmed|thanks)(?![\p{L}])/iu;

/** Whether a line is a name a sender signs with. */
export function isName(line: string): boolean {
  const t = short(line);
  return t !== undefined && NAME_LINE.test(t) && !NOT_A_NAME.test(t);
}

/** "-Abhishek Kona", "- roman", "-Lev.": a dash and a name, the shortest signature there is. */
const DASH_NAME = /^[-–—~]\s?\p{L}[\p{L}'’.-]*(\s+\p{L}[\p{L}'’.-]*){0,2}$/u;
/** A list item or a line announcing a list: a dash line under it is an item, not a name. */
const LIST_CONTEXT = /^([-*•–]|\d+[.)])\s|:$/;

/** Whether a line starts with a dash: a dash-and-name signature or a list item. */
export function isDashLed(line: string): boolean {
  return /^[-–—~]/.test(line.trimStart());
}

/** Whether `line` is a dash-and-name signature, given the line above it. */
export function isDashName(line: string, above: string): boolean {
  const t = short(line);
  return t !== undefined && DASH_NAME.test(t) && !LIST_CONTEXT.test(above.trim());
}

/** Longer than this, a line under a sign-off is message, not a title (talon's limit too). */
const MAX_DETAIL_LENGTH = 60;

/** A short line with no sentence end: a title, a company, an address line. */
export function isSignatureDetail(line: string): boolean {
  const t = line.trim();
  if (t.length > MAX_DETAIL_LENGTH) return false;
  const unabbreviated = t.replace(/\b(inc|ltd|co|corp|gmbh|s\.a|b\.v|ph\.\s?d|jr|sr|esq)\.$/i, '');
  return !/[.?!]$/.test(unabbreviated);
}

/** A short line of a few words, whatever it ends with ("CEO @ Acme !"). */
export function isShortLine(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && t.split(/\s+/).length <= 5;
}

/** Whether a line holds something a person wrote, not just a rule or blank. */
export function isContent(line: string): boolean {
  const t = line.trim();
  return t !== '' && !/^[-_=*~—–]*$/.test(t);
}
