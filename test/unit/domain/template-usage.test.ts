/** Which waiting drafts a saved file re-renders: its stage's own file, the default for stages without one, partials for all. */
import { describe, expect, it } from 'vitest';
import { draftUsesTemplate } from '../../../src/domain/template-usage.js';

const own = new Set(['discovery', 'demo']);

describe('draftUsesTemplate', () => {
  it('ties a stage file to drafts of that kind and stage only', () => {
    expect(draftUsesTemplate('agenda/demo.hbs', { kind: 'agenda', stage: 'demo' }, own)).toBe(true);
    expect(draftUsesTemplate('agenda/demo.hbs', { kind: 'agenda', stage: 'discovery' }, own)).toBe(false);
    expect(draftUsesTemplate('agenda/demo.hbs', { kind: 'recap', stage: 'demo' }, own)).toBe(false);
  });

  it('ties the default file to stages without their own', () => {
    expect(draftUsesTemplate('recap/default.hbs', { kind: 'recap', stage: 'proposal' }, own)).toBe(true);
    expect(draftUsesTemplate('recap/default.hbs', { kind: 'recap', stage: 'demo' }, own)).toBe(false);
  });

  it('ties a partial to every draft, and notices, revisions and the playbook to none', () => {
    expect(draftUsesTemplate('partials/signature-text.hbs', { kind: 'recap', stage: 'demo' }, own)).toBe(
      true,
    );
    for (const rel of ['notify/nudge.hbs', 'revision/agenda.hbs', 'playbook.yaml']) {
      expect(draftUsesTemplate(rel, { kind: 'agenda', stage: 'demo' }, own)).toBe(false);
    }
  });
});
