/**
 * Removes what follows the message proper: `-- ` signatures, "Sent from my iPhone"-style
 * device lines, legal and confidentiality footers, and the sign-off + name / title /
 * phone block people type or paste at the end. Never removes the only thing there is.
 */

/** Device and app lines; everything from them on is signature. */
const DEVICE_LINE =
  /^\s*(sent from|sent with|sent via|get outlook for|von meinem .* gesendet|gesendet von|envoyé de mon|envoyé depuis|envoyé à partir de|télécharger outlook|enviado desde|enviado de mi|enviado do meu|enviado de meu|enviado a partir d[oe]|obtener outlook para|verzonden vanaf|verstuurd vanaf|verzonden met|download outlook voor|obter o outlook para)\b/i;

/** Signature separators: `-- `, `--`, `__`, a long underscore rule. */
const SEPARATOR = /^\s*(--|—|__+|-{2,4})\s*$/;

/** First line of a legal / confidentiality footer. */
const LEGAL_FOOTER =
  /^\s*(confidential(ity)?( notice)?\b|disclaimer\b|privileged (and|&) confidential|this (e-?mail|message|communication|transmission)\b.{0,80}\b(confidential|privileged|intended (solely |only )?for)|the information (contained )?in this (e-?mail|message)|diese (e-mail|nachricht)\b.{0,60}\bvertraulich|ce (message|courriel|mail)\b.{0,60}\bconfidenti|este (correo|mensaje|e-?mail)\b.{0,60}\bconfidencial|esta mensagem\b.{0,60}\bconfidencia|dit (e-?mail)?bericht\b.{0,60}\bvertrouwelijk|de informatie verzonden (in|met) dit)/i;

/** A sign-off on a line of its own. */
const SIGN_OFF =
  /^\s*(thanks|thank you|many thanks|thanks again|cheers|best|best regards|kind regards|warm regards|regards|all the best|best wishes|talk soon|speak soon|viele grüße|beste grüße|liebe grüße|freundliche grüße|mit freundlichen grüßen|grüße|gruß|lg|vg|mfg|cordialement|bien à vous|bien cordialement|bonne journée|merci|merci beaucoup|salutations|saludos|un saludo|atentamente|gracias|muchas gracias|abraços|abraço|atenciosamente|att|obrigad[oa]|met vriendelijke groet(en)?|vriendelijke groet(en)?|groeten|groet|mvg|hartelijke groet(en)?|bedankt|dank je( wel)?)\s*[,.!]*\s*$/i;

/** A line that is only contact details: a labelled number, a bare number, address or URL. */
const CONTACT_LINE =
  /^\s*((tel|phone|mobile|mob|cell|fax|direct|office|handy|mobil|téléphone|tél|móvil|telefone|m|t|p|e|w)\s*[:.]\s*\S.*|\+?[\d\s()./-]{7,}|[^\s@]+@[^\s@]+\.\S+|(https?:\/\/|www\.)\S+)\s*$/i;
/** "Priya Shah", "- Dana", "J. Doe": one to four capitalised words. */
const NAME_LINE = /^\s*[-–—~]?\s*[\p{Lu}][\p{L}'’.-]*(\s+[\p{Lu}][\p{L}'’.-]*){0,3}\s*$/u;
/** Capitalised words that are content, not names, when they end a reply. */
const NOT_A_NAME =
  /^\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|maandag|dinsdag|woensdag|donderdag|vrijdag|segunda|terça|quarta|quinta|sexta|ok|okay|yes|no|ja|nein|oui|non|sí|si|sim|não|nee|prima|perfect|perfekt|parfait|perfecto|perfeito|top|super|great|confirmed|thanks)(?![\p{L}])/iu;
/** "Thanks, Priya" / "Best, Dana Reyes": a sign-off and a name on one line. */
const SIGN_OFF_AND_NAME = /^(.+?),\s*[\p{Lu}][\p{L}'’.-]*(\s+[\p{Lu}][\p{L}'’.-]*)?\s*$/u;

function isSignOff(line: string): boolean {
  if (SIGN_OFF.test(line)) return true;
  const named = SIGN_OFF_AND_NAME.exec(line);
  return named?.[1] !== undefined && SIGN_OFF.test(named[1]);
}

function isSignatureDetail(line: string): boolean {
  const t = line.trim();
  return t.length <= 70 && !/[.?!]$/.test(t.replace(/\b(inc|ltd|co|corp|gmbh|s\.a|b\.v)\.$/i, ''));
}

/** Index where a trailing sign-off + short lines block starts, or -1. */
function signOffStart(lines: string[]): number {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 8; i--) {
    if (!isSignOff(lines[i] ?? '')) continue;
    const after = lines.slice(i + 1).filter((l) => l.trim());
    if (after.length <= 6 && after.every(isSignatureDetail)) return i;
  }
  return -1;
}

function isName(line: string): boolean {
  return NAME_LINE.test(line) && !NOT_A_NAME.test(line);
}

/** Index where a trailing name / title / contact paragraph starts, or -1. */
function nameBlockStart(lines: string[]): number {
  let start = lines.length;
  while (start > 0 && lines[start - 1]?.trim()) start--;
  const block = lines.slice(start);
  const first = block[0] ?? '';
  const last = block[block.length - 1] ?? '';
  if (block.length === 0 || block.length > 6) return -1;
  if (block.every((l) => CONTACT_LINE.test(l))) return start;
  if (isName(first) && block.every(isSignatureDetail)) return start;
  // A name glued under the text ("Sounds good!\nPriya") signs off too.
  if (block.length > 1 && isName(last) && last.trim().split(/\s+/).length <= 3) return lines.length - 1;
  return -1;
}

/** Drops everything from the first line that passes `test`: what follows is signature too. */
function cutAt(lines: string[], test: (line: string) => boolean): string[] {
  const i = lines.findIndex(test);
  return i === -1 ? lines : lines.slice(0, i);
}

function trimEnd(lines: string[]): string[] {
  const out = [...lines];
  while (out.length && !out[out.length - 1]?.trim()) out.pop();
  return out;
}

/** The text without its signature, footer and sign-off. */
export function stripSignature(text: string): string {
  let lines = text.split('\n');
  lines = cutAt(lines, (l) => SEPARATOR.test(l));
  lines = cutAt(lines, (l) => DEVICE_LINE.test(l));
  lines = cutAt(lines, (l) => LEGAL_FOOTER.test(l));
  lines = trimEnd(lines);
  const signOff = signOffStart(lines);
  if (signOff > 0 && lines.slice(0, signOff).some((l) => l.trim())) lines = trimEnd(lines.slice(0, signOff));
  const nameBlock = nameBlockStart(lines);
  if (nameBlock > 0 && lines.slice(0, nameBlock).some((l) => l.trim()))
    lines = trimEnd(lines.slice(0, nameBlock));
  return lines.join('\n');
}
