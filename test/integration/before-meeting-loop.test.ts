/**
 * The before-meeting loop on the embedded default, end to end in-process: an .ics event
 * with an external attendee → Meeting → approval request in the rep's mailbox → POST
 * approve → the agenda in `sent`, addressed to the prospect, parsed back by mailparser.
 */
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { postForm, serveApp, type TestServer } from '../helpers/http.js';
import type { TestEvent } from '../helpers/ics.js';
import { meetingAwaitingApproval } from '../helpers/scenario.js';

// Monday 2026-12-07, 10:00 in New York.
const NOW = '2026-12-07T15:00:00Z';
// Tuesday 10:00 New York: the discovery call's agenda is due.
const AGENDA_DUE = '2026-12-08T15:00:00Z';
const discovery: TestEvent = {
  uid: 'acme-discovery@test',
  title: 'Acme Robotics × Northwind — discovery call',
  // Wednesday 10:00 New York: the agenda is due Tuesday 10:00, inside business hours.
  start: new Date('2026-12-09T15:00:00Z'),
  end: new Date('2026-12-09T15:30:00Z'),
  organizer: REP.email,
  attendees: [
    { email: REP.email, name: REP.name },
    { email: 'priya.raman@acme-robotics.example', name: 'Priya Raman', partstat: 'NEEDS-ACTION' },
  ],
};

let h: Harness;
let server: TestServer;

beforeEach(async () => {
  h = await createHarness({ now: NOW });
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

/** The discovery call planned, its agenda drafted at due time: the approval request's link. */
async function approvalRequestPath(): Promise<string> {
  const { approvalPath } = await meetingAwaitingApproval(h, { event: discovery, at: AGENDA_DUE });
  const inbox = await h.mailbox('inbox');
  expect(inbox).toHaveLength(1);
  return approvalPath;
}

async function agendaMessage() {
  return h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
}

describe('before-meeting loop', () => {
  it('plans the agenda draft a lead time before the meeting and asks the rep at due time', async () => {
    await h.writeEvent(discovery);
    await h.tick();
    const meeting = await h.ctx.db.meeting.findFirstOrThrow({ include: { steps: true } });
    expect(meeting.isProspect).toBe(true);
    expect(meeting.reason).toContain('priya.raman@acme-robotics.example');
    expect(meeting.stage).toBe('discovery');
    const steps = meeting.steps.map((s) => [s.kind, s.dueAt.toISOString(), s.status]).sort();
    expect(steps).toEqual([
      ['draft_agenda', '2026-12-08T15:00:00.000Z', 'pending'],
      // 4 h before is 06:00, before business hours: the last business minute before, Tue 16:59.
      ['nudge_approval', '2026-12-08T21:59:00.000Z', 'pending'],
      // 2 h before is 08:00, before business hours: the last business minute before, Tue 16:59.
      ['nudge_unconfirmed', '2026-12-08T21:59:00.000Z', 'pending'],
      ['recap_prompt', '2026-12-09T15:45:00.000Z', 'pending'],
    ]);
    expect(await h.mailbox('inbox')).toEqual([]);

    h.clock.set('2026-12-08T15:00:00Z');
    await h.tick();
    expect((await agendaMessage()).status).toBe('awaiting_approval');
    const request = await simpleParser(await h.readMail('inbox', (await h.mailbox('inbox'))[0] as string));
    expect(request.to).toMatchObject({ value: [{ address: REP.email }] });
    expect(request.text).toContain('priya.raman@acme-robotics.example');
    expect(await h.mailbox('sent')).toHaveLength(1); // only the approval request, to the rep
  });

  it('sends the agenda to the prospect once the rep approves on the page', async () => {
    const link = await approvalRequestPath();

    const page = await fetch(server.url + link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Approve &amp; send');
    expect((await agendaMessage()).status).toBe('awaiting_approval'); // a GET changes nothing

    const res = await postForm(server.url + link, { action: 'approve' });
    expect(res.status).toBe(200);
    await h.tick();

    const agenda = await agendaMessage();
    expect(agenda.status).toBe('sent');
    const sent = await h.mailbox('sent');
    expect(sent).toHaveLength(2);
    const parsed = await Promise.all(sent.map(async (f) => simpleParser(await h.readMail('sent', f))));
    const mail = parsed.find((p) => p.messageId === agenda.messageId);
    expect(mail).toBeDefined();
    expect(mail?.to).toMatchObject({ value: [{ address: 'priya.raman@acme-robotics.example' }] });
    expect(mail?.from).toMatchObject({ value: [{ address: REP.email, name: REP.name }] });
    expect(mail?.subject).toContain('Acme Robotics');
    expect(mail?.text).toContain('Priya');
    expect(mail?.text).toMatch(/\/c\/[A-Za-z0-9_.-]+/);
    expect(mail?.html).toBeTruthy();
  });

  it('gives the meeting time on the approval page in the rep’s zone, with its abbreviation', async () => {
    const link = await approvalRequestPath();
    // The rep travels: the meeting stays at 10:00 New York, the page follows the rep.
    await h.ctx.db.rep.update({ where: { id: h.repId }, data: { timeZone: 'Europe/Berlin' } });
    const page = await (await fetch(server.url + link)).text();
    expect(page).toContain('Wednesday, December 9 at 4:00 PM CET');
    expect(page).not.toContain('December 9, 2026 at');
  });

  it('applies the rep’s edits from the page to what is sent', async () => {
    const link = await approvalRequestPath();
    await postForm(server.url + link, {
      action: 'approve',
      subject: 'Our call on Wednesday',
      purpose: 'to see whether re-planning at the Joliet site is worth fixing this quarter',
      agenda: '- Joliet re-plans today\n- What fixing it is worth',
      outcome: 'a yes or no on a deep-dive with your ops lead',
    });
    await h.tick();
    const agenda = await agendaMessage();
    expect(agenda.status).toBe('sent');
    expect(agenda.subject).toBe('Our call on Wednesday');
    const sent = await Promise.all(
      (await h.mailbox('sent')).map(async (f) => simpleParser(await h.readMail('sent', f))),
    );
    const mail = sent.find((m) => m.messageId === agenda.messageId);
    expect(mail?.subject).toBe('Our call on Wednesday');
    expect(mail?.text).toContain('Joliet site is worth fixing');
    expect(mail?.text).toContain('What fixing it is worth');
    expect(mail?.text).toContain('a yes or no on a deep-dive');
  });

  it('refuses a replayed link and an expired link with a clear page', async () => {
    const link = await approvalRequestPath();
    expect((await postForm(server.url + link, { action: 'approve' })).status).toBe(200);
    const replay = await postForm(server.url + link, { action: 'approve' });
    expect(replay.status).toBe(409);
    expect(await replay.text()).toContain('already used');
    await h.tick();
    expect(await h.mailbox('sent')).toHaveLength(2); // request + one agenda, not two

    const other = await createHarness({ now: NOW });
    try {
      const { approvalPath: otherLink } = await meetingAwaitingApproval(other, {
        event: discovery,
        at: AGENDA_DUE,
      });
      other.clock.set('2026-12-09T15:00:01Z'); // the meeting has started: the link is dead
      const otherServer = await serveApp(other.ctx);
      try {
        const res = await postForm(otherServer.url + otherLink, { action: 'approve' });
        expect(res.status).toBe(410);
        expect(await res.text()).toContain('expired');
        const tampered = await fetch(`${otherServer.url}${otherLink.slice(0, -3)}abc`);
        expect(tampered.status).toBe(403);
      } finally {
        await otherServer.close();
      }
      expect((await other.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } })).status).toBe(
        'awaiting_approval',
      );
    } finally {
      await other.cleanup();
    }
  });

  it('skips a draft when the rep chooses Skip: nothing is sent', async () => {
    const res = await postForm(server.url + (await approvalRequestPath()), { action: 'skip' });
    expect(res.status).toBe(200);
    await h.tick();
    expect((await agendaMessage()).status).toBe('skipped');
    expect(await h.mailbox('sent')).toHaveLength(1);
  });

  it('approves when the rep replies "approve" to the approval request', async () => {
    const { approvalRequest: request } = await meetingAwaitingApproval(h, {
      event: discovery,
      at: AGENDA_DUE,
    });
    const reply = [
      `From: ${REP.name} <${REP.email}>`,
      `To: ${REP.email}`,
      `Subject: Re: ${request.subject}`,
      `Message-ID: <reply-1@northwind.example>`,
      `In-Reply-To: ${request.messageId}`,
      `References: ${request.messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Approve',
      '',
      `> ${request.text?.split('\n')[0]}`,
      '',
    ].join('\r\n');
    const { mkdir, writeFile } = await import('node:fs/promises');
    const path = await import('node:path');
    // Sent from the rep's own mailbox: the same message in sent/ and, addressed to the rep, inbox/.
    await mkdir(path.join(h.dataDir, 'mail', REP.email, 'sent'), { recursive: true });
    await writeFile(path.join(h.dataDir, 'mail', REP.email, 'sent', 'reply-1.eml'), reply);
    await writeFile(path.join(h.dataDir, 'mail', REP.email, 'inbox', 'reply-1.eml'), reply);
    await h.tick();
    expect((await agendaMessage()).status).toBe('sent');
  });
});
