/** The shipped playbook: domain tests decide with the real stages and keywords. */
import { fileURLToPath } from 'node:url';
import { loadPlaybook } from '../../src/compose/load-playbook.js';
import type { Playbook } from '../../src/domain/playbook.js';

export const PLAYBOOK_FILE = fileURLToPath(new URL('../../templates/playbook.yaml', import.meta.url));

/** Loads templates/playbook.yaml. */
export function loadRealPlaybook(): Promise<Playbook> {
  return loadPlaybook(PLAYBOOK_FILE);
}
