import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../src/http/one-at-a-time.js';

/** A task that records when it starts and ends, and ends only when released. */
function gate(log: string[], name: string) {
  let release = () => {};
  const done = new Promise<void>((r) => (release = r));
  const task = async () => {
    log.push(`start ${name}`);
    await done;
    log.push(`end ${name}`);
    return name;
  };
  return { task, release };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('oneAtATime', () => {
  it('starts a task only after the earlier one with its key settled, and runs other keys alongside', async () => {
    const run = oneAtATime();
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b1 = gate(log, 'b1');
    const results = [run('a', a1.task), run('a', a2.task), run('b', b1.task)];
    await settle();
    expect(log).toEqual(['start a1', 'start b1']);
    a1.release();
    await settle();
    expect(log).toEqual(['start a1', 'start b1', 'end a1', 'start a2']);
    a2.release();
    b1.release();
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'b1']);
  });

  it('runs the next task after one that failed, and passes the failure to its caller', async () => {
    const run = oneAtATime();
    const failed = run('k', () => Promise.reject(new Error('boom')));
    const next = run('k', async () => 'ran');
    await expect(failed).rejects.toThrow('boom');
    expect(await next).toBe('ran');
  });
});
