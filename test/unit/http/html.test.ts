import { describe, expect, it } from 'vitest';
import { html } from '../../../src/http/html.js';

describe('html escaping', () => {
  it('escapes interpolated text, including attribute breakouts', () => {
    const title = '"><img src=x onerror=alert(1)><script>x</script>';
    const out = html`<a title="${title}">${title}</a>`.value;
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('"><');
  });

  it('keeps nested html fragments as markup', () => {
    expect(html`<ul>${['a<b', 'c'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe(
      '<ul><li>a&#60;b</li><li>c</li></ul>',
    );
  });
});
