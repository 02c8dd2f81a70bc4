/**
 * The latest problems each local calendar folder reported, for the dashboard's connection
 * view. Kept in this process's memory, keyed by the folder's name (localCalendarDir names it
 * after the rep's address): the folder is re-read on every sync, so the list is never older
 * than the last sync, and a dashboard served by another process shows the log's copy only.
 */
import path from 'node:path';
import type { IcsFileError } from './ics-warnings.js';

const MAX_KEPT = 200;
const latest = new Map<string, IcsFileError[]>();

const keyOf = (name: string) => name.trim().toLowerCase();

/** Records what the latest listing of `dir` found (an empty list clears it). */
export function recordFolderProblems(dir: string, problems: IcsFileError[]): void {
  const key = keyOf(path.basename(dir));
  if (problems.length === 0) latest.delete(key);
  else latest.set(key, problems.slice(0, MAX_KEPT));
}

/** The problems the latest listing of a rep's local calendar folder found. */
export function folderProblemsFor(repEmail: string): IcsFileError[] {
  return latest.get(keyOf(repEmail)) ?? [];
}
