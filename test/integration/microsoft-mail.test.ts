/**
 * The Graph mail provider against the emulator: MIME drafts keep our Message-ID and reply
 * headers, `/send` moves the draft to Sent Items under a new id, a send is never repeated
 * after a timeout or 5xx (only the Sent Items lookup decides), a draft the rep sent from
 * Outlook is recognised, and replies come back through inbox delta as raw MIME.
 */
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMime } from '../../src/compose/build-mime.js';
import type { AppError } from '../../src/errors.js';
import type { OutboundMail } from '../../src/providers/types.js';
import { type MicrosoftEmulator, startMicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { connectRig, MS_REP, type ProviderRig } from '../helpers/microsoft-provider.js';

const PROSPECT = 'priya.raman@acme-robotics.example';
const SEND = 'POST /v1.0/me/messages/{id}/send';
const CREATE = 'POST /v1.0/me/messages';

let emu: MicrosoftEmulator;
let rig: ProviderRig;
let seq = 0;

beforeEach(async () => {
  emu = await startMicrosoftEmulator();
  emu.addUser(MS_REP);
  rig = await connectRig(emu, { sendTimeoutMs: 300 });
});
afterEach(async () => {
  expect(emu.faults.unhandled).toEqual([]);
  await emu.close();
});

async function outbound(
  over: { to?: string[]; inReplyTo?: string; subject?: string } = {},
): Promise<OutboundMail> {
  const messageId = `<agenda-${++seq}.t3st+a/b=@agendum.northwind.example>`;
  const to = over.to ?? [PROSPECT];
  const subject = over.subject ?? 'Agenda for Wednesday';
  const raw = await buildMime({
    from: { name: MS_REP.name, address: MS_REP.email },
    to: to.map((address) => ({ address })),
    subject,
    text: 'Purpose: decide on the pilot.',
    html: '<p>Purpose: decide on the pilot.</p>',
    messageId,
    ...(over.inReplyTo ? { inReplyTo: over.inReplyTo, references: [over.inReplyTo] } : {}),
  });
  return {
    messageId,
    from: MS_REP.email,
    to,
    subject,
    raw,
    ...(over.inReplyTo ? { inReplyTo: over.inReplyTo } : {}),
  };
}

const box = () => emu.mailbox(MS_REP.email);

describe('Graph mail provider', () => {
  it('sends through a MIME draft that keeps our Message-ID, and finds it in Sent Items by it', async () => {
    const mail = await outbound({ inReplyTo: '<earlier@agendum.northwind.example>' });
    const ref = await rig.providers.mail.send(mail);
    const [sent] = box().inFolder('sentitems');
    expect(box().inFolder('drafts')).toEqual([]);
    expect(sent?.internetMessageId).toBe(mail.messageId);
    expect(ref).toEqual({ providerMessageId: sent?.id, threadId: sent?.conversationId });
    const parsed = await simpleParser(sent?.raw as Buffer);
    expect(parsed.inReplyTo).toBe('<earlier@agendum.northwind.example>');
    expect(emu.faults.count(SEND)).toBe(1);
    expect(await rig.providers.mail.findSent({ messageId: mail.messageId })).toEqual(ref);
    expect(await rig.providers.mail.findSent({ messageId: '<never@sent>' })).toBeNull();
  });

  it('delivers a message the rep sends to themselves into their own inbox', async () => {
    await rig.providers.mail.send(await outbound({ to: [MS_REP.email], subject: 'Approve the agenda?' }));
    expect(
      box()
        .inFolder('inbox')
        .map((m) => m.subject),
    ).toEqual(['Approve the agenda?']);
  });

  it('does not repeat a send whose response timed out; the Sent Items lookup finds it', async () => {
    const mail = await outbound();
    emu.faults.add({ route: SEND, delay: 1500 });
    const err = await rig.providers.mail.send(mail).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('provider_unavailable');
    expect(emu.faults.count(SEND)).toBe(1);
    expect(box().inFolder('sentitems')).toHaveLength(1);
    expect(await rig.providers.mail.findSent({ messageId: mail.messageId })).not.toBeNull();
  });

  it('does not repeat a send that got a 503; the next attempt reuses the draft', async () => {
    const mail = await outbound();
    emu.faults.add({ route: SEND, status: 503 });
    const err = await rig.providers.mail.send(mail).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('provider_unavailable');
    expect(emu.faults.count(SEND)).toBe(1);
    expect(await rig.providers.mail.findSent({ messageId: mail.messageId })).toBeNull();
    await rig.providers.mail.send(mail);
    expect(emu.faults.count(CREATE)).toBe(1);
    expect(emu.faults.count(SEND)).toBe(2);
    expect(
      box()
        .inFolder('sentitems')
        .map((m) => m.internetMessageId),
    ).toEqual([mail.messageId]);
  });

  it('repeats a send refused with 429 after Retry-After, and it goes out once', async () => {
    emu.faults.add({ route: SEND, status: 429, retryAfter: 3 });
    await rig.providers.mail.send(await outbound());
    expect(rig.waits).toEqual([expect.any(Number)]);
    expect(rig.waits[0]).toBeGreaterThanOrEqual(3000);
    expect(box().inFolder('sentitems')).toHaveLength(1);
  });

  it('creates, updates and deletes drafts; recognises a draft the rep sent from Outlook', async () => {
    const mail = await outbound();
    const draft = await rig.providers.mail.createDraft(mail);
    expect(await rig.providers.mail.createDraft(mail)).toEqual(draft); // no duplicate draft
    expect(box().inFolder('drafts')).toHaveLength(1);
    await rig.providers.mail.updateDraft(draft.draftId, { ...mail, subject: 'Agenda for Thursday' });
    const stored = box().messages.get(draft.draftId);
    expect(stored?.subject).toBe('Agenda for Thursday');
    expect((await simpleParser(stored?.raw as Buffer)).messageId).toBe(mail.messageId);
    expect(await rig.providers.mail.findSent({ messageId: mail.messageId, draft })).toBeNull();
    // The rep presses Send in Outlook.
    const sent = box().moveToSent(stored as NonNullable<typeof stored>, new Date());
    expect(await rig.providers.mail.findSent({ messageId: mail.messageId, draft })).toEqual({
      providerMessageId: sent.id,
      threadId: sent.conversationId,
    });
    const err = await rig.providers.mail.updateDraft(draft.draftId, mail).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('not_found');
    const other = await rig.providers.mail.createDraft(await outbound());
    await rig.providers.mail.deleteDraft(other.draftId);
    await rig.providers.mail.deleteDraft(other.draftId);
    expect(box().inFolder('drafts')).toEqual([]);
  });

  it('reads replies through inbox delta as raw MIME with their threading headers', async () => {
    const mail = await outbound();
    await rig.providers.mail.send(mail);
    const reply = (n: number) =>
      Buffer.from(
        [
          `From: Priya Raman <${PROSPECT}>`,
          `To: ${MS_REP.email}`,
          `Subject: RE: Agenda for Wednesday (${n})`,
          `Message-ID: <reply-${n}@acme-robotics.example>`,
          `In-Reply-To: ${mail.messageId}`,
          `References: ${mail.messageId}`,
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Works for us.',
          '',
        ].join('\r\n'),
      );
    await emu.deliver(MS_REP.email, reply(1));
    const first = await rig.providers.mail.listInbound(null);
    expect(first.messages).toHaveLength(1);
    const parsed = await simpleParser(first.messages[0]?.raw as Buffer);
    expect(parsed.inReplyTo).toBe(mail.messageId);
    expect(first.messages[0]?.threadId).toBe(box().inFolder('sentitems')[0]?.conversationId);
    expect(await rig.providers.mail.listInbound(first.cursor)).toMatchObject({ messages: [] });
    for (let i = 2; i <= 300; i++) await emu.deliver(MS_REP.email, reply(i));
    // 299 new messages, 50 a page, 4 pages a call: the cursor resumes the round.
    const second = await rig.providers.mail.listInbound(first.cursor);
    expect(second.messages).toHaveLength(200);
    expect(second.cursor).toContain('$skiptoken=');
    const third = await rig.providers.mail.listInbound(second.cursor);
    expect(third.messages).toHaveLength(99);
    expect(third.cursor).toContain('$deltatoken=');
    emu.rounds.reset('syncStateNotFound');
    const restarted = await rig.providers.mail.listInbound(third.cursor);
    expect(restarted.messages).toHaveLength(200); // a fresh bounded start; the core skips what it saw
  });
});

describe('Graph mail provider: whether the mailbox sent an inbox message', () => {
  const LOOKUP = 'GET /v1.0/me/mailFolders/{folder}/messages';
  const incoming = (from: string, messageId: string) =>
    Buffer.from(
      [
        `From: Dana Whitfield <${from}>`,
        `To: ${MS_REP.email}`,
        'Subject: RE: Approve the agenda?',
        `Message-ID: ${messageId}`,
        'In-Reply-To: <approval-1@agendum.northwind.example>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'approve',
        '',
      ].join('\r\n'),
    );

  it('says so only for a message whose Sent Items copy is addressed to the rep, never by From', async () => {
    const start = await rig.providers.mail.listInbound(null);
    const own = await outbound({ to: [MS_REP.email], subject: 'RE: Approve the agenda?' });
    await rig.providers.mail.send(own);
    const bcc = await outbound({ subject: 'Agenda, with a copy for me' });
    await rig.providers.mail.send({
      ...bcc,
      raw: Buffer.concat([Buffer.from(`Bcc: ${MS_REP.email}\r\n`), bcc.raw]),
    });
    const agenda = await outbound(); // to the prospect only: it never comes back to the Inbox
    await rig.providers.mail.send(agenda);
    const forged = await emu.deliver(MS_REP.email, incoming(MS_REP.email, '<forged-1@attacker.example>'));
    const reused = await emu.deliver(MS_REP.email, incoming(MS_REP.email, agenda.messageId));
    const prospect = await emu.deliver(MS_REP.email, incoming(PROSPECT, '<reply-9@acme-robotics.example>'));
    const lookupsBefore = emu.faults.count(LOOKUP);

    const { messages } = await rig.providers.mail.listInbound(start.cursor);
    const inboxCopy = (id: string) =>
      box()
        .inFolder('inbox')
        .find((m) => m.internetMessageId === id)?.id as string;
    expect(inboxCopy(own.messageId)).not.toBe(box().inFolder('sentitems')[0]?.id); // a copy of its own
    expect(Object.fromEntries(messages.map((m) => [m.providerMessageId, m.sentByMailbox]))).toEqual({
      [inboxCopy(own.messageId)]: true,
      [inboxCopy(bcc.messageId)]: true,
      [forged.id]: false,
      [reused.id]: false,
      [prospect.id]: false,
    });
    // One Sent Items lookup each for the two found, Sent Items and Outbox for the forged one,
    // one for the reused id; none for the prospect (From is not the rep).
    expect(emu.faults.count(LOOKUP) - lookupsBefore).toBe(5);
  });
});
