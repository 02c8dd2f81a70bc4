/**
 * Recording the outcome drafts the recap at once and also plans a `draft_recap` step in
 * the same transaction: when the immediate draft is cut short (here: composing fails), the
 * outcome is kept and the step drafts and routes the recap a few minutes later. A recap the
 * rep skipped stays skipped: the step never drafts a second one.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import { recordOutcome } from '../../src/workflows/inbound/record-outcome.js';
import { approveMessage, skipMessage } from '../../src/workflows/outbound/approve-message.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import {
  meetingAwaitingApproval,
  PROPOSAL_OUTCOME,
  PROPOSAL_REVIEW,
  recapAwaitingApproval,
} from '../helpers/scenario.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ now: '2026-12-08T16:30:00Z' });
});
afterEach(async () => {
  await h.cleanup();
});

/** A context whose templates cannot render: composing the recap throws. */
function brokenTemplates(ctx: AppContext): AppContext {
  const broken = new Proxy(ctx.templates, {
    get() {
      throw new Error('templates unavailable');
    },
  });
  return { ...ctx, templates: broken };
}

it('drafts the recap later when drafting it with the outcome failed, and keeps the outcome', async () => {
  const { meeting, agenda } = await meetingAwaitingApproval(h);
  await approveMessage(h.ctx, agenda.id);
  await h.tick();
  h.clock.set(new Date(PROPOSAL_REVIEW.end.getTime() + 16 * 60_000));
  await h.tick();

  await expect(recordOutcome(brokenTemplates(h.ctx), meeting.id, PROPOSAL_OUTCOME)).rejects.toThrow(
    /templates unavailable/,
  );
  expect(await h.ctx.db.outcome.findUnique({ where: { meetingId: meeting.id } })).not.toBeNull();
  expect(await h.ctx.db.message.count({ where: { meetingId: meeting.id, kind: 'recap' } })).toBe(0);

  h.clock.advance(6 * 60_000);
  await h.tick();
  const recap = await h.ctx.db.message.findFirstOrThrow({ where: { meetingId: meeting.id, kind: 'recap' } });
  expect(recap.status).toBe('awaiting_approval');
  expect(
    await h.ctx.db.message.count({ where: { kind: 'approval_request', subjectMessageId: recap.id } }),
  ).toBe(1);
});

it('never drafts a second recap after the rep skipped the first', async () => {
  const { recap } = await recapAwaitingApproval(h);
  await skipMessage(h.ctx, recap.id);
  h.clock.advance(6 * 60_000);
  await h.tick();
  const recaps = await h.ctx.db.message.findMany({ where: { meetingId: recap.meetingId, kind: 'recap' } });
  expect(recaps.map((m) => m.status)).toEqual(['skipped']);
  const step = await h.ctx.db.step.findFirstOrThrow({ where: { kind: 'draft_recap' } });
  expect(step).toMatchObject({ status: 'skipped' });
});
