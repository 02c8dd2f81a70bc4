/**
 * Where a template error is, from what the real libraries throw: a Handlebars parse error
 * (its location kept by template-set.ts), a block mismatch, a strict-mode render error, a
 * missing partial (no position of its own: found in the text), a YAML error. Each answer is
 * what the editor shows as "line L, column C" and marks in the textarea.
 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import '../../../src/compose/template-set.js'; // keeps the parser's location on its errors
import { templateErrorPosition } from '../../../src/domain/template-error-position.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

const env = Handlebars.create();
const compile = (source: string) => () => env.precompile(source, { strict: true });
const render = (source: string, view: object) => () => env.compile(source, { strict: true })(view);

describe('templateErrorPosition', () => {
  it('places an unclosed mustache right after the last good token', () => {
    const err = thrown(compile('Hi {{name}},\nThanks, {{rep.name}\nDana'));
    expect((err as Error).message).toMatch(/^Parse error on line 2/);
    expect(templateErrorPosition(err)).toEqual({ line: 2, column: 19 });
  });

  it('places a stray closing block where it starts', () => {
    expect(templateErrorPosition(thrown(compile('one\n  two {{/each}}')))).toEqual({ line: 2, column: 7 });
  });

  it('reads the 0-based column of a block mismatch as 1-based', () => {
    const err = thrown(compile('a\nHi {{#each items}}{{/if}}'));
    expect((err as Error).message).toBe("each doesn't match if - 2:6");
    expect(templateErrorPosition(err)).toEqual({ line: 2, column: 7 });
  });

  it('reads a strict-mode field missing at render', () => {
    expect(templateErrorPosition(thrown(render('x\n  {{meeting.title}}', {})))).toEqual({
      line: 2,
      column: 5,
    });
  });

  it('finds a missing partial by its name in the text, not a longer name', () => {
    const source = 'a\n{{> point-text-extra}}\n  {{> point-text }}\n';
    const err = thrown(render(source, {}));
    expect((err as Error).message).toContain('The partial point-text-extra could not be found');
    expect(templateErrorPosition(err, source)).toEqual({ line: 2, column: 1 });
    expect(templateErrorPosition(new Error('The partial point-text could not be found'), source)).toEqual({
      line: 3,
      column: 3,
    });
    expect(templateErrorPosition(err)).toBeUndefined();
  });

  it('reads a YAML error’s line and column', () => {
    expect(templateErrorPosition(thrown(() => parse('stages:\n  demo: x: y\n')))).toEqual({
      line: 2,
      column: 9,
    });
  });

  it('says nothing for an error without a position', () => {
    expect(templateErrorPosition(new Error('disk full'))).toBeUndefined();
    expect(templateErrorPosition('not an error')).toBeUndefined();
  });
});
