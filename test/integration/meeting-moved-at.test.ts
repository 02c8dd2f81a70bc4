/** A meeting the calendar moves keeps when it was moved (analytics counts it as moved); other edits do not. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness.js';
import { ACME_DISCOVERY } from '../helpers/scenario.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ now: '2026-12-01T12:00:00Z' });
});
afterEach(async () => h.cleanup());

const movedAt = async () =>
  (await h.ctx.db.meeting.findFirstOrThrow({ where: { title: ACME_DISCOVERY.title } })).movedAt;

it('records when the calendar moved a meeting, not when it only edited it', async () => {
  await h.writeEvent(ACME_DISCOVERY);
  await h.tick();
  expect(await movedAt()).toBeNull();

  h.clock.set('2026-12-01T13:00:00Z');
  await h.writeEvent({ ...ACME_DISCOVERY, description: 'Bring the shift data.' });
  await h.tick();
  expect(await movedAt()).toBeNull();

  h.clock.set('2026-12-01T14:00:00Z');
  const later = (d: Date) => new Date(d.getTime() + 86_400_000);
  await h.writeEvent({
    ...ACME_DISCOVERY,
    start: later(ACME_DISCOVERY.start),
    end: later(ACME_DISCOVERY.end),
  });
  await h.tick();
  expect(await movedAt()).toEqual(new Date('2026-12-01T14:00:00Z'));
});
