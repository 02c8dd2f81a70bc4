/** The saved versions as a layer: the newest row of a path wins, a reset hides the older ones, a partial lists once. */
import { describe, expect, it } from 'vitest';
import { newestBodies, storedSource } from '../../../src/compose/stored-templates.js';

const row = (id: string, path: string, body: string | null, at: string, language = 'en') => ({
  id,
  language,
  path,
  body,
  createdAt: new Date(at),
});

describe('newestBodies and storedSource', () => {
  it('serves the newest body per language and path, nothing after a reset', async () => {
    const bodies = newestBodies([
      row('b', 'agenda/demo.hbs', 'second', '2026-12-08T10:00:00.001Z'),
      row('a', 'agenda/demo.hbs', 'first', '2026-12-08T10:00:00.000Z'),
      row('c', 'partials/point-text.hbs', 'old', '2026-12-08T09:00:00Z'),
      row('d', 'partials/point-text.hbs', null, '2026-12-08T11:00:00Z'),
      row('e', 'partials/extra.hbs', 'x', '2026-12-08T11:00:00Z'),
      row('f', 'agenda/demo.hbs', 'auf Deutsch', '2026-12-08T12:00:00Z', 'de'),
    ]);
    const en = storedSource(() => bodies, 'en');
    expect(await en.read('agenda/demo.hbs')).toEqual({
      file: 'agenda/demo.hbs (en, saved version)',
      text: 'second',
    });
    expect(await en.read('partials/point-text.hbs')).toBeNull();
    expect(await en.list('partials')).toEqual(['extra.hbs']);
    expect((await storedSource(() => bodies, 'de').read('agenda/demo.hbs'))?.text).toBe('auf Deutsch');
    expect(await storedSource(() => bodies, 'fr').read('agenda/demo.hbs')).toBeNull();
  });
});
