/**
 * The meeting after a recap, on the embedded default: the next step agreed at a discovery
 * call ("technical deep-dive with Sam …") makes the next, neutrally titled meeting with the
 * account a technical deep-dive — its subject, agenda items and desired outcome come from the
 * technical stage, and its purpose states the next step in plain words.
 */
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { actionPathIn, postForm, serveApp, type TestServer } from '../helpers/http.js';
import type { TestEvent } from '../helpers/ics.js';
import { ACME_DISCOVERY, agendaSent, PRIYA } from '../helpers/scenario.js';

const NEXT_STEP = 'technical deep-dive with Sam (their ops lead) to check the Joliet data';
const discovery = ACME_DISCOVERY;
// No stage keyword in the title or the description: only the carried next step can say what it is.
const followUp: TestEvent = {
  uid: 'acme-2@test',
  title: 'Acme Robotics / Northwind',
  start: new Date('2026-12-16T15:00:00Z'), // the next Wednesday, 10:00 New York
  end: new Date('2026-12-16T16:00:00Z'),
  organizer: REP.email,
  attendees: [
    { email: REP.email },
    { email: PRIYA, name: 'Priya Raman' },
    { email: 'sam.ortiz@acme-robotics.example', name: 'Sam Ortiz' },
  ],
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

/** The discovery call's agenda goes out, the call ends, and the rep records its outcome. */
async function holdDiscoveryCall(): Promise<void> {
  await agendaSent(h, { event: discovery });
  h.clock.set('2026-12-09T15:46:00Z'); // the recap prompt is due 15 minutes after the end
  await h.tick();
  const prompt = await h.readMail('inbox', (await h.mailbox('inbox'))[0] as string);
  const res = await postForm(server.url + (await actionPathIn(prompt, 'a')), {
    agreed: 'late re-plans on the Joliet site cost about 6 hours a week',
    nextStep: NEXT_STEP,
    owner: 'rep',
    due: '2026-12-11',
  });
  expect(res.status).toBe(200);
  await h.tick();
}

/** The follow-up's agenda once it is due and sent, as the rep's sent folder holds it. */
async function followUpAgenda(): Promise<ParsedMail> {
  h.clock.set('2026-12-15T15:00:00Z');
  await h.tick();
  const meeting = await h.ctx.db.meeting.findFirstOrThrow({ where: { providerEventId: followUp.uid } });
  const agenda = await h.ctx.db.message.findFirstOrThrow({
    where: { meetingId: meeting.id, kind: 'agenda' },
  });
  expect(agenda.status).toBe('sent');
  for (const file of await h.mailbox('sent')) {
    const mail = await simpleParser(await h.readMail('sent', file));
    if (mail.messageId === agenda.messageId) return mail;
  }
  throw new Error('the follow-up agenda is not in the sent folder');
}

/** The agenda reads as a technical deep-dive whose purpose is the carried next step. */
function expectTechnicalDeepDive(mail: ParsedMail): void {
  const technical = h.ctx.templates.playbookFor('en').stages.technical;
  expect(mail.subject).toBe('Agenda for Wednesday: Acme Robotics × Northwind — technical deep-dive');
  const text = (mail.text ?? '').replace(/\s+/g, ' ');
  expect(text).toContain(
    "Why we're meeting: to follow up on what we agreed last time: " +
      'technical deep-dive with Sam (their ops lead) to check the Joliet data.',
  );
  technical.agenda.forEach((item, i) => {
    expect(text).toContain(`${i + 1}. ${item}`);
  });
  expect(text).toContain(`A good outcome for both of us: ${technical.outcome}.`);
  expect(text).not.toMatch(/discovery/i);
}

describe('the meeting after a recap', () => {
  it('becomes the stage the next step names when it is already on the calendar', async () => {
    await h.writeEvent(followUp);
    await holdDiscoveryCall();
    const mail = await followUpAgenda();
    expectTechnicalDeepDive(mail);
    const meeting = await h.ctx.db.meeting.findFirstOrThrow({ where: { providerEventId: followUp.uid } });
    expect(meeting.stage).toBe('technical');
    expect(meeting.pointSource).toMatchObject({
      purpose: 'previous_recap',
      agenda: 'playbook',
      outcome: 'playbook',
    });
  });

  it('becomes the stage the next step names when it is booked after the recap', async () => {
    await holdDiscoveryCall();
    await h.writeEvent(followUp);
    await h.tick();
    expectTechnicalDeepDive(await followUpAgenda());
  });

  it('keeps the stage its own title names over the next step’s', async () => {
    await h.writeEvent({ ...followUp, title: 'Acme Robotics — proposal review' });
    await holdDiscoveryCall();
    const mail = await followUpAgenda();
    expect(mail.subject).toBe('Agenda for Wednesday: Acme Robotics × Northwind — proposal review');
    expect(mail.text?.replace(/\s+/g, ' ')).toContain(
      `A good outcome for both of us: ${h.ctx.templates.playbookFor('en').stages.proposal.outcome}.`,
    );
  });
});
