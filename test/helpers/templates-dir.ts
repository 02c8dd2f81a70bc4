/** The real templates folder, as shipped: tests never render a different template set. */
import { fileURLToPath } from 'node:url';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));
