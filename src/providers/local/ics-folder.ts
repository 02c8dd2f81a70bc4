/**
 * Reads every `.ics` file of a folder. Each file is parsed on its own, so a malformed file
 * is reported (naming the file and the problem) while the others still load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createPacer, runPaced } from '../../event-loop.js';
import type { ProviderCalendarEvent } from '../types.js';
import type { TimeWindow } from './expand-occurrences.js';
import { type IcsFileError, parseIcsSteps } from './ics-events.js';
import { safeText } from './ics-warnings.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_FILES = 5_000;

export interface IcsFolderResult {
  /** Events per file name, for every file that was read. */
  byFile: Map<string, ProviderCalendarEvent[]>;
  /** Files with an event that could not be read: what they listed before is kept, not dropped. */
  troubled: Set<string>;
  errors: IcsFileError[];
}

/** The `.ics` file names of `dir`, sorted; an absent folder has none. */
export async function listIcsFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    // Editors and sync tools write dotfiles and temp copies next to the real file.
    return names.filter((n) => !n.startsWith('.') && n.toLowerCase().endsWith('.ics')).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

async function readOne(dir: string, file: string): Promise<string> {
  const full = path.join(dir, file);
  const info = await stat(full);
  if (!info.isFile()) throw new Error('not a regular file');
  if (info.size > MAX_FILE_BYTES) throw new Error(`file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  return readFile(full, 'utf8');
}

/** Parses the folder's files into events overlapping `window`. */
export async function readIcsFolder(dir: string, window: TimeWindow): Promise<IcsFolderResult> {
  const result: IcsFolderResult = { byFile: new Map(), troubled: new Set(), errors: [] };
  const files = await listIcsFiles(dir);
  if (files.length > MAX_FILES) {
    result.errors.push({ file: '.', message: `${files.length} files; only the first ${MAX_FILES} are read` });
  }
  const owners = new Map<string, string>();
  // A single big file is parsed in steps, so the server keeps answering meanwhile.
  const pace = createPacer();
  for (const file of files.slice(0, MAX_FILES)) {
    let source: string;
    try {
      source = await readOne(dir, file);
    } catch (err) {
      // Deleted between listing and reading: it is simply gone, not broken.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      result.troubled.add(file);
      result.errors.push({ file, message: err instanceof Error ? err.message : String(err) });
      continue;
    }
    const parsed = await runPaced(parseIcsSteps(source, file, window), pace);
    const duplicates = new Set(parsed.uids.filter((uid) => owners.has(uid)));
    for (const uid of duplicates) {
      result.errors.push({
        file,
        message: `UID ${safeText(uid, 48)} is also defined in ${owners.get(uid)}; this copy is ignored`,
      });
    }
    for (const uid of parsed.uids) if (!owners.has(uid)) owners.set(uid, file);
    // Warnings (a zone guessed, a line left out) do not; an event that could not be read does.
    if (parsed.incomplete || duplicates.size > 0) result.troubled.add(file);
    result.errors.push(...parsed.errors);
    result.byFile.set(
      file,
      parsed.events.filter((e) => !duplicates.has(e.iCalUid ?? '')),
    );
  }
  return result;
}
