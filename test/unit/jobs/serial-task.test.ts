import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serialTask } from '../../../src/jobs/serial-task.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('serialTask', () => {
  it('folds a burst of 100 triggers into one run', async () => {
    let runs = 0;
    const task = serialTask(async () => {
      runs++;
    }, 500);
    for (let i = 0; i < 100; i++) {
      task.soon();
      await vi.advanceTimersByTimeAsync(3);
    }
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    await task.idle();
    expect(runs).toBe(1);
  });

  it('still runs within the maximum wait when triggers never stop', async () => {
    let runs = 0;
    const task = serialTask(
      async () => {
        runs++;
      },
      500,
      2000,
    );
    for (let i = 0; i < 30; i++) {
      task.soon();
      await vi.advanceTimersByTimeAsync(100); // always inside the debounce window
    }
    expect(runs).toBe(1); // 3 s of triggers: one run at the 2 s cap, the rest still waiting
    await vi.advanceTimersByTimeAsync(500);
    await task.idle();
    expect(runs).toBe(2);
  });

  it('never overlaps runs, and a call during a run means exactly one more', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const task = serialTask(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 100));
      runs++;
      active--;
    }, 0);
    const first = task.run();
    void task.run();
    void task.run();
    await vi.advanceTimersByTimeAsync(250);
    await first;
    await task.idle();
    expect(maxActive).toBe(1);
    expect(runs).toBe(2);
  });

  it('drops a pending debounced run on cancel', async () => {
    let runs = 0;
    const task = serialTask(async () => {
      runs++;
    }, 200);
    task.soon();
    task.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    await task.idle();
    expect(runs).toBe(0);
  });
});
