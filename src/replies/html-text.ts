/**
 * HTML → plain text for inbound mail. `convertHtmlToText` renders a whole body;
 * `convertHtmlReplyToText` first drops the quoted history and signature markup that mail
 * clients put in HTML replies, because once flattened to text those boundaries are lost.
 */
import { convert, type SelectorDefinition } from 'html-to-text';

/** Stands in for "everything from here on is quoted"; cut at it after conversion. */
const CUT_MARK = '\u2063agendum-quote-cut\u2063';

const BASE_SELECTORS: SelectorDefinition[] = [
  { selector: 'a', options: { ignoreHref: true } },
  { selector: 'img', format: 'skip' },
  { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
];

/** Markup whose element (and contents) is quoted text or a signature, wherever it sits. */
const SKIP_SELECTORS = [
  'blockquote',
  'div.gmail_quote',
  'div.gmail_attr',
  'div.gmail_signature',
  'span.gmail_signature',
  'div.moz-cite-prefix',
  'div.moz-signature',
  'div.yahoo_quoted',
  'div[data-signatureblock]',
  'div#Signature',
];

/** Markup that starts the quoted history: Outlook, Outlook.com, Windows Mail, Zimbra headers. */
const CUT_SELECTORS = [
  'div#divRplyFwdMsg',
  'div#appendonsend',
  'div#OLK_SRC_BODY_SECTION',
  'div.OutlookMessageHeader',
  'hr#stopSpelling',
  'hr#zwchr',
  'hr[tabindex="-1"]',
  'div[style*="border-top:solid #E1E1E1"i]',
  'div[style*="border-top:solid #B5C4DF"i]',
  'div[style*="border-top: solid #E1E1E1"i]',
  'div[style*="border-top: solid #B5C4DF"i]',
  'div[style*="border-top-color: rgb(229, 229, 229)"i]',
  'div[style*="border-top-color: rgb(181, 196, 223)"i]',
];

// Attacker-controlled input: bound nesting and size so conversion time stays linear.
const LIMITS = { maxDepth: 200, maxInputLength: 2_000_000, ellipsis: '' };

/** Renders an HTML body as plain text, links without their URLs. */
export function convertHtmlToText(html: string): string {
  return convert(html, { wordwrap: false, selectors: BASE_SELECTORS, limits: LIMITS }).trim();
}

/** Renders only the new part of an HTML reply: quoted history and marked-up signatures removed. */
export function convertHtmlReplyToText(html: string): string {
  const selectors: SelectorDefinition[] = [
    ...BASE_SELECTORS,
    ...SKIP_SELECTORS.map((selector) => ({ selector, format: 'skip' })),
    ...CUT_SELECTORS.map((selector) => ({ selector, format: 'blockString', options: { string: CUT_MARK } })),
  ];
  const text = convert(html, { wordwrap: false, selectors, limits: LIMITS });
  const cut = text.indexOf(CUT_MARK);
  return (cut === -1 ? text : text.slice(0, cut)).trim();
}
