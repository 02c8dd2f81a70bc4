/**
 * "Suggest a change" posted again and again on one `/c/` link: one notice to the rep per
 * link per 10 minutes, and one Confirmation that holds every text. Time moves only by the
 * harness clock.
 */
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { actionPathIn, postForm, serveApp, type TestServer } from '../helpers/http.js';

let h: Harness;
let server: TestServer;
let link: string;

beforeEach(async () => {
  // Tuesday 11:30 New York, the agenda of Wednesday's demo goes out at once (auto mode).
  h = await createHarness({ now: '2026-12-08T16:30:00Z', approvalMode: 'auto' });
  server = await serveApp(h.ctx);
  await h.writeEvent({
    uid: 'globex@test',
    title: 'Globex — product demo',
    start: new Date('2026-12-09T16:00:00Z'),
    end: new Date('2026-12-09T17:00:00Z'),
    organizer: REP.email,
    attendees: [{ email: REP.email }, { email: 'marge@globex.example', name: 'Marge Tanaka' }],
  });
  await h.tick();
  const [agenda] = await h.mailbox('sent');
  link = await actionPathIn(await h.readMail('sent', agenda as string), 'c');
});
afterEach(async () => {
  await server.close();
  await h.cleanup();
});

const suggest = (change: string) => postForm(server.url + link, { action: 'change', change });

/** The rep notices delivered so far, after running what is due. */
async function notices() {
  await h.tick();
  const sent = await Promise.all(
    (await h.mailbox('sent')).map(async (f) => simpleParser(await h.readMail('sent', f))),
  );
  return sent.filter((m) => m.headers.get('x-agendum-kind') === 'rep_notice');
}

describe('the confirmation page’s words', () => {
  it('names the rep and company, gives the time in the meeting’s zone, and promises nothing', async () => {
    // The rep's own zone changes nothing for the prospect: the page keeps the meeting's.
    await h.ctx.db.rep.update({ where: { id: h.repId }, data: { timeZone: 'Europe/Berlin' } });
    const page = await (await fetch(server.url + link)).text();
    expect(page).toContain(
      'Dana Whitfield at Northwind asks you to confirm the plan for this meeting, or to suggest a change.',
    );
    // The event is written in UTC, so UTC is the meeting's zone, as in the agenda Marge got.
    const [agenda] = await h.mailbox('sent');
    expect((await simpleParser(await h.readMail('sent', agenda as string))).text).toContain(
      'Wednesday, December 9 at 4:00 PM UTC',
    );
    expect(page).toContain('Wednesday, December 9 at 4:00 PM UTC');
    const answered = await (await suggest('Please add the depot pilot.')).text();
    expect(answered).toContain('Dana Whitfield can see your suggestion now, before the meeting.');
    expect(answered).not.toContain('We will get back to you');
    const confirmed = await (await postForm(server.url + link, { action: 'confirm' })).text();
    expect(confirmed).toContain('Dana Whitfield can now see that you confirmed.');
    expect(confirmed).not.toContain('See you then');
  });
});

describe('change notices from the confirmation page', () => {
  it('sends one notice for five changes on one link, and keeps all five texts', async () => {
    const texts = [1, 2, 3, 4, 5].map((i) => `Change number ${i}: add the depot pilot.`);
    for (const text of texts) {
      expect((await suggest(text)).status).toBe(200);
      h.clock.advance(60_000);
    }
    const sent = await notices();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain(texts[0]);
    // Anyone the email went to can open the link: the notice names nobody as having clicked.
    expect(sent[0]?.subject).toBe('Someone asked to change the agenda: Globex — product demo');
    expect(sent[0]?.text).toContain(
      'Someone with the confirmation link (it went to marge@globex.example) answered',
    );
    const confirmations = await h.ctx.db.confirmation.findMany();
    expect(confirmations).toHaveLength(1);
    for (const text of texts) expect(confirmations[0]?.reply).toContain(text);
    expect(confirmations[0]?.updatedAt.toISOString()).toBe('2026-12-08T16:34:00.000Z');
    expect((await h.ctx.db.meeting.findFirstOrThrow()).pointStatus).toBe('change_requested');
  });

  it('sends one notice when the five arrive at once', async () => {
    const res = await Promise.all([1, 2, 3, 4, 5].map((i) => suggest(`Concurrent change ${i}`)));
    expect(res.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await notices()).toHaveLength(1);
    const [only] = await h.ctx.db.confirmation.findMany();
    for (const i of [1, 2, 3, 4, 5]) expect(only?.reply).toContain(`Concurrent change ${i}`);
  });

  it('sends a new notice for a change 10 minutes after the first', async () => {
    await suggest('First thought.');
    h.clock.advance(9 * 60_000);
    await suggest('Second thought.');
    h.clock.advance(60_000);
    await suggest('A new request, ten minutes on.');
    const sent = await notices();
    expect(sent.map((m) => m.text?.includes('A new request, ten minutes on.'))).toEqual([false, true]);
    expect(await h.ctx.db.confirmation.count()).toBe(2);
  });

  it('marks the point changed again when a change follows a confirm on the same link', async () => {
    await suggest('Add pricing.');
    await postForm(server.url + link, { action: 'confirm' });
    expect((await h.ctx.db.meeting.findFirstOrThrow()).pointStatus).toBe('confirmed');
    await suggest('Actually, add pricing after all.');
    expect((await h.ctx.db.meeting.findFirstOrThrow()).pointStatus).toBe('change_requested');
    expect(await notices()).toHaveLength(1);
  });
});
