/**
 * A prospect who answers an agenda with "stop emailing me" (in any of six languages) is
 * never mailed again: what waits to go to them is withdrawn with the reason "prospect opted
 * out" (visible in GET /api/meetings), the rep is told once, and a later approval request
 * says who it leaves out and why.
 */
import { describe, expect, it } from 'vitest';
import { approveMessage } from '../../src/workflows/outbound/approve-message.js';
import { dropProspectReply, mailIn, meetingAwaitingApproval } from '../helpers/scenario.js';
import {
  ACME_DISCOVERY,
  ACME_FOLLOW_UP,
  ACME_WITH_SAM,
  apiMeetings,
  harnessWithApp,
  inboxMail,
  messagesOf,
  PRIYA,
  SAM,
  sentTo,
} from '../helpers/send-hygiene.js';

const OPT_OUTS: Record<string, string> = {
  en: 'Please stop emailing me about this.',
  de: 'Bitte keine E-Mails mehr an mich.',
  fr: 'Merci de me désabonner de ces messages.',
  es: 'Por favor, denme de baja de estos correos.',
  pt: 'Por favor, parem de me enviar estes e-mails.',
  nl: 'Graag uitschrijven, dank u.',
};

const t = harnessWithApp({ now: '2026-12-08T16:30:00Z' });

/** The discovery agenda sent to Priya, and the follow-up's agenda waiting for the rep's approval. */
async function sentAndWaiting() {
  const { agenda } = await meetingAwaitingApproval(t.h, { event: ACME_DISCOVERY });
  await approveMessage(t.h.ctx, agenda.id);
  await t.h.tick();
  const sent = await t.h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } });
  expect(sent.status).toBe('sent');
  await t.h.writeEvent(ACME_FOLLOW_UP);
  await t.h.tick();
  return sent;
}

describe('a prospect who replies "stop emailing me"', () => {
  for (const [lang, words] of Object.entries(OPT_OUTS)) {
    it(`is not mailed again, and the rep is told (${lang})`, async () => {
      const agenda = await sentAndWaiting();
      let meetings = await apiMeetings(t.h, t.url);
      expect(messagesOf(meetings, ACME_FOLLOW_UP.title).find((m) => m.kind === 'agenda')?.status).toBe(
        'awaiting_approval',
      );

      await dropProspectReply(t.h, {
        from: PRIYA,
        parentMessageId: agenda.messageId,
        body: words,
        id: `optout-${lang}`,
      });
      await t.h.tick();

      meetings = await apiMeetings(t.h, t.url);
      const waiting = messagesOf(meetings, ACME_FOLLOW_UP.title).find((m) => m.kind === 'agenda');
      expect(waiting).toMatchObject({ status: 'retracted', reason: 'prospect opted out' });
      const notices = await inboxMail(t.h, /asked not to get agendum's email/);
      expect(notices.map((n) => n.subject)).toEqual(["Priya asked not to get agendum's email"]);
      expect(notices[0]?.text).toContain(ACME_FOLLOW_UP.title);
      // The opt-out is not an answer about the meeting's point.
      const discovery = meetings.find((m) => m.title === ACME_DISCOVERY.title);
      expect(discovery?.pointStatus).toBe('unconfirmed');
    });
  }

  it('is told once, and later drafts leave them out and say so', async () => {
    const agenda = await sentAndWaiting();
    const sentBefore = (await sentTo(t.h)).filter((a) => a === PRIYA).length;
    await dropProspectReply(t.h, {
      from: PRIYA,
      parentMessageId: agenda.messageId,
      body: 'Unsubscribe.',
      id: 'o1',
    });
    await t.h.tick();
    await dropProspectReply(t.h, {
      from: PRIYA,
      parentMessageId: agenda.messageId,
      body: 'Remove me from your list!',
      id: 'o2',
    });
    await t.h.tick();
    expect(await inboxMail(t.h, /asked not to get agendum's email/)).toHaveLength(1);

    await t.h.writeEvent(ACME_WITH_SAM);
    await t.h.tick();
    const meeting = await t.h.ctx.db.meeting.findFirstOrThrow({ where: { iCalUid: ACME_WITH_SAM.uid } });
    const draft = await t.h.ctx.db.message.findFirstOrThrow({
      where: { meetingId: meeting.id, kind: 'agenda' },
    });
    expect(draft.to).toEqual([SAM]);
    const request = await t.h.ctx.db.message.findFirstOrThrow({ where: { subjectMessageId: draft.id } });
    const { mail } = await mailIn(t.h, 'inbox', request.messageId);
    expect(mail.text).toContain(
      `Left out, and not emailed: Priya Raman (${PRIYA}) asked not to get agendum’s email.`,
    );
    await approveMessage(t.h.ctx, draft.id);
    await t.h.tick();
    expect((await sentTo(t.h)).filter((a) => a === PRIYA)).toHaveLength(sentBefore);
    expect(await sentTo(t.h)).toContain(SAM);
  });
});
