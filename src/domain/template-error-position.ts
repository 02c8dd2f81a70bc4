/**
 * Where in a template file an error is, from what Handlebars and the yaml package throw:
 * the template editor marks that line and says "line 12, column 5: …". Each library says it
 * its own way (checked against handlebars 4.7 and yaml 2):
 * - a Handlebars parse error carries jison's `hash.loc` (template-set.ts keeps it on the
 *   error); its message has only "Parse error on line N";
 * - a Handlebars compile or strict-mode render error has `lineNumber` and `column` (0-based)
 *   and ends its message with " - 2:4";
 * - a missing partial has no position at all: the first `{{> name` in the text is it;
 * - a YAML error has `linePos` (1-based).
 * Every line and column returned is 1-based.
 */

export interface TextPosition {
  line: number;
  column: number;
}

interface JisonLoc {
  last_line?: number;
  last_column?: number;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function fromParseHash(err: { hash?: { loc?: JisonLoc } }): TextPosition | undefined {
  const loc = err.hash?.loc;
  const line = num(loc?.last_line);
  const column = num(loc?.last_column);
  // The location is the last token read: the error starts right after it.
  return line !== undefined && column !== undefined ? { line, column: column + 1 } : undefined;
}

function fromMissingPartial(message: string, source: string | undefined): TextPosition | undefined {
  const name = /The partial (\S+) could not be found/.exec(message)?.[1];
  if (!name || source === undefined) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const at = new RegExp(`\\{\\{~?#?>\\s*${escaped}(?![\\w-])`).exec(lines[i] ?? '');
    if (at) return { line: i + 1, column: at.index + 1 };
  }
  return undefined;
}

/** The error's position in `source` (the file's text), or undefined when nothing says it. */
export function templateErrorPosition(err: unknown, source?: string): TextPosition | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as Record<string, unknown>;
  const linePos = Array.isArray(e.linePos)
    ? (e.linePos[0] as Record<string, unknown> | undefined)
    : undefined;
  if (linePos && num(linePos.line) !== undefined && num(linePos.col) !== undefined) {
    return { line: linePos.line as number, column: linePos.col as number };
  }
  const parsed = fromParseHash(e as { hash?: { loc?: JisonLoc } });
  if (parsed) return parsed;
  const line = num(e.lineNumber);
  if (line !== undefined) return { line, column: (num(e.column) ?? 0) + 1 };
  const message = typeof e.message === 'string' ? e.message : '';
  const onLine = /Parse error on line (\d+)/.exec(message)?.[1];
  if (onLine) return { line: Number(onLine), column: 1 };
  return fromMissingPartial(message, source);
}
