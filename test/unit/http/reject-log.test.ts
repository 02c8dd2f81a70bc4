import { describe, expect, it } from 'vitest';
import { createRejectLog } from '../../../src/http/reject-log.js';
import { captureLog } from '../../helpers/log-capture.js';

function setup() {
  const { log, lines } = captureLog();
  let now = new Date('2026-12-07T15:00:00Z');
  const rejects = createRejectLog(log, 'refused', () => now);
  return { rejects, lines, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('reject log', () => {
  it('logs the first refusal of a reason at once, then one line a minute with the count', () => {
    const { rejects, lines, advance } = setup();
    for (let i = 0; i < 30_000; i++) rejects.record('forged');
    expect(lines).toEqual([
      {
        level: 'warn',
        msg: 'refused',
        fields: { reason: 'forged', count: 1, since: '2026-12-07T15:00:00.000Z' },
      },
    ]);
    advance(60_000);
    rejects.record('forged');
    expect(lines).toHaveLength(2);
    // Everything since the previous line, the one that wrote this line included.
    expect(lines[1]?.fields).toEqual({ reason: 'forged', count: 30_000, since: '2026-12-07T15:00:00.000Z' });
  });

  it('counts reasons apart and puts the detail of the logged refusal on its line', () => {
    const { rejects, lines } = setup();
    rejects.record('a', { channel: 'ch-1' });
    rejects.record('a', { channel: 'ch-2' });
    rejects.record('b');
    expect(lines.map((l) => [l.fields.reason, l.fields.count, l.fields.channel])).toEqual([
      ['a', 1, 'ch-1'],
      ['b', 1, undefined],
    ]);
  });

  it('stops tracking new reasons past a hundred, so free text cannot grow it without bound', () => {
    const { rejects, lines } = setup();
    for (let i = 0; i < 1000; i++) rejects.record(`reason ${i}`);
    expect(lines).toHaveLength(100);
  });
});
