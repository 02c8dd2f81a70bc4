import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/domain/html-text.js';

describe('htmlToText', () => {
  it('reads paragraphs as lines, lists under their label, entities decoded, link URLs left out', () => {
    const html =
      '<p>Purpose: pricing &amp; rollout</p><p>Agenda:</p><ul><li>Costs</li><li>Timeline</li></ul><p>See <a href="https://x.example/t">the deck</a></p>';
    const lines = htmlToText(html).split('\n');
    expect(lines[0]).toBe('Purpose: pricing & rollout');
    expect(lines[1]).toBe('Agenda:');
    expect(lines.filter((l) => /Costs|Timeline/.test(l))).toHaveLength(2);
    expect(lines.at(-1)).toBe('See the deck');
  });

  it('drops skipped markup wherever it sits and cuts at the first cut marker', () => {
    const html =
      '<div>Confirmed.</div><div class="sig">Dana</div><div>More of mine</div><div class="quote">On Monday Priya wrote:</div><div>old text</div>';
    expect(htmlToText(html, { skip: ['div.sig'], cutAt: ['div.quote'] })).toBe('Confirmed.\nMore of mine');
  });

  it('reads no further than 250 KB of input, so a huge or deeply nested body costs bounded work', () => {
    const filler = '<div>x</div>'.repeat(25_000); // 300 KB
    const text = htmlToText(`<p>Yes, agreed.</p>${filler}<p>past the cap</p>`);
    expect(text.startsWith('Yes, agreed.')).toBe(true);
    expect(text).not.toContain('past the cap');
  });
});
