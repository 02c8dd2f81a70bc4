/**
 * Patterns that mark where quoted history starts in a plain-text reply, per mail client
 * and language. Data only; `cut-quoted-history.ts` applies them.
 */

/** Header labels of a quoted message, by role, in en/de/fr/es/nl/pt/it/ru. */
export const HEADER_LABELS: Record<string, string[]> = {
  from: ['From', 'Von', 'De', 'Van', 'Da', 'От', 'Från', 'Fra'],
  sent: [
    'Sent',
    'Date',
    'Enviado el',
    'Enviado em',
    'Enviada em',
    'Envoyé le',
    'Gesendet',
    'Datum',
    'Envoyé',
    'Enviado',
    'Enviada',
    'Fecha',
    'Data',
    'Verzonden',
    'Verstuurd',
    'Inviato',
    'Отправлено',
    'Дата',
    'Skickat',
    'Sendt',
  ],
  to: ['To', 'An', 'À', 'A', 'Para', 'Aan', 'Кому', 'Till', 'Til'],
  cc: ['Cc', 'Kopie', 'CC', 'Копия'],
  subject: [
    'Subject',
    'Betreff',
    'Objet',
    'Asunto',
    'Assunto',
    'Onderwerp',
    'Oggetto',
    'Тема',
    'Ämne',
    'Emne',
  ],
};

const ALL_LABELS = Object.values(HEADER_LABELS).flat().join('|');
/** `From: x`, `*From:* x` (Gmail bold rendered as text), `**Von:** x`. */
export const HEADER_LINE = new RegExp(`^\\s*[*>]*\\s*(${ALL_LABELS})\\s*[*]*\\s*:[*]*(\\s|$)`, 'iu');

/** Separator lines that open a quoted or forwarded message. */
export const SEPARATOR_LINES: RegExp[] = [
  /^\s*-{2,}\s*(original message|forwarded message|original|mensaje original|mensagem original|message d'origine|message transféré|ursprüngliche nachricht|weitergeleitete nachricht|oorspronkelijk bericht|doorgestuurd bericht|messaggio originale|mensaje reenviado|mensagem encaminhada|исходное сообщение|пересылаемое сообщение)\s*-*\s*$/iu,
  /^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|início da mensagem reencaminhada|begin doorgestuurd bericht)\s*:\s*$/iu,
];

/**
 * Attribution lines ("On … wrote:") in their usual languages. Applied to one line, or to
 * two lines joined with a space because clients wrap long attributions.
 */
export const ATTRIBUTION_LINES: RegExp[] = [
  /^\s*On\s.{4,}\swrote\s*:\s*$/i,
  /^\s*Am\s.{4,}\sschrieb\s.*:\s*$/i,
  /^\s*Le\s.{4,}\sa écrit\s*:\s*$/i,
  /^\s*El\s.{4,}\sescribió\s*:\s*$/i,
  /^\s*Op\s.{4,}\sschreef\s.*:\s*$/i,
  /^\s*Em\s.{4,}\sescreveu\s*:\s*$/i,
  /^\s*Il\s.{4,}\sha scritto\s*:\s*$/i,
];

/** "Dana <d@x.com> schrieb:", "bob wrote:" — only counted with a date or address in the line. */
export const WEAK_ATTRIBUTION =
  /^.{2,}\s(wrote|schrieb|a écrit|escribió|escreveu|schreef|scritto|написал|написала|пишет)\s*:\s*$/iu;

/** A date or time inside a line: `02.04.2012`, `2014-06-26`, `14:20`, `Jun 26, 2014`. */
const DATE_OR_TIME = /(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}:\d{2}\b|\b(19|20)\d{2}\b)/;
const HAS_ADDRESS = /<?[^\s<>]+@[^\s<>]+\.[^\s<>]+>?/;

/** Whether a line introduces quoted text: a known attribution, or a dated/addressed one. */
export function isAttribution(line: string): boolean {
  if (line.length > 400 || !/:\s*$/.test(line)) return false;
  if (ATTRIBUTION_LINES.some((re) => re.test(line))) return true;
  const dated = DATE_OR_TIME.test(line);
  const addressed = HAS_ADDRESS.test(line);
  // "26.06.2014, 14:41, "Alex" <a@b.c>:" names no verb, so it needs both.
  return (WEAK_ATTRIBUTION.test(line) && (dated || addressed)) || (dated && addressed);
}
