/**
 * A prospect's yes to an agenda counts for the meeting's own day only: read with the
 * meeting the agenda is about, "Confirmed for Thursday" for a Wednesday meeting leaves the
 * point unconfirmed for the rep to check, and "see you Wednesday" confirms it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { ACME_DISCOVERY, agendaSent, PRIYA } from '../helpers/scenario.js';

let h: Harness;
afterEach(async () => h?.cleanup());

/** Priya's reply to `parent`, dropped into the rep's inbox. */
async function priyaReplies(parent: string, id: string, body: string): Promise<void> {
  const raw = [
    `From: Priya Raman <${PRIYA}>`,
    `To: ${REP.email}`,
    'Subject: Re: Agenda',
    `Message-ID: <${id}>`,
    `In-Reply-To: ${parent}`,
    `References: ${parent}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');
  const inbox = path.join(h.dataDir, 'mail', REP.email, 'inbox');
  await mkdir(inbox, { recursive: true });
  await writeFile(path.join(inbox, `${id}.eml`), raw);
}

describe("a yes to an agenda, read with the meeting's day", () => {
  it('leaves a yes for another day unconfirmed, and confirms one for the meeting day', async () => {
    h = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
    // ACME_DISCOVERY: Wednesday, December 9, 10:00 in New York.
    const { agenda } = await agendaSent(h, { event: ACME_DISCOVERY });

    await priyaReplies(agenda.messageId, 'p-1@acme-robotics.example', 'Confirmed for Thursday.');
    await h.tick();
    const first = await h.ctx.db.meeting.findFirstOrThrow({ include: { confirmations: true } });
    expect(first.pointStatus).toBe('unconfirmed');
    expect(first.confirmations.map((c) => c.intent)).toEqual(['unclear']);
    expect(first.confirmations[0]?.evidence).toContain('the meeting is on Wednesday, December 9');

    await priyaReplies(agenda.messageId, 'p-2@acme-robotics.example', 'Confirmed, see you Wednesday.');
    await h.tick();
    const second = await h.ctx.db.meeting.findFirstOrThrow();
    expect(second.pointStatus).toBe('confirmed');
  });
});
