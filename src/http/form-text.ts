/** A posted text field, capped, with one kind of line break and no outer whitespace; undefined when absent. */
export function formText(v: unknown, max: number): string | undefined {
  return typeof v === 'string' ? v.slice(0, max).replace(/\r\n?/g, '\n').trim() : undefined;
}
