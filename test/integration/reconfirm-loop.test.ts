/**
 * The re-confirm loop on the embedded default: a prospect's answer reaches the rep as a
 * notice whose link opens an action page; "Revise and send" puts the revised agenda (or
 * recap) in the same thread and asks to confirm again; "Mark confirmed", "Keep as is" and
 * "Keep going" settle it without mail; and a reply to the notice does the same.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordOutcome } from '../../src/workflows/inbound/record-outcome.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { actionPathIn, postForm, serveApp, type TestServer } from '../helpers/http.js';
import { ACME_DISCOVERY, agendaSent, dropProspectReply, mailIn, PRIYA } from '../helpers/scenario.js';
import { signIn } from '../helpers/signin.js';

let h: Harness;
let server: TestServer;
beforeEach(async () => {
  // Tuesday 10:00 New York: Wednesday's discovery call's agenda goes out at once (auto mode).
  h = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
  server = await serveApp(h.ctx);
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

/** The mail of `kind` the rep's mailbox sent, oldest first, raw and parsed. */
async function sentOf(kind: string): Promise<{ raw: Buffer; mail: ParsedMail }[]> {
  const out: { raw: Buffer; mail: ParsedMail }[] = [];
  for (const file of await h.mailbox('sent')) {
    const raw = await h.readMail('sent', file);
    const mail = await simpleParser(raw);
    if (mail.headers.get('x-agendum-kind') === kind) out.push({ raw, mail });
  }
  return out;
}

/** Priya answers `parentMessageId`, a minute later, and the inbox is read. */
async function priyaSays(parentMessageId: string, body: string, id: string): Promise<void> {
  await dropProspectReply(h, { from: PRIYA, parentMessageId, body, id });
  h.clock.advance(60_000);
  await h.tick();
}

/** The rep answers one of agendum's emails from their own mailbox (it is in Sent and Inbox). */
async function repReplies(parentMessageId: string, body: string, id: string): Promise<void> {
  const raw = [
    `From: Dana Whitfield <${REP.email}>`,
    `To: ${REP.email}`,
    'Subject: Re: notice',
    `Message-ID: <${id}@northwind.example>`,
    `In-Reply-To: ${parentMessageId}`,
    `References: ${parentMessageId}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');
  for (const folder of ['sent', 'inbox']) {
    const dir = path.join(h.dataDir, 'mail', REP.email, folder);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${id}.eml`), raw);
  }
  h.clock.advance(60_000);
  await h.tick();
}

async function apiMeeting() {
  const { cookie } = await signIn(h.ctx, server.url, REP.email);
  const res = await fetch(`${server.url}/api/meetings`, { headers: { cookie } });
  const { meetings } = (await res.json()) as {
    meetings: {
      title: string;
      pointStatus: string;
      point: { agenda: string[]; source: Record<string, string> };
      confirmations: { via: string; status: string; words: string }[];
      recap: { nextStep: string; status: string } | null;
      messages: { kind: string; status: string }[];
    }[];
  };
  const found = meetings.find((m) => m.title === ACME_DISCOVERY.title);
  if (!found) throw new Error('no discovery call in /api/meetings');
  return found;
}

/** The agenda sent, Priya asks for pricing: the notice and its action link. */
async function changeRequested() {
  const sent = await agendaSent(h, { event: ACME_DISCOVERY });
  await priyaSays(sent.agenda.messageId, 'Can we add pricing to the agenda?', 'r-change');
  const [notice, ...more] = await sentOf('rep_notice');
  expect(more).toEqual([]);
  if (!notice) throw new Error('no notice to the rep');
  return { ...sent, notice, actionPath: await actionPathIn(notice.raw, 'a') };
}

const AGENDA_WITH_PRICING = (items: string[]) => [...items, 'Pricing for three warehouses'].join('\n');

describe('a change request, revised and confirmed again', () => {
  it('revises from the action page in the same thread; the prospect confirms the revision by reply', async () => {
    const { agenda, notice, actionPath, meeting } = await changeRequested();
    // The notice says what the rep can do, and where.
    expect(notice.mail.text).toContain('Revise and send');
    expect(notice.mail.text).toContain('Mark confirmed');
    expect(notice.mail.text).toContain('Keep as is');
    expect(notice.mail.text).toContain('Or reply to this email with "confirmed" or "keep".');
    expect(notice.mail.text).not.toContain('meeting page');

    const page = await fetch(server.url + actionPath);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('Priya asked to change the agenda');
    expect(body).toContain('Can we add pricing to the agenda?');
    expect(body).toContain('change requested');

    const items = meeting.agendaItems as string[];
    const preview = await postForm(`${server.url}${actionPath}/preview`, {
      agenda: AGENDA_WITH_PRICING(items),
    });
    const shown = (await preview.json()) as { subject: string; text: string };
    expect(shown.subject).toBe(`Re: ${agenda.subject}`);
    expect(shown.text).toContain("Added to what we'll cover: Pricing for three warehouses");
    // The preview's confirmation link confirms nothing.
    expect(shown.text).toContain('/c/preview');
    // A preview is not an action: the point is still as Priya left it.
    expect((await apiMeeting()).pointStatus).toBe('change_requested');

    const sent = await postForm(server.url + actionPath, {
      action: 'revise',
      note: 'Good idea — pricing is on.',
      agenda: AGENDA_WITH_PRICING(items),
    });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain('The revised agenda is on its way.');
    await h.tick();

    const [revision, ...again] = await sentOf('agenda_revision');
    expect(again).toEqual([]);
    if (!revision) throw new Error('no revised agenda sent');
    expect(revision.mail.subject).toBe(`Re: ${agenda.subject}`);
    expect(revision.mail.to).toMatchObject({ value: [{ address: PRIYA }] });
    // It answers Priya's reply, in the thread of the agenda.
    expect(revision.mail.inReplyTo).toBe('<r-change@acme-robotics.example>');
    expect(revision.mail.references).toEqual([agenda.messageId, '<r-change@acme-robotics.example>']);
    expect(revision.mail.text).toContain('Good idea — pricing is on.');
    expect(revision.mail.text).toContain(
      "What changed:\n  - Added to what we'll cover: Pricing for three warehouses",
    );
    expect(revision.mail.text).toContain('Pricing for three warehouses');
    // A fresh confirmation link of its own, which works.
    const confirmPath = await actionPathIn(revision.raw, 'c');
    expect(confirmPath).not.toBe(await actionPathIn((await mailIn(h, 'sent', agenda.messageId)).raw, 'c'));
    expect((await fetch(server.url + confirmPath)).status).toBe(200);

    const revised = await apiMeeting();
    expect(revised.pointStatus).toBe('revised');
    expect(revised.point.agenda).toContain('Pricing for three warehouses');
    expect(revised.point.source.agenda).toBe('rep');
    // The link acted once.
    expect((await postForm(server.url + actionPath, { action: 'keep' })).status).toBe(409);

    await priyaSays(revision.mail.messageId as string, 'Confirmed, thanks!', 'r-confirm');
    const confirmed = await apiMeeting();
    expect(confirmed.pointStatus).toBe('confirmed');
    expect(confirmed.confirmations.map((c) => [c.via, c.status, c.words])).toEqual([
      ['reply', 'change_requested', 'Can we add pricing to the agenda?'],
      ['reply', 'confirmed', 'Confirmed, thanks!'],
    ]);
    expect(confirmed.messages.filter((m) => m.kind === 'agenda_revision')).toMatchObject([
      { status: 'sent' },
    ]);
  });

  it('refuses a revision that changes nothing, and sends nothing', async () => {
    const { actionPath } = await changeRequested();
    const res = await postForm(server.url + actionPath, { action: 'revise' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Nothing changed');
    await h.tick();
    expect(await sentOf('agenda_revision')).toEqual([]);
    expect((await apiMeeting()).pointStatus).toBe('change_requested');
    // The link still works: nothing was done with it.
    expect((await fetch(server.url + actionPath)).status).toBe(200);
  });
});

describe('settling without a new email', () => {
  it('marks the point confirmed from the page, with the rep’s note, and sends nothing to the prospect', async () => {
    const { actionPath } = await changeRequested();
    const res = await postForm(server.url + actionPath, {
      action: 'mark_confirmed',
      note: 'agreed on a call',
    });
    expect(res.status).toBe(200);
    await h.tick();
    const m = await apiMeeting();
    expect(m.pointStatus).toBe('confirmed');
    expect(m.confirmations.map((c) => [c.via, c.status, c.words])).toEqual([
      ['reply', 'change_requested', 'Can we add pricing to the agenda?'],
      ['rep', 'confirmed', 'agreed on a call'],
    ]);
    expect(await sentOf('agenda_revision')).toEqual([]);
  });

  it('keeps the point as is when the rep replies "keep" to the notice from their own mailbox', async () => {
    const { notice } = await changeRequested();
    await repReplies(notice.mail.messageId as string, 'keep\n\nthanks', 'rep-keep');
    const m = await apiMeeting();
    expect(m.pointStatus).toBe('unconfirmed');
    expect(m.confirmations.at(-1)).toMatchObject({ via: 'rep', status: 'unconfirmed' });
  });

  it('does nothing when a "confirmed" reply to the notice did not come from the rep’s mailbox', async () => {
    const { notice } = await changeRequested();
    // Someone writes in the rep's name: the mail is in the inbox only.
    await dropProspectReply(h, {
      from: REP.email,
      name: 'Dana Whitfield',
      parentMessageId: notice.mail.messageId as string,
      body: 'confirmed',
      id: 'forged',
    });
    h.clock.advance(60_000);
    await h.tick();
    expect((await apiMeeting()).pointStatus).toBe('change_requested');
  });

  it('after a decline, "Keep going" plans the meeting’s steps again', async () => {
    const { agenda } = await agendaSent(h, { event: ACME_DISCOVERY });
    await priyaSays(agenda.messageId, 'Thanks, but we are not interested any more.', 'r-decline');
    const [notice] = await sentOf('rep_notice');
    if (!notice) throw new Error('no notice');
    expect(notice.mail.text).toContain('Keep going');
    const pending = () =>
      h.ctx.db.step.count({ where: { meetingId: agenda.meetingId as string, status: 'pending' } });
    expect(await pending()).toBe(0);
    const page = await (await fetch(server.url + (await actionPathIn(notice.raw, 'a')))).text();
    expect(page).toContain('Priya declined the meeting');
    expect(page).not.toContain('Revise and send</button>');
    const res = await postForm(server.url + (await actionPathIn(notice.raw, 'a')), { action: 'keep_going' });
    expect(res.status).toBe(200);
    expect((await apiMeeting()).pointStatus).toBe('unconfirmed');
    expect(await pending()).toBeGreaterThan(0);
  });
});

describe('a disputed recap, revised', () => {
  it('sends the revised recap in the thread and the next step becomes revised', async () => {
    const { meeting } = await agendaSent(h, { event: ACME_DISCOVERY });
    h.clock.set('2026-12-09T15:46:00Z');
    await h.tick();
    await recordOutcome(h.ctx, meeting.id, {
      agreed: 'route planning costs the Joliet site six hours a week',
      nextStep: 'a technical deep-dive with Sam',
      owner: 'rep',
    });
    await h.tick();
    const [recap] = await sentOf('recap');
    if (!recap) throw new Error('no recap sent');
    await priyaSays(recap.mail.messageId as string, 'Not quite: Sam is out, it has to be Lee.', 'r-dispute');
    expect((await apiMeeting()).recap?.status).toBe('disputed');
    const [notice] = await sentOf('rep_notice');
    if (!notice) throw new Error('no notice');
    const actionPath = await actionPathIn(notice.raw, 'a');
    expect(await (await fetch(server.url + actionPath)).text()).toContain('Priya disputes the recap');

    const res = await postForm(server.url + actionPath, {
      action: 'revise',
      nextStep: 'a technical deep-dive with Lee',
    });
    expect(res.status).toBe(200);
    await h.tick();
    const [revision] = await sentOf('recap_revision');
    if (!revision) throw new Error('no revised recap');
    expect(revision.mail.subject).toBe(recap.mail.subject);
    expect(revision.mail.inReplyTo).toBe('<r-dispute@acme-robotics.example>');
    expect(revision.mail.text).toContain('The next step, now: a technical deep-dive with Lee');
    const m = await apiMeeting();
    expect(m.recap).toMatchObject({ nextStep: 'a technical deep-dive with Lee', status: 'revised' });
  });
});

describe('what the rep may do, and who may answer', () => {
  it('takes only the actions the page offers: no revision after a decline, nothing on a cancelled meeting', async () => {
    const { agenda } = await agendaSent(h, { event: ACME_DISCOVERY });
    await priyaSays(agenda.messageId, 'Thanks, but we are not interested any more.', 'r-decline');
    const [notice] = await sentOf('rep_notice');
    if (!notice) throw new Error('no notice');
    const link = server.url + (await actionPathIn(notice.raw, 'a'));
    const items = (await h.ctx.db.meeting.findFirstOrThrow()).agendaItems as string[];
    const refused = await postForm(link, { action: 'revise', agenda: AGENDA_WITH_PRICING(items) });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('does not apply');
    // "confirmed" in reply to the decline notice is not offered either: nothing moves.
    await repReplies(notice.mail.messageId as string, 'Confirmed', 'rep-confirm');
    expect((await apiMeeting()).pointStatus).toBe('declined');
    await h.tick();
    expect(await sentOf('agenda_revision')).toEqual([]);

    await h.ctx.db.meeting.updateMany({ data: { status: 'cancelled' } });
    const page = await (await fetch(link)).text();
    expect(page).toContain('Nothing to do here now.');
    expect((await postForm(link, { action: 'keep_going' })).status).toBe(409);
  });

  it('keeps what the rep typed when a revision changes nothing', async () => {
    const { actionPath } = await changeRequested();
    const res = await postForm(server.url + actionPath, { action: 'revise', note: 'See you Wednesday' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('Nothing changed');
    expect(page).toContain('>See you Wednesday</textarea>');
  });

  it('does not take a colleague’s reply-all for the prospect’s answer, and copies them on the revision', async () => {
    const sam = 'sam.ortiz@northwind.example';
    const withSam = {
      ...ACME_DISCOVERY,
      attendees: [...(ACME_DISCOVERY.attendees ?? []), { email: sam, name: 'Sam Ortiz' }],
    };
    const { agenda, sentAgenda } = await agendaSent(h, { event: withSam });
    expect(sentAgenda.cc).toMatchObject({ value: [{ address: sam }] });
    await dropProspectReply(h, {
      from: sam,
      name: 'Sam Ortiz',
      parentMessageId: agenda.messageId,
      body: 'Not interested in this slot, sorry: I cannot make it.',
      id: 'sam-1',
    });
    h.clock.advance(60_000);
    await h.tick();
    expect((await apiMeeting()).pointStatus).toBe('unconfirmed');
    expect(await sentOf('rep_notice')).toEqual([]);

    await priyaSays(agenda.messageId, 'Can we add pricing to the agenda?', 'r-change');
    const [notice] = await sentOf('rep_notice');
    if (!notice) throw new Error('no notice');
    const items = (await h.ctx.db.meeting.findFirstOrThrow()).agendaItems as string[];
    await postForm(server.url + (await actionPathIn(notice.raw, 'a')), {
      action: 'revise',
      agenda: AGENDA_WITH_PRICING(items),
    });
    await h.tick();
    const [revision] = await sentOf('agenda_revision');
    expect(revision?.mail.to).toMatchObject({ value: [{ address: PRIYA }] });
    expect(revision?.mail.cc).toMatchObject({ value: [{ address: sam }] });
  });

  it('names who answered, not everyone the agenda went to, and says where a revision goes', async () => {
    const raj = 'raj.patel@acme-robotics.example';
    const withRaj = {
      ...ACME_DISCOVERY,
      attendees: [...(ACME_DISCOVERY.attendees ?? []), { email: raj, name: 'Raj Patel' }],
    };
    const { agenda } = await agendaSent(h, { event: withRaj });
    await dropProspectReply(h, {
      from: raj,
      name: 'Raj Patel',
      parentMessageId: agenda.messageId,
      body: 'Can we add pricing to the agenda?',
      id: 'raj-1',
    });
    h.clock.advance(60_000);
    await h.tick();
    const [notice] = await sentOf('rep_notice');
    if (!notice) throw new Error('no notice');
    const page = await (await fetch(server.url + (await actionPathIn(notice.raw, 'a')))).text();
    expect(page).toContain('<h1>Raj asked to change the agenda</h1>');
    expect(page).toContain('What Raj said');
    expect(page).toContain(`goes at once to ${PRIYA}, ${raj}`);
  });
});
