/**
 * Where the local provider keeps its folders under DATA_DIR. Its own module, so code that
 * only needs a path (the demo, `agendum rep add`, doctor) does not load the cloud SDKs
 * the registry brings in.
 */
import path from 'node:path';

/** Where the local provider keeps a rep's calendar folder. */
export function localCalendarDir(dataDir: string, repEmail: string): string {
  return path.join(dataDir, 'calendars', repEmail.toLowerCase());
}

/** Where the local provider keeps the mailboxes. */
export function localMailRoot(dataDir: string): string {
  return path.join(dataDir, 'mail');
}
