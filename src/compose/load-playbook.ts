/** Reads templates/playbook.yaml (or the configured one) into a validated Playbook. */
import { readFile } from 'node:fs/promises';
import { parse, YAMLParseError } from 'yaml';
import { type Playbook, parsePlaybook } from '../domain/playbook.js';
import { AppError } from '../errors.js';

/**
 * Loads and validates the stage playbook. Every failure is an AppError('template_invalid')
 * naming the file: unreadable, not YAML (with line and column), or a missing/invalid field.
 */
export async function loadPlaybook(file: string): Promise<Playbook> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new AppError(
      'template_invalid',
      `Cannot read the playbook ${file} (${code}). Check TEMPLATES_DIR, or restore playbook.yaml from the bundled templates.`,
      { cause: err },
    );
  }

  return parsePlaybook(parsePlaybookYaml(source, file), file);
}

/**
 * Parses a playbook file's YAML (no validation): an AppError('template_invalid') naming the
 * file, the line and the column when it is not YAML.
 */
export function parsePlaybookYaml(source: string, file: string): unknown {
  try {
    // Aliases are capped so a hand-edited (or hostile) file cannot balloon in memory.
    return parse(source, { prettyErrors: true, maxAliasCount: 100 });
  } catch (err) {
    const pos = err instanceof YAMLParseError ? err.linePos?.[0] : undefined;
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
    // The yaml library appends its own position and a code excerpt; keep only the sentence.
    const why = (err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)).replace(
      / at line \d+, column \d+:?$/,
      '',
    );
    throw new AppError('template_invalid', `${file} is not valid YAML${where}: ${why}`, {
      cause: err,
      details: { file, ...(pos ? { line: pos.line, column: pos.col } : {}) },
    });
  }
}
