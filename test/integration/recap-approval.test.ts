/**
 * Approving a recap, on the embedded default: the approval request names it a recap, its
 * `/a/` link still works after the meeting (it lives APPROVAL_LINK_TTL_HOURS from when it
 * was sent), and the page edits the agreed point and the next step (what, who, by when)
 * with a live preview. Approving with edits updates the meeting's Outcome and sends the
 * re-rendered recap in the agenda's thread. The dashboard's review page does the same.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { postForm, serveApp, type TestServer } from '../helpers/http.js';
import { mailIn, recapAwaitingApproval } from '../helpers/scenario.js';
import { signIn } from '../helpers/signin.js';

// Wednesday 2026-12-09: the proposal review ends 11:45 New York (16:45Z); the recap is drafted at
// 16 minutes past, and its approval request sent then.
const AFTER_MEETING = '2026-12-09T17:01:00Z';
const HOUR_AFTER_MEETING = '2026-12-09T17:45:00Z';

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

/** The recap awaiting approval (the clock at AFTER_MEETING), and its approval request's link. */
async function recapWaiting() {
  const scenario = await recapAwaitingApproval(h);
  expect(scenario.agenda.status).toBe('sent');
  expect(scenario.recap.status).toBe('awaiting_approval');
  expect(h.clock.now.toISOString()).toBe(new Date(AFTER_MEETING).toISOString());
  return { ...scenario, request: scenario.approvalRequest, link: scenario.approvalPath };
}

const EDITS = {
  agreed: 'the proposal fits once the rollout starts with the Joliet site',
  nextStep: 'send Sam the pilot plan for Joliet',
  owner: 'both',
  due: 'next Friday',
};

describe('recap approval', () => {
  it('names the recap, works an hour after the meeting, and sends the edited recap in the agenda’s thread', async () => {
    const { agenda, recap, request, link } = await recapWaiting();
    expect(request.subject).toBe(`Approve recap: ${recap.subject}`);
    expect(request.subject).toMatch(/^Approve recap: Re: Agenda for/);
    expect(request.text).toContain('Your recap for "Umbrella Corp — proposal review"');
    expect(request.text).toContain('is ready');

    h.clock.set(HOUR_AFTER_MEETING);
    const page = await fetch(server.url + link);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('Review the recap');
    expect(body).toMatch(
      /<textarea id="agreed" name="agreed"[^>]*>the proposal fits, apart from the rollout timeline</,
    );
    expect(body).toMatch(/<textarea id="nextStep" name="nextStep"[^>]*>send a revised timeline</);
    expect(body).toMatch(/<option value="rep" selected>/);
    // The stored date, in words in the rep's zone, so a wrong reading is caught.
    expect(body).toContain('Friday, December 11');

    // The live preview: the date read and said in words; nothing saved.
    const preview = await fetch(`${server.url}${link}/preview`, {
      method: 'POST',
      body: new URLSearchParams({ ...EDITS, action: 'preview' }),
    });
    expect(preview.status).toBe(200);
    const json = (await preview.json()) as { subject: string; text: string; due: string };
    expect(json.due).toBe('Friday, December 18');
    expect(json.text).toContain('send Sam the pilot plan for Joliet');
    expect(json.text).toContain('December 18');
    expect((await h.ctx.db.outcome.findFirstOrThrow()).nextStep).toBe('send a revised timeline');

    const approved = await postForm(server.url + link, { ...EDITS, action: 'approve' });
    expect(approved.status).toBe(200);
    expect(await approved.text()).toContain('The recap is on its way to alice@umbrella.example');
    await h.tick();

    const outcome = await h.ctx.db.outcome.findFirstOrThrow();
    expect(outcome).toMatchObject({
      agreed: EDITS.agreed,
      nextStep: EDITS.nextStep,
      nextStepOwner: 'both',
      nextStepDue: new Date('2026-12-18T22:00:00Z'), // 17:00 New York
    });
    const sent = await h.ctx.db.message.findUniqueOrThrow({ where: { id: recap.id } });
    expect(sent.status).toBe('sent');
    const { mail } = await mailIn(h, 'sent', sent.messageId);
    expect(mail.subject).toBe(`Re: ${agenda.subject}`);
    expect(mail.inReplyTo).toBe(agenda.messageId);
    expect([mail.references].flat()).toContain(agenda.messageId);
    expect(mail.to).toMatchObject({ value: [{ address: 'alice@umbrella.example' }] });
    expect(mail.text).toContain(EDITS.agreed);
    expect(mail.text).toContain('send Sam the pilot plan for Joliet');
    expect(mail.text).toContain('by Friday, December 18');
    expect(mail.text).not.toContain('send a revised timeline');
  });

  it('shows an unreadable date as an error on the page and approves nothing', async () => {
    const { recap, link } = await recapWaiting();
    h.clock.set(HOUR_AFTER_MEETING);
    const preview = await fetch(`${server.url}${link}/preview`, {
      method: 'POST',
      body: new URLSearchParams({ ...EDITS, due: 'sometime soonish', action: 'preview' }),
    });
    expect(((await preview.json()) as { dueError?: string }).dueError).toContain('sometime soonish');

    const res = await postForm(server.url + link, { ...EDITS, due: 'sometime soonish', action: 'approve' });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain('Review the recap');
    expect(body).toContain('Could not read “sometime soonish” as a date');
    // What the rep typed stays in the form to correct.
    expect(body).toContain('value="sometime soonish"');
    expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: recap.id } })).status).toBe(
      'awaiting_approval',
    );
    expect((await h.ctx.db.outcome.findFirstOrThrow()).nextStep).toBe('send a revised timeline');
    // The link was not used up: the rep corrects the date and approves.
    expect((await postForm(server.url + link, { ...EDITS, action: 'approve' })).status).toBe(200);
  });

  it('lives APPROVAL_LINK_TTL_HOURS from when it was sent, not past it', async () => {
    const { link } = await recapWaiting();
    const expires = new Date(AFTER_MEETING).getTime() + h.ctx.config.approvalLinkTtlHours * 3_600_000;
    h.clock.set(new Date(expires - 60_000));
    expect((await fetch(server.url + link)).status).toBe(200);
    h.clock.set(new Date(expires));
    const res = await fetch(server.url + link);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('expired');
  });

  it('is edited and approved from the dashboard’s review page too', async () => {
    const { recap } = await recapWaiting();
    h.clock.set(HOUR_AFTER_MEETING);
    const { cookie, csrf } = await signIn(h.ctx, server.url, REP.email);
    const dashboard = await (await fetch(`${server.url}/`, { headers: { cookie } })).text();
    expect(dashboard).toContain(`href="/messages/${recap.id}"`);
    const page = await fetch(`${server.url}/messages/${recap.id}`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="nextStep"');
    const res = await fetch(`${server.url}/messages/${recap.id}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...EDITS, owner: 'prospect', _csrf: csrf, action: 'approve' }),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('The recap is on its way');
    await h.tick();
    const sent = await h.ctx.db.message.findUniqueOrThrow({ where: { id: recap.id } });
    expect(sent.status).toBe('sent');
    expect(sent.text).toContain('send Sam the pilot plan for Joliet');
    expect((await h.ctx.db.outcome.findFirstOrThrow()).nextStepOwner).toBe('prospect');
  });
});
