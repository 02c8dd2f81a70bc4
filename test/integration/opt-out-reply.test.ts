/**
 * A prospect who answers an agenda with "stop emailing me" (in any of six languages) is
 * never mailed again: what waits to go to them is withdrawn with the reason "prospect opted
 * out" (visible in GET /api/meetings), the rep is told once, and a later approval request
 * says who it leaves out and why.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approveMessage } from '../../src/workflows/outbound/approve-message.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { serveApp, type TestServer } from '../helpers/http.js';
import { dropProspectReply, mailIn, meetingAwaitingApproval } from '../helpers/scenario.js';
import {
  ACME_DISCOVERY,
  ACME_FOLLOW_UP,
  ACME_WITH_SAM,
  apiMeetings,
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

let h: Harness;
let server: TestServer;
beforeEach(async () => {
  h = await createHarness({ now: '2026-12-08T16:30:00Z' });
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

/** The discovery agenda sent to Priya, and the follow-up's agenda waiting for the rep's approval. */
async function sentAndWaiting() {
  const { agenda } = await meetingAwaitingApproval(h, { event: ACME_DISCOVERY });
  await approveMessage(h.ctx, agenda.id);
  await h.tick();
  const sent = await h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } });
  expect(sent.status).toBe('sent');
  await h.writeEvent(ACME_FOLLOW_UP);
  await h.tick();
  return sent;
}

describe('a prospect who replies "stop emailing me"', () => {
  for (const [lang, words] of Object.entries(OPT_OUTS)) {
    it(`is not mailed again, and the rep is told (${lang})`, async () => {
      const agenda = await sentAndWaiting();
      let meetings = await apiMeetings(h, server.url);
      expect(messagesOf(meetings, ACME_FOLLOW_UP.title).find((m) => m.kind === 'agenda')?.status).toBe(
        'awaiting_approval',
      );

      await dropProspectReply(h, {
        from: PRIYA,
        parentMessageId: agenda.messageId,
        body: words,
        id: `optout-${lang}`,
      });
      await h.tick();

      meetings = await apiMeetings(h, server.url);
      const waiting = messagesOf(meetings, ACME_FOLLOW_UP.title).find((m) => m.kind === 'agenda');
      expect(waiting).toMatchObject({ status: 'retracted', reason: 'prospect opted out' });
      const notices = await inboxMail(h, /asked not to get agendum's email/);
      expect(notices.map((n) => n.subject)).toEqual(["Priya asked not to get agendum's email"]);
      expect(notices[0]?.text).toContain(ACME_FOLLOW_UP.title);
      // The opt-out is not an answer about the meeting's point.
      const discovery = meetings.find((m) => m.title === ACME_DISCOVERY.title);
      expect(discovery?.pointStatus).toBe('unconfirmed');
    });
  }

  it('is told once, and later drafts leave them out and say so', async () => {
    const agenda = await sentAndWaiting();
    const sentBefore = (await sentTo(h)).filter((a) => a === PRIYA).length;
    await dropProspectReply(h, {
      from: PRIYA,
      parentMessageId: agenda.messageId,
      body: 'Unsubscribe.',
      id: 'o1',
    });
    await h.tick();
    await dropProspectReply(h, {
      from: PRIYA,
      parentMessageId: agenda.messageId,
      body: 'Remove me from your list!',
      id: 'o2',
    });
    await h.tick();
    expect(await inboxMail(h, /asked not to get agendum's email/)).toHaveLength(1);

    await h.writeEvent(ACME_WITH_SAM);
    await h.tick();
    const meeting = await h.ctx.db.meeting.findFirstOrThrow({ where: { iCalUid: ACME_WITH_SAM.uid } });
    const draft = await h.ctx.db.message.findFirstOrThrow({
      where: { meetingId: meeting.id, kind: 'agenda' },
    });
    expect(draft.to).toEqual([SAM]);
    const request = await h.ctx.db.message.findFirstOrThrow({ where: { subjectMessageId: draft.id } });
    const { mail } = await mailIn(h, 'inbox', request.messageId);
    expect(mail.text).toContain(
      `Left out, and not emailed: Priya Raman (${PRIYA}) asked not to get agendum’s email.`,
    );
    await approveMessage(h.ctx, draft.id);
    await h.tick();
    expect((await sentTo(h)).filter((a) => a === PRIYA)).toHaveLength(sentBefore);
    expect(await sentTo(h)).toContain(SAM);
  });
});
