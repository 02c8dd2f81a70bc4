/**
 * The loop after the agenda, on the embedded default: the prospect's reply confirms or
 * changes the point; after the meeting the rep records the outcome; the recap goes out in
 * the agenda's thread; and the next meeting with the account takes the next step as its
 * point.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { actionPathIn, postForm, serveApp, type TestServer } from '../helpers/http.js';
import type { TestEvent } from '../helpers/ics.js';
import { ACME_DISCOVERY, agendaSent, dropProspectReply, mailIn, PRIYA } from '../helpers/scenario.js';

const discovery = ACME_DISCOVERY;
const followUp: TestEvent = {
  uid: 'acme-2@test',
  title: 'Acme Robotics — follow-up',
  start: new Date('2026-12-16T15:00:00Z'),
  end: new Date('2026-12-16T15:30:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: 'sam.ops@acme-robotics.example', name: 'Sam Ortiz' }],
};

let h: Harness;
let server: TestServer;
beforeEach(async () => {
  h = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

async function sentMail() {
  return Promise.all((await h.mailbox('sent')).map(async (f) => simpleParser(await h.readMail('sent', f))));
}

/** Drops a prospect's reply to `parent` into the rep's inbox. */
function replyFrom(from: string, parentId: string, body: string, id: string): Promise<void> {
  return dropProspectReply(h, { from, parentMessageId: parentId, body, id });
}

async function sendAgenda() {
  const { agenda } = await agendaSent(h, { event: discovery });
  expect(agenda.status).toBe('sent');
  return agenda;
}

describe('after-meeting loop', () => {
  it('marks the point confirmed when the prospect replies "Sounds good"', async () => {
    const agenda = await sendAgenda();
    await replyFrom(PRIYA, agenda.messageId, 'Sounds good, see you Wednesday!', 'r1');
    await h.tick();
    await h.tick(); // reading the same inbox again records nothing twice
    const meeting = await h.ctx.db.meeting.findFirstOrThrow({ include: { confirmations: true } });
    expect(meeting.pointStatus).toBe('confirmed');
    expect(meeting.confirmations).toHaveLength(1);
    expect(meeting.confirmations[0]?.reply).toBe('Sounds good, see you Wednesday!');
    expect(meeting.confirmations[0]?.evidence).toBeTruthy();
  });

  it('tells the rep at once, in the prospect’s words, when they ask for a change', async () => {
    const agenda = await sendAgenda();
    await replyFrom(PRIYA, agenda.messageId, 'Could we also cover pricing for the Joliet site?', 'r2');
    await h.tick();
    const meeting = await h.ctx.db.meeting.findFirstOrThrow();
    expect(meeting.pointStatus).toBe('change_requested');
    const notice = (await sentMail()).find((m) => m.headers.get('x-agendum-kind') === 'rep_notice');
    expect(notice?.to).toMatchObject({ value: [{ address: REP.email }] });
    expect(notice?.text).toContain('Could we also cover pricing for the Joliet site?');
  });

  it('shows the rep the sentence a change was read from, not how it was scored', async () => {
    const agenda = await sendAgenda();
    const body = 'Thanks Dana. Could we also cover pricing for the Joliet site? Sam <ops> will join too.';
    await replyFrom(PRIYA, agenda.messageId, body, 'r4');
    await h.tick();
    const notice = (await sentMail()).find((m) => m.headers.get('x-agendum-kind') === 'rep_notice');
    expect(notice?.text).toContain(
      'The words agendum went by: "Could we also cover pricing for the Joliet site?"',
    );
    expect(notice?.html).toContain('The words agendum went by: &ldquo;Could we also cover pricing');
    expect(`${notice?.text}${notice?.html}`).not.toMatch(/matched|first sentence|\(change\)/);
    // The record keeps how the reply was read.
    const [confirmation] = await h.ctx.db.confirmation.findMany();
    expect(confirmation?.evidence).toMatch(/^matched /);
  });

  it('prompts for the recap, sends it threaded, and carries the next step to the next meeting', async () => {
    const agenda = await sendAgenda();
    await h.writeEvent(followUp);
    await h.tick();
    h.clock.set('2026-12-09T15:46:00Z'); // 16 minutes after the end
    await h.tick();
    const prompt = (await sentMail()).find((m) => m.headers.get('x-agendum-kind') === 'recap_prompt');
    expect(prompt?.to).toMatchObject({ value: [{ address: REP.email }] });
    const link = await actionPathIn(await h.readMail('inbox', (await h.mailbox('inbox'))[0] as string), 'a');

    const form = await fetch(server.url + link);
    expect(form.status).toBe(200);
    // The outcome form speaks to the rep about Priya, at the time in the rep's zone.
    const formPage = await form.text();
    expect(formPage).toContain('Wednesday, December 9 at 10:00 AM EST');
    expect(formPage).toContain('The outcome you hoped for: a shared list of their top problems');
    expect(formPage).not.toContain('your top problems');
    const promptText = prompt?.text ?? '';
    expect(promptText).toContain('The outcome you wanted: a shared list of their top problems');
    expect(promptText).toContain(
      'Why you met: to understand the problem they want to solve, what it costs them today',
    );
    const res = await postForm(server.url + link, {
      agreed: 'late re-plans on the Joliet site cost about 6 hours a week',
      nextStep: 'a technical deep-dive with Sam to check the Joliet data',
      owner: 'rep',
      due: '2026-12-11',
    });
    expect(res.status).toBe(200);
    await h.tick();

    const recap = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap' } });
    expect(recap.status).toBe('sent');
    const mail = (await sentMail()).find((m) => m.messageId === recap.messageId);
    expect(mail?.subject).toBe(`Re: ${agenda.subject}`);
    expect(mail?.inReplyTo).toBe(agenda.messageId);
    expect(mail?.references).toContain(agenda.messageId);
    expect(mail?.to).toMatchObject({ value: [{ address: PRIYA }] });
    expect(mail?.text).toContain('late re-plans on the Joliet site');
    expect(mail?.text).toContain('a technical deep-dive with Sam');

    const next = await h.ctx.db.meeting.findFirstOrThrow({ where: { providerEventId: followUp.uid } });
    expect(next.purpose).toContain('a technical deep-dive with Sam to check the Joliet data');
    expect(next.pointSource).toMatchObject({ purpose: 'previous_recap' });
    h.clock.set('2026-12-15T15:00:00Z'); // the follow-up's agenda is due
    await h.tick();
    const nextAgenda = await h.ctx.db.message.findFirstOrThrow({
      where: { meetingId: next.id, kind: 'agenda' },
    });
    expect(nextAgenda.to).toEqual(['sam.ops@acme-robotics.example']);
    expect(nextAgenda.text).toContain('a technical deep-dive with Sam');

    // The prospect's page for the recap says who asks; a correction after the meeting is
    // promised nothing "before the meeting".
    const recapLink = await actionPathIn((await mailIn(h, 'sent', recap.messageId)).raw, 'c');
    expect(await (await fetch(server.url + recapLink)).text()).toContain(
      'Dana Whitfield at Northwind asks you to confirm what you agreed in the meeting, or to correct it.',
    );
    const answered = await postForm(server.url + recapLink, {
      action: 'change',
      change: 'Sam is off that week.',
    });
    const answeredPage = await answered.text();
    expect(answeredPage).toContain('Dana Whitfield can see your suggestion now. You can close this page.');
    expect(answeredPage).not.toContain('before the meeting');
  });

  it('stops every further step when the prospect declines', async () => {
    const agenda = await sendAgenda();
    await replyFrom(PRIYA, agenda.messageId, "We're not interested anymore, please cancel.", 'r3');
    await h.tick();
    const meeting = await h.ctx.db.meeting.findFirstOrThrow({ include: { steps: true } });
    expect(meeting.pointStatus).toBe('declined');
    expect(meeting.steps.filter((s) => s.status === 'pending')).toEqual([]);
  });
});

describe('after-meeting loop: replies by email and nudges', () => {
  it('records an out-of-office reply without changing the point', async () => {
    const agenda = await sendAgenda();
    const raw = [
      `From: Priya Raman <${PRIYA}>`,
      `To: ${REP.email}`,
      'Subject: Automatic reply: Agenda',
      'Auto-Submitted: auto-replied',
      'Message-ID: <ooo-1@acme-robotics.example>',
      `In-Reply-To: ${agenda.messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'I am out of the office until Monday with limited access to email.',
      '',
    ].join('\r\n');
    const inbox = path.join(h.dataDir, 'mail', REP.email, 'inbox');
    await mkdir(inbox, { recursive: true });
    await writeFile(path.join(inbox, 'ooo.eml'), raw);
    await h.tick();
    const meeting = await h.ctx.db.meeting.findFirstOrThrow({ include: { confirmations: true } });
    expect(meeting.pointStatus).toBe('unconfirmed');
    expect(meeting.confirmations.map((c) => c.intent)).toEqual(['auto_reply']);
    expect((await sentMail()).some((m) => m.headers.get('x-agendum-kind') === 'rep_notice')).toBe(false);
  });

  it('nudges the rep (never the prospect) when the point is still unconfirmed before the meeting', async () => {
    await sendAgenda();
    h.clock.set('2026-12-08T21:59:00Z'); // Tuesday 16:59 New York, the last business minute before
    await h.tick();
    const sent = await sentMail();
    const nudge = sent.find((m) => m.headers.get('x-agendum-kind') === 'nudge');
    expect(nudge?.to).toMatchObject({ value: [{ address: REP.email }] });
    expect(
      sent.filter((m) => (m.to as { value: { address: string }[] }).value[0]?.address === PRIYA),
    ).toHaveLength(1);
  });

  it('records the outcome from the rep’s reply to the recap prompt and sends the recap', async () => {
    await sendAgenda();
    h.clock.set('2026-12-09T15:46:00Z');
    await h.tick();
    const prompt = (await sentMail()).find((m) => m.headers.get('x-agendum-kind') === 'recap_prompt');
    const raw = [
      `From: ${REP.name} <${REP.email}>`,
      `To: ${REP.email}`,
      `Subject: Re: ${prompt?.subject}`,
      'Message-ID: <rep-recap@northwind.example>',
      `In-Reply-To: ${prompt?.messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Agreed: the Joliet re-plans are the priority this quarter',
      'Next step: send two time options for a deep-dive with Sam',
      'Owner: me',
      'By: Friday',
      '',
      `> ${prompt?.subject}`,
    ].join('\r\n');
    // Sent from the rep's own mailbox: the same message in sent/ and, addressed to the rep, inbox/.
    await writeFile(path.join(h.dataDir, 'mail', REP.email, 'sent', 'rep-recap.eml'), raw);
    await writeFile(path.join(h.dataDir, 'mail', REP.email, 'inbox', 'rep-recap.eml'), raw);
    await h.tick();
    const outcome = await h.ctx.db.outcome.findFirstOrThrow();
    expect(outcome.nextStep).toBe('send two time options for a deep-dive with Sam');
    expect(outcome.nextStepOwner).toBe('rep');
    const recap = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap' } });
    expect(recap.status).toBe('sent');
    expect(recap.text).toContain('the Joliet re-plans are the priority this quarter');
  });
});
