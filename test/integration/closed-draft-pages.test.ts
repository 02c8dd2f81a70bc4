/**
 * The approval page of a draft that is no longer waiting, on the embedded default: a used
 * `/a/` link, or a draft decided elsewhere (skipped on the dashboard, withdrawn with its
 * cancelled meeting), says what happened to the draft in words and links its meeting on
 * the dashboard. And no page or live preview of a draft ever carries the prospect's signed
 * `/c/` link: the HTML part links the preview link, the text part says "[confirmation link]".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness.js';
import { postForm, serveApp, type TestServer } from '../helpers/http.js';
import { meetingAwaitingApproval, PROPOSAL_REVIEW, recapAwaitingApproval } from '../helpers/scenario.js';
import { signIn } from '../helpers/signin.js';

/** A signed token in a `/c/` link, as links.ts mints them (body.signature). */
const SIGNED_CONFIRM_LINK = /\/c\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/;

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

/** The dashboard's card of the meeting, as the page links it. */
const meetingLink = (meetingId: string) => `href="${h.ctx.config.http.publicUrl}/#meeting-${meetingId}"`;

describe('a draft that is no longer waiting', () => {
  it('says on the used link that the agenda was sent, and when, and links the meeting', async () => {
    const { meeting, approvalPath } = await meetingAwaitingApproval(h);
    expect((await postForm(server.url + approvalPath, { action: 'approve' })).status).toBe(200);
    await h.tick();

    for (const res of [
      await fetch(server.url + approvalPath),
      await postForm(server.url + approvalPath, { action: 'approve' }),
    ]) {
      expect(res.status).toBe(409);
      const page = await res.text();
      expect(page).toContain('This link was already used');
      expect(page).toContain(
        'The agenda was approved and sent to alice@umbrella.example on Tuesday, December 8 at 11:30 AM EST.',
      );
      expect(page).toContain(meetingLink(meeting.id));
    }
  });

  it('says the agenda was skipped when the dashboard skipped it, on the link and the review page', async () => {
    const { meeting, agenda, approvalPath } = await meetingAwaitingApproval(h);
    const session = await signIn(h.ctx, server.url, 'dana@northwind.example');
    const review = `${server.url}/messages/${agenda.id}`;
    const skipped = await fetch(review, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: session.csrf, action: 'skip' }),
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(skipped.status).toBe(200);

    const pages = [
      await fetch(server.url + approvalPath),
      await fetch(review, { headers: { cookie: session.cookie } }),
    ];
    for (const res of pages) {
      expect(res.status).toBe(409);
      const page = await res.text();
      expect(page).toContain('The agenda was skipped');
      expect(page).toContain('nothing was sent');
      expect(page).toContain(meetingLink(meeting.id));
    }
  });

  it('says the agenda was withdrawn when its meeting was cancelled', async () => {
    const { meeting, approvalPath } = await meetingAwaitingApproval(h);
    await h.writeEvent({ ...PROPOSAL_REVIEW, status: 'CANCELLED', sequence: 2 });
    await h.tick();
    const res = await fetch(server.url + approvalPath);
    expect(res.status).toBe(409);
    const page = await res.text();
    expect(page).toContain('The agenda was withdrawn because the meeting was cancelled: nothing was sent');
    expect(page).toContain(meetingLink(meeting.id));
  });
});

/** The page, its live preview and a posted preview of the draft at `link`, edited with `edits`. */
async function expectPlaceholders(link: string, edits: Record<string, string>): Promise<void> {
  const page = await (await fetch(server.url + link)).text();
  expect(page).not.toMatch(SIGNED_CONFIRM_LINK);
  expect(page).toContain('[confirmation link]');
  // The frame's document (served under the page, preview-frame.ts) links the preview link.
  const frame = await (await fetch(`${server.url}${link}/frame`)).text();
  expect(frame).not.toMatch(SIGNED_CONFIRM_LINK);
  expect(frame).toContain(`href="${h.ctx.config.http.publicUrl}/c/preview"`);

  const preview = await fetch(`${server.url}${link}/preview`, {
    method: 'POST',
    body: new URLSearchParams({ ...edits, action: 'preview' }),
  });
  const raw = await preview.text();
  expect(raw).not.toMatch(SIGNED_CONFIRM_LINK);
  const json = JSON.parse(raw) as { text: string };
  expect(json.text).toContain(Object.values(edits)[0]);
  expect(json.text).toContain('[confirmation link]');
  const editedFrame = await (
    await fetch(`${server.url}${link}/frame`, {
      method: 'POST',
      body: new URLSearchParams({ ...edits, action: 'preview' }),
    })
  ).text();
  expect(editedFrame).toContain(Object.values(edits)[0]);
  expect(editedFrame).not.toMatch(SIGNED_CONFIRM_LINK);
  expect(editedFrame).toContain(`href="${h.ctx.config.http.publicUrl}/c/preview"`);

  const shown = await (await postForm(server.url + link, { ...edits, action: 'preview' })).text();
  expect(shown).not.toMatch(SIGNED_CONFIRM_LINK);
}

describe('the prospect’s confirmation link on the rep’s pages', () => {
  it('is a placeholder in both parts of an agenda, first view and edited', async () => {
    const { approvalPath } = await meetingAwaitingApproval(h);
    await expectPlaceholders(approvalPath, { purpose: 'to settle the rollout timeline' });
  });

  it('is a placeholder in both parts of a recap, first view and edited', async () => {
    const { approvalPath } = await recapAwaitingApproval(h);
    await expectPlaceholders(approvalPath, { nextStep: 'send Sam the pilot plan for Joliet' });
  });
});

describe('the approval email’s Skip link', () => {
  it('asks before skipping: opening it changes nothing, and only the button skips', async () => {
    const { approvalRequest, agenda } = await meetingAwaitingApproval(h);
    const skip = /Skip[^:\n]*:\s*(\S+\?action=skip)/.exec(approvalRequest.text ?? '')?.[1];
    expect(skip).toBeTruthy();
    const link = new URL(skip as string);
    const page = await (await fetch(server.url + link.pathname + link.search)).text();
    expect(page).toContain('<h1>Skip the agenda?</h1>');
    expect(page).toContain('Nothing will be sent to alice@umbrella.example for this meeting.');
    expect(page).not.toContain('Approve &amp; send');
    await h.tick();
    expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } })).status).toBe(
      'awaiting_approval',
    );

    const res = await postForm(server.url + link.pathname, { action: 'skip' });
    expect(res.status).toBe(200);
    expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } })).status).toBe('skipped');
  });
});
