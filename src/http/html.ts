/**
 * Server-rendered HTML with escaping by default: `html` escapes every interpolated value
 * unless it is itself `html` output (SafeHtml). Event titles, descriptions and replies are
 * attacker-controlled, so nothing reaches a page unescaped by accident.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(v: unknown): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

/** Tagged template: `html\`<p>${untrusted}</p>\``. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * The one stylesheet, inline so a page needs no other request. The CSP allows it by the hash
 * of this exact text (security-headers.ts), so it is written into the page verbatim. On a
 * phone the dashboard's tables cannot fit, so below 600px each row becomes a block, one cell
 * a line, each named by its column (`data-label`, dashboard-table.ts) since the header row
 * is then hidden (still read by screen readers). Dashboard text wraps anywhere: subjects and
 * addresses are long words. The `.settings` rules are the settings pages' form (pages/settings-page.ts);
 * `.editor`, `.template-*`, `.versions` and `.inline-form` the template editor's (pages/template-editor-page.ts).
 */
export const PAGE_STYLE = `
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:.5rem 0 1rem} h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:14px 16px;margin:0 0 12px}
.card>:first-child,.card>input[type=hidden]:first-child+*{margin-top:0} .card>:last-child{margin-bottom:0}
.alert{border-color:#d4a017;background:#fff8e1}
.muted{color:#5b6475;font-size:.9rem} .tag{display:inline-block;border-radius:4px;padding:0 6px;font-size:.8rem;background:#eef1f5}
.tag.yes{background:#e3f4e8;color:#17603a} .tag.no{background:#f2f2f2;color:#666}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fafbfc;border:1px solid #e3e6eb;border-radius:6px;padding:10px;font:14px/1.45 ui-monospace,Menlo,monospace}
label{display:block;font-weight:600;margin:.6rem 0 .2rem} input[type=text],input[type=email],textarea{width:100%;box-sizing:border-box;font:inherit;padding:6px 8px;border:1px solid #c8ced8;border-radius:6px}
select,input[type=date]{font:inherit;padding:6px 8px;border:1px solid #c8ced8;border-radius:6px;background:#fff;color:inherit}
textarea{min-height:6rem} .actions{display:flex;gap:8px;flex-wrap:wrap;margin-top:12px}
button{font:inherit;padding:8px 14px;border-radius:6px;border:1px solid #1f5fbf;background:#1f6fde;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1f5fbf} button.danger{background:#fff;color:#a12d2d;border-color:#a12d2d}
table{border-collapse:collapse;width:100%} td,th{text-align:left;padding:4px 6px;border-bottom:1px solid #eef0f3;vertical-align:top;font-size:.92rem}
th{color:#5b6475;font-weight:600;border-bottom-color:#dde1e7}
h3{font-size:1rem;margin:1rem 0 .3rem} .dashboard{overflow-wrap:anywhere} .history{padding-left:1.4rem}
.notice{border-left:4px solid #1f6fde} .error{border-left:4px solid #a12d2d}
.account{display:flex;gap:8px;align-items:center;justify-content:flex-end;flex-wrap:wrap;margin:0 0 4px}
.account button{padding:4px 10px}
a.button{display:inline-block;padding:8px 14px;border-radius:6px;border:1px solid #1f5fbf;background:#1f6fde;color:#fff;text-decoration:none}
code{font:14px ui-monospace,Menlo,monospace;background:#eef1f5;padding:0 4px;border-radius:4px;overflow-wrap:anywhere}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0 0 8px} .facts dt{font-weight:600;color:#5b6475} .facts dd{margin:0}
.filters{display:flex;gap:12px;flex-wrap:wrap;align-items:flex-end} .filters label{margin-top:0}
.bars,.legend{list-style:none;padding:0;margin:0} .bars li{display:grid;grid-template-columns:minmax(6rem,14rem) 1fr minmax(8rem,auto);gap:8px;align-items:center;margin:4px 0}
.bars svg{width:100%;height:14px} .bar-key{overflow-wrap:anywhere} .legend{display:flex;gap:16px;flex-wrap:wrap;font-size:.9rem}
@media (max-width:600px){.bars li{grid-template-columns:1fr auto}.bars svg{grid-column:1/-1;grid-row:2}
.bars li.long{grid-template-columns:1fr}.bars li.long .bar-value{grid-row:3}
table,tbody,tr,td{display:block} tr{padding:6px 0;border-bottom:1px solid #eef0f3}
thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.facts{grid-template-columns:1fr;gap:0} .facts dd{margin-bottom:6px}
td{border:0;padding:1px 0;overflow-wrap:anywhere} td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#5b6475}}
.settings fieldset{border:1px solid #dde1e7;border-radius:8px;background:#fff;padding:10px 16px 14px;margin:0 0 12px;min-width:0}
.settings legend{font-weight:700;padding:0 4px}
.settings input[type=number],.settings input[type=time]{font:inherit;padding:6px 8px;border:1px solid #c8ced8;border-radius:6px;width:10rem;max-width:100%;box-sizing:border-box}
.settings .days{display:flex;flex-wrap:wrap;gap:4px 14px;border:0;padding:0;margin:.4rem 0 0}
.settings .days legend{font-weight:600;padding:0}
.settings .days label{display:inline-flex;gap:4px;align-items:center;font-weight:400;margin:0}
.settings .hint{color:#5b6475;font-size:.9rem;margin:.2rem 0 0}
.settings .field-error{color:#a12d2d;font-weight:600;margin:.3rem 0 0}
.settings [aria-invalid=true]{border-color:#a12d2d;outline:1px solid #a12d2d}
.settings .check{display:flex;gap:8px;align-items:flex-start;font-weight:400}
.settings textarea{min-height:4.5rem} .settings select{max-width:100%;min-width:0;white-space:normal}
.editor textarea{font:14px/1.45 ui-monospace,Menlo,monospace;min-height:24rem;tab-size:2}
.template-error{color:#a12d2d;font-weight:600;white-space:pre-wrap;overflow-wrap:anywhere} .editor [aria-invalid=true]{border-color:#a12d2d;outline:1px solid #a12d2d}
h1 code{font-size:inherit} .template-list{padding-left:1.2rem;margin:.2rem 0} .versions li{margin:.3rem 0} .inline-form{display:inline}
`;

/**
 * The page shell: viewport for phones, no external resources. `script` must be one of the
 * constants listed in security-headers.ts: the CSP runs an inline script only when the
 * hash of its exact text is in the header, so it is written verbatim, never trimmed.
 */
export function layout(
  title: string,
  body: SafeHtml,
  /** `lang`: the page's language (a prospect's page is in their email's; "en" otherwise). */
  opts: { script?: string; lang?: string } = {},
): string {
  const script = opts.script ? new SafeHtml(`<script>${opts.script}</script>`) : '';
  return html`<!doctype html>
<html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${title} · agendum</title><style>${new SafeHtml(PAGE_STYLE)}</style></head>
<body><main>${body}</main>${script}</body></html>`.value;
}

/** A page that explains a problem in words and says what to do next. */
export function messagePage(
  title: string,
  text: string | SafeHtml,
  kind: 'notice' | 'error' = 'notice',
  lang = 'en',
): string {
  return layout(title, html`<h1>${title}</h1><div class="card ${kind}"><p>${text}</p></div>`, { lang });
}
