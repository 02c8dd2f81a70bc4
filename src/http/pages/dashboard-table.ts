/**
 * A dashboard table with a header row. Each cell also carries its column's name
 * (`data-label`): on a phone the rows stack and the stylesheet (html.ts) shows the name
 * before each value, since the header row is then out of sight.
 */
import { html, type SafeHtml } from '../html.js';

/** A cell's content: text (escaped) or markup. */
export type Cell = string | SafeHtml;

/** `<table>` with `<thead>` (`th scope="col"`) and one `<tr>` per row; `label` names it for screen readers. */
export function dataTable(label: string, columns: string[], rows: Cell[][]): SafeHtml {
  return html`<table aria-label="${label}"><thead><tr>${columns.map(
    (c) => html`<th scope="col">${c}</th>`,
  )}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${row.map((cell, i) => html`<td data-label="${columns[i] ?? ''}">${cell}</td>`)}</tr>`,
  )}</tbody></table>`;
}
