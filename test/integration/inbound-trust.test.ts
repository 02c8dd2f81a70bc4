/**
 * Inbound mail is judged by evidence, not by its From header, on the embedded default: a
 * command to agendum counts only when the rep's own mailbox sent it (the local provider's
 * evidence: the same message is in sent/), and a prospect's answer only from someone who
 * may answer for the meeting. Anything else changes nothing and is shown to the rep.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestInbox } from '../../src/workflows/inbound/ingest-inbox.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import type { TestEvent } from '../helpers/ics.js';
import { ACME_DISCOVERY, agendaSent, meetingAwaitingApproval, PRIYA } from '../helpers/scenario.js';

const SAM = 'sam.ops@acme-robotics.example';
const discovery = ACME_DISCOVERY;
const followUp: TestEvent = {
  uid: 'acme-2@test',
  title: 'Acme Robotics — follow-up',
  start: new Date('2026-12-16T15:00:00Z'),
  end: new Date('2026-12-16T15:30:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: SAM, name: 'Sam Ortiz' }],
};
// Any approval (/a/) or confirmation (/c/) link: a notice must never carry one.
const ACTION_LINK = /\/[ac]\/[A-Za-z0-9_-]{8,}/;

let h: Harness;
afterEach(async () => h?.cleanup());

const mailDir = (folder: string) => path.join(h.dataDir, 'mail', REP.email, folder);

/** A raw reply to `parent`. */
function reply(o: { from: string; name?: string; parent: string; id: string; body: string }): string {
  return [
    `From: ${o.name ?? 'Someone'} <${o.from}>`,
    `To: ${REP.email}`,
    'Subject: Re: Agenda',
    `Message-ID: <${o.id}>`,
    `In-Reply-To: ${o.parent}`,
    `References: ${o.parent}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.body,
    '',
  ].join('\r\n');
}

/** Drops a message into the rep's inbox, and into sent/ too when their mailbox sent it. */
async function drop(raw: string, name: string, opts: { sentByRep?: boolean } = {}): Promise<void> {
  const folders = opts.sentByRep ? ['sent', 'inbox'] : ['inbox'];
  for (const folder of folders) {
    await mkdir(mailDir(folder), { recursive: true });
    await writeFile(path.join(mailDir(folder), name), raw);
  }
}

async function parsedFolder(folder: 'sent' | 'outbox') {
  return Promise.all((await h.mailbox(folder)).map(async (f) => simpleParser(await h.readMail(folder, f))));
}

async function notices() {
  return (await parsedFolder('sent')).filter((m) => m.headers.get('x-agendum-kind') === 'rep_notice');
}

/** The agenda awaiting approval and the approval request the rep received. */
async function awaitApproval() {
  h = await createHarness({ now: '2026-12-08T15:00:00Z' });
  const { agenda, approvalRequest: request } = await meetingAwaitingApproval(h, { event: discovery });
  expect(agenda.status).toBe('awaiting_approval');
  return { agenda, request };
}

describe("the rep's commands", () => {
  it('does nothing on a forged "approve" in the rep\'s name, and tells the rep', async () => {
    const { agenda, request } = await awaitApproval();
    const link = /\S*\/a\/\S+/.exec(request.text ?? '')?.[0] as string;
    expect(link).toMatch(ACTION_LINK);
    const raw = reply({
      from: REP.email,
      name: REP.name,
      parent: request.messageId as string,
      id: 'forged-1@attacker.example',
      body: `approve\r\nIt is all here: ${link} thanks`,
    });
    await drop(raw, 'forged.eml');
    await h.tick();
    await h.tick();

    expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } })).status).toBe(
      'awaiting_approval',
    );
    const outgoing = [...(await parsedFolder('sent')), ...(await parsedFolder('outbox'))];
    expect(outgoing.filter((m) => m.messageId === agenda.messageId)).toEqual([]);
    expect(outgoing.filter((m) => JSON.stringify(m.to).includes(PRIYA))).toEqual([]);
    const [notice, ...more] = await notices();
    expect(more).toEqual([]);
    expect(notice?.to).toMatchObject({ value: [{ address: REP.email }] });
    expect(notice?.text).toContain('was not sent from your own mailbox');
    expect(notice?.text).toContain('> approve\n> It is all here: [link removed] thanks');
    expect(notice?.text).not.toContain('agendum went by');
    expect(notice?.text).not.toMatch(ACTION_LINK);
    expect(notice?.html).not.toMatch(ACTION_LINK);
  });

  it('ignores another rep\'s genuine "approve" to this rep\'s approval request (forwarded to them)', async () => {
    const { agenda, request } = await awaitApproval();
    const lee = 'lee@northwind.example';
    const other = await h.ctx.db.rep.create({
      data: {
        email: lee,
        name: 'Lee',
        timeZone: 'UTC',
        orgDomains: ['northwind.example'],
        businessHours: h.ctx.config.repDefaults.businessHours,
        ignoreRules: [],
      },
    });
    const conn = await h.ctx.db.connection.create({ data: { repId: other.id, provider: 'local' } });
    const raw = reply({
      from: lee,
      parent: request.messageId as string,
      id: 'lee-1@northwind.example',
      body: 'approve',
    }).replace(`To: ${REP.email}`, `To: ${lee}`);
    for (const folder of ['sent', 'inbox']) {
      const dir = path.join(h.dataDir, 'mail', lee, folder);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'lee-1.eml'), raw);
    }
    const summary = await ingestInbox(h.ctx, conn.id);
    expect(summary.handled).toEqual({ ignored: 1 });
    await h.tick();
    expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } })).status).toBe(
      'awaiting_approval',
    );
  });

  it('approves and sends exactly once when the rep\'s own mailbox sent the "approve"', async () => {
    const { agenda, request } = await awaitApproval();
    const raw = reply({
      from: REP.email,
      name: REP.name,
      parent: request.messageId as string,
      id: 'reply-1@northwind.example',
      body: 'Approve',
    });
    await drop(raw, 'reply-1.eml', { sentByRep: true });
    await h.tick();
    await h.tick();
    expect((await h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } })).status).toBe('sent');
    const sent = await parsedFolder('sent');
    expect(sent.filter((m) => m.messageId === agenda.messageId)).toHaveLength(1);
    expect(await notices()).toEqual([]);
  });
});

describe("a prospect's answers", () => {
  async function sendAgenda() {
    h = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
    const { agenda } = await agendaSent(h, { event: discovery });
    expect(agenda.status).toBe('sent');
    return agenda;
  }

  it('changes nothing when someone who is not an attendee declines, and quotes them to the rep', async () => {
    const agenda = await sendAgenda();
    const pendingBefore = await h.ctx.db.step.count({ where: { status: 'pending' } });
    expect(pendingBefore).toBeGreaterThan(0);
    const words = "We decline <b>this</b> meeting, we're not interested. Cancel it.";
    await drop(
      reply({
        from: 'mallory@rival.example',
        parent: agenda.messageId,
        id: 'x-1@rival.example',
        body: words,
      }),
      'stranger.eml',
    );
    await h.tick();

    const meeting = await h.ctx.db.meeting.findFirstOrThrow({ include: { confirmations: true } });
    expect(meeting.pointStatus).toBe('unconfirmed');
    expect(meeting.confirmations).toEqual([]);
    expect(await h.ctx.db.step.count({ where: { status: 'cancelled' } })).toBe(0);
    expect(await h.ctx.db.step.count({ where: { status: 'pending' } })).toBe(pendingBefore);
    const [notice] = await notices();
    expect(notice?.subject).toContain('not acted on');
    expect(notice?.text).toContain(`> ${words}`);
    expect(notice?.text).toContain('mallory@rival.example');
    expect(notice?.html).toContain('We decline &lt;b&gt;this&lt;/b&gt; meeting');
    expect(notice?.text).not.toMatch(ACTION_LINK);
    expect(notice?.html).not.toMatch(ACTION_LINK);
  });

  it("counts a recap confirmation from a colleague the rep emailed at the account's domain, not from elsewhere", async () => {
    const agenda = await sendAgenda();
    await h.writeEvent(followUp);
    h.clock.set('2026-12-09T15:46:00Z');
    await h.tick();
    const prompt = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap_prompt' } });
    const answer = reply({
      from: REP.email,
      parent: prompt.messageId,
      id: 'rep-recap@northwind.example',
      body: 'Agreed: the Joliet re-plans come first\r\nNext step: a deep-dive with Sam\r\nBy: Friday',
    });
    await drop(answer, 'rep-recap.eml', { sentByRep: true });
    await h.tick();
    const recap = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'recap', status: 'sent' } });
    expect(recap.inReplyTo).toBe(agenda.messageId);
    h.clock.set('2026-12-15T15:00:00Z'); // the follow-up's agenda goes to Sam
    await h.tick();
    const agendas = await h.ctx.db.message.findMany({ where: { kind: 'agenda', status: 'sent' } });
    expect(agendas.map((a) => a.to)).toContainEqual([SAM]);

    const confirm = (from: string, id: string) =>
      reply({ from, parent: recap.messageId, id, body: 'Confirmed, that is what we agreed.' });
    await drop(confirm('lee@globex.example', 'c-1@globex.example'), 'outsider.eml');
    await drop(confirm('kim@acme-robotics.example', 'c-2@acme-robotics.example'), 'not-emailed.eml');
    await h.tick();
    expect((await h.ctx.db.outcome.findFirstOrThrow()).nextStepStatus).toBe('sent');
    expect(
      (await notices()).filter((n) => n.text?.includes('Confirmed, that is what we agreed.')),
    ).toHaveLength(2);

    await drop(confirm(SAM, 'c-3@acme-robotics.example'), 'sam.eml');
    await h.tick();
    expect((await h.ctx.db.outcome.findFirstOrThrow()).nextStepStatus).toBe('confirmed');
  });
});
