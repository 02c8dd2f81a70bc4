/**
 * The rep's colleagues who attend are copied on what agendum drafts, on the embedded
 * default: an agenda (sent at once in auto mode, its MIME read back independently) and a
 * recap Cc the people at the rep's org domains who have not declined — never the rep,
 * rooms, or the prospect — and a rep with `ccColleagues` off copies nobody.
 */
import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { recordOutcome } from '../../src/workflows/inbound/record-outcome.js';
import { approveMessage } from '../../src/workflows/outbound/approve-message.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import {
  agendaSent,
  meetingAwaitingApproval,
  PROPOSAL_OUTCOME,
  PROPOSAL_REVIEW,
} from '../helpers/scenario.js';

const SAM = 'sam.ortiz@northwind.example';

/** The proposal review with the rep's team around it: one colleague who comes, one who does not, a room. */
const WITH_TEAM = {
  ...PROPOSAL_REVIEW,
  attendees: [
    ...(PROPOSAL_REVIEW.attendees ?? []),
    { email: SAM, name: 'Sam Ortiz' },
    { email: 'lee.chen@eu.northwind.example', name: 'Lee Chen', partstat: 'DECLINED' },
    { email: 'room-4@northwind.example', name: 'Room 4', cutype: 'ROOM' },
  ],
};

let h: Harness | undefined;
afterEach(async () => {
  await h?.cleanup();
  h = undefined;
});

const addresses = (field: ParsedMail['to'] | ParsedMail['cc']) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address));

describe('colleagues on the Cc', () => {
  it('copies an attending colleague on the agenda, and the sent mail carries the Cc', async () => {
    h = await createHarness({ now: '2026-12-08T16:30:00Z', approvalMode: 'auto' });
    const { agenda, sentAgenda } = await agendaSent(h, { event: WITH_TEAM });
    expect(agenda.to).toEqual(['alice@umbrella.example']);
    expect(agenda.cc).toEqual([SAM]);
    expect(addresses(sentAgenda.to)).toEqual(['alice@umbrella.example']);
    expect(addresses(sentAgenda.cc)).toEqual([SAM]);
    expect([...addresses(sentAgenda.to), ...addresses(sentAgenda.cc)]).not.toContain(REP.email);
  });

  it('copies nobody when the rep turned it off', async () => {
    h = await createHarness({ now: '2026-12-08T16:30:00Z', approvalMode: 'auto' });
    await h.ctx.db.rep.update({ where: { id: h.repId }, data: { ccColleagues: false } });
    const { agenda, sentAgenda } = await agendaSent(h, { event: WITH_TEAM });
    expect(agenda.cc).toEqual([]);
    expect(sentAgenda.cc).toBeUndefined();
    expect(addresses(sentAgenda.to)).toEqual(['alice@umbrella.example']);
  });

  it('copies the colleague on the recap too, unless turned off', async () => {
    /** The agenda approved, the meeting held, the outcome recorded: the Cc of the agenda and the recap. */
    const draftedCc = async (harness: Harness) => {
      const { meeting, agenda } = await meetingAwaitingApproval(harness, { event: WITH_TEAM });
      await approveMessage(harness.ctx, agenda.id);
      await harness.tick();
      harness.clock.set(new Date(PROPOSAL_REVIEW.end.getTime() + 16 * 60_000));
      await harness.tick();
      await recordOutcome(harness.ctx, meeting.id, PROPOSAL_OUTCOME);
      await harness.tick();
      const recap = await harness.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap' } });
      return { agenda: agenda.cc, recap: recap.cc };
    };
    h = await createHarness({ now: '2026-12-08T16:30:00Z' });
    expect(await draftedCc(h)).toEqual({ agenda: [SAM], recap: [SAM] });

    const off = await createHarness({ now: '2026-12-08T16:30:00Z' });
    try {
      await off.ctx.db.rep.update({ where: { id: off.repId }, data: { ccColleagues: false } });
      expect(await draftedCc(off)).toEqual({ agenda: [], recap: [] });
    } finally {
      await off.cleanup();
    }
  });

  it('keeps the rep off the Cc even when their own address is listed twice', async () => {
    h = await createHarness({ now: '2026-12-08T16:30:00Z', approvalMode: 'auto' });
    const event = {
      ...WITH_TEAM,
      attendees: [...WITH_TEAM.attendees, { email: REP.email.toUpperCase(), name: REP.name }],
    };
    const { agenda } = await agendaSent(h, { event });
    expect(agenda.cc).toEqual([SAM]);
  });
});
