/** Which earlier next step is held back from the next meeting's point because it is disputed. */
import { describe, expect, it } from 'vitest';
import { heldBackNextStep, standsToCarry } from '../../../src/domain/held-back-next-step.js';
import { NEXT_STEP_STATUSES, type NextStepStatus } from '../../../src/domain/point-status.js';

const step = (status: NextStepStatus, nextStep = 'send a revised timeline') => ({ status, nextStep });

describe('standsToCarry', () => {
  it('lets in every status that carries, and a disputed one; not one whose recap has not gone out', () => {
    expect(NEXT_STEP_STATUSES.filter(standsToCarry)).toEqual(['sent', 'confirmed', 'disputed', 'revised']);
  });
});

describe('heldBackNextStep', () => {
  it('is the latest next step when it is disputed', () => {
    const disputed = step('disputed');
    expect(heldBackNextStep([disputed, step('confirmed')])).toBe(disputed);
  });

  it('is nothing when the latest in line carries: that one is the point', () => {
    for (const status of ['sent', 'confirmed', 'revised'] as const) {
      expect(heldBackNextStep([step(status), step('disputed')])).toBeUndefined();
    }
  });

  it('passes over a recap not sent yet and an empty next step, as carrying does', () => {
    const disputed = step('disputed');
    expect(heldBackNextStep([step('pending'), step('sent', '  '), disputed])).toBe(disputed);
  });

  it('is nothing when no next step is in line', () => {
    expect(heldBackNextStep([])).toBeUndefined();
    expect(heldBackNextStep([step('pending')])).toBeUndefined();
  });
});
