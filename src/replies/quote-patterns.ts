/**
 * Patterns that mark where quoted history starts in a plain-text reply, per mail client
 * and language. Data and single-line tests only; `find-attribution.ts`, `header-block.ts`
 * and `cut-quoted-history.ts` apply them.
 */

/**
 * Header labels of a quoted message, by role, in en/de/fr/es/nl/pt/it/ru/sv/da/no/pl and
 * Chinese/Japanese Outlook.
 */
export const HEADER_LABELS: Record<string, string[]> = {
  from: ['From', 'Von', 'De', 'Van', 'Da', 'От', 'Från', 'Fra', 'Od', '发件人', '寄件者', '寄件人', '差出人'],
  sent: [
    'Sent',
    'Date',
    'Enviado el',
    'Enviado em',
    'Enviada em',
    'Envoyé le',
    'Message du',
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
    'Dato',
    'Wysłano',
    '发送时间',
    '发送日期',
    '日期',
    '傳送時間',
    '寄件日期',
    '送信日時',
  ],
  to: ['To', 'An', 'À', 'A', 'Para', 'Aan', 'Кому', 'Till', 'Til', 'Do', '收件人', '收件者', '宛先'],
  cc: ['Cc', 'Kopie', 'CC', 'Копия', 'Copie à', 'Kopi', 'Kopia', '抄送', '副本'],
  subject: [
    'Subject',
    'Betreff',
    'Objet',
    'Sujet',
    'Asunto',
    'Assunto',
    'Onderwerp',
    'Oggetto',
    'Тема',
    'Ämne',
    'Emne',
    'Temat',
    '主题',
    '主旨',
    '件名',
  ],
};

const ALL_LABELS = Object.values(HEADER_LABELS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * `From: x`, `*From:* x` (Gmail bold rendered as text), `**Von:** x`, French spacing
 * (`Objet :x`) and the full-width colon of Chinese and Japanese clients (`发件人：x`).
 */
export const HEADER_LINE = new RegExp(
  `^[\\s*>]*(${ALL_LABELS})([\\s*]*:[*]*(\\s|$)|\\s[\\s*]*:|\\s*：)`,
  'iu',
);
/** A further label inside a header line: Outlook's HTML puts "From: x Date: y" on one line. */
export const INNER_HEADER_LABEL = new RegExp(`\\s[*]*(${ALL_LABELS})[*]*\\s*[:：][*]*\\s`, 'giu');

const ORIGINAL_MESSAGE = [
  'original message',
  'forwarded message',
  'original',
  'reply message',
  'mensaje original',
  'mensagem original',
  "message d'origine",
  'message transféré',
  'ursprüngliche nachricht',
  'originalnachricht',
  'antwort nachricht',
  'weitergeleitete nachricht',
  'oorspronkelijk bericht',
  'doorgestuurd bericht',
  'messaggio originale',
  'messaggio inoltrato',
  'mensaje reenviado',
  'mensagem encaminhada',
  'oprindelig meddelelse',
  'oprindelig besked',
  'opprinnelig melding',
  'ursprungligt meddelande',
  'originalmeddelande',
  'alkuperäinen viesti',
  'wiadomość oryginalna',
  'исходное сообщение',
  'пересылаемое сообщение',
].join('|');

/** Separator lines that open a quoted or forwarded message. */
export const SEPARATOR_LINES: RegExp[] = [
  new RegExp(`^\\s*-{2,}\\s*(${ORIGINAL_MESSAGE})\\s*-*\\s*$`, 'iu'),
  /^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|início da mensagem reencaminhada|begin doorgestuurd bericht)\s*:\s*$/iu,
];

/** Verbs of "… wrote:" in the languages agendum's prospects write. */
const WROTE =
  'wrote|schrieb|a écrit|écrit|escribió|escreveu|schreef|scritto|skrev|napisał\\(a\\)|napisała|napisał|pisze|kirjoitti|написал|написала|пишет';

/** "---- John Smith wrote ----", "------On 12/29/1987 … wrote-----": Android and Zoho. */
export const DASHED_ATTRIBUTION = new RegExp(`^\\s*-{2,}\\s*\\S.*\\s(${WROTE})\\s*:?\\s*-{2,}\\s*$`, 'iu');

/**
 * Attribution lines ("On … wrote:") in their usual languages. Applied to one line, or to
 * the lines of a wrapped attribution joined with a space.
 */
export const ATTRIBUTION_LINES: RegExp[] = [
  /^\s*On\s.{4,}\swrote\s*:\s*$/i,
  /^\s*Am\s.{4,}\sschrieb\s.*:\s*$/i,
  /^\s*Le\s.{4,}\sa écrit\s*:\s*$/i,
  /^\s*El\s.{4,}\sescribió\s*:\s*$/i,
  /^\s*Op\s.{4,}\sschreef\s.*:\s*$/i,
  /^\s*Em\s.{4,}\sescreveu\s*:\s*$/i,
  /^\s*Il\s.{4,}\sha scritto\s*:\s*$/i,
  /^\s*In data\s.{4,}\sha scritto\s*:\s*$/i,
];

/** "Dana <d@x.com> schrieb:", "bob wrote:" — only counted with a date or address in the line. */
export const WEAK_ATTRIBUTION = new RegExp(`^.{2,}\\s(${WROTE})\\s*:\\s*$`, 'iu');

/** "On Wed, 14 Nov 2018 … John Doe <john@doe.com> wrote" with the colon left out. */
const UNCOLONED_ATTRIBUTION = /^\s*On\s.{4,}\swrote\s*$/i;

/**
 * Words that open an attribution, for joining one wrapped over several lines: "On", "Am",
 * "Le", …, a leading date ("2011/4/7"), or an abbreviated weekday before a date
 * ("tir. 18. apr. 2017 kl. 13:09 skrev …", "pe 20. lokakuuta 2017 …", "Mo., 2. März").
 */
export const ATTRIBUTION_OPENER =
  /^[\s-]*((On|Am|Le|El|Op|Em|Il|In data|Den|På|W dniu|Dnia)\s|\d|\p{L}{2,4}([.,]+\s+\d|[.,]*\s+\d{1,2}\.\s))/iu;

/** The word openers alone: a line starting with one begins its own attribution. */
export const ATTRIBUTION_WORD_OPENER = /^[\s-]*(On|Am|Le|El|Op|Em|Il|In data|Den|På|W dniu|Dnia)\s/iu;

/** A date or time inside a line: `02.04.2012`, `2014-06-26`, `14:20`, `Jun 26, 2014`. */
const DATE_OR_TIME = /(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\b\d{1,2}:\d{2}\b|\b(19|20)\d{2}\b)/;
/** What follows the `@` of an address: a domain with a dot. */
const DOMAIN_AFTER_AT = /@[^\s<>()@]+\.[^\s<>()@]/y;

/** Whether a line holds a date or time. */
export function hasDate(line: string): boolean {
  return DATE_OR_TIME.test(line);
}

/** Whether a line holds an email address. */
export function hasAddress(line: string): boolean {
  // From each `@` rather than a pattern over the whole line, which is quadratic on a long word.
  for (let at = line.indexOf('@'); at > 0; at = line.indexOf('@', at + 1)) {
    DOMAIN_AFTER_AT.lastIndex = at;
    if (!/[\s<>()]/.test(line[at - 1] ?? ' ') && DOMAIN_AFTER_AT.test(line)) return true;
  }
  return false;
}

/** Whether a line introduces quoted text: a known attribution, or a dated/addressed one. */
export function isAttribution(line: string): boolean {
  if (line.length > 400) return false;
  const dated = hasDate(line);
  const addressed = hasAddress(line);
  if (UNCOLONED_ATTRIBUTION.test(line)) return dated || addressed;
  if (!/:\s*$/.test(line)) return false;
  if (ATTRIBUTION_LINES.some((re) => re.test(line))) return true;
  // "26.06.2014, 14:41, "Alex" <a@b.c>:" names no verb, so it needs both.
  return (WEAK_ATTRIBUTION.test(line) && (dated || addressed)) || (dated && addressed);
}

/**
 * Old Gmail's "2011/4/7 Nathan <n@x.com>" with no colon and no verb: an attribution only
 * when quoted lines follow it, which the caller checks.
 */
export function isBareDateAndAddress(line: string): boolean {
  const t = line.trim();
  return t.length <= 200 && /^\d/.test(t) && hasDate(t) && /<[^\s<>]+@[^\s<>]+>$/.test(t);
}
