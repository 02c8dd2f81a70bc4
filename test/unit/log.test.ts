/** The logger masks every email address, whatever field or message carries it. */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';

describe('createLogger', () => {
  it('masks addresses in messages, fields and nested values, keeping the domain', () => {
    const lines: string[] = [];
    const log = createLogger('info', (l) => lines.push(l));
    log.info('step finished', {
      detail: 'sent to priya.raman@acme-robotics.example',
      rep: 'Dana@Northwind.example',
    });
    log.warn('refused', { error: { to: ['a+b@x.co.uk'] } });
    log.debug('dropped', { rep: 'x@y.example' });
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toMatch(/priya\.raman@|Dana@|a\+b@/);
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      detail: 'sent to ***@acme-robotics.example',
      rep: '***@Northwind.example',
    });
    expect(lines[1]).toContain('***@x.co.uk');
  });
});
