/** The pacer yields to the event loop once its slice is used up, and only then. */
import { describe, expect, it } from 'vitest';
import { createPacer, runPaced, runToEnd } from '../../src/event-loop.js';

/** True when an immediate queued before `fn` ran before `fn` resolved. */
async function yieldedDuring(fn: () => Promise<void>): Promise<boolean> {
  let ran = false;
  setImmediate(() => {
    ran = true;
  });
  await fn();
  return ran;
}

function* threeSteps() {
  yield;
  yield;
  yield;
  return 'done';
}

describe('createPacer', () => {
  it('yields once the slice is used up', async () => {
    const pace = createPacer(0);
    expect(await yieldedDuring(pace)).toBe(true);
  });

  it('does not yield within the slice', async () => {
    const pace = createPacer(60_000);
    expect(await yieldedDuring(pace)).toBe(false);
  });
});

describe('runPaced and runToEnd', () => {
  it('return the generator result, pausing between steps when asked', async () => {
    let paces = 0;
    const counted = async () => {
      paces++;
    };
    expect(await runPaced(threeSteps(), counted)).toBe('done');
    expect(paces).toBe(3);
    expect(runToEnd(threeSteps())).toBe('done');
  });
});
