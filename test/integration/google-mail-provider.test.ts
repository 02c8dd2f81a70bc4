/**
 * The Gmail provider through the real googleapis SDK against the loopback emulator:
 * drafts, threaded sends, the exactly-once Sent lookup, draft mode, and history polling.
 */
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMime } from '../../src/compose/build-mime.js';
import { AppError } from '../../src/errors.js';
import type { MailProvider, OutboundMail } from '../../src/providers/types.js';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { googleProvidersFor } from '../helpers/google-service.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya@acme-robotics.example';

let emu: GoogleEmulator;
let mail: MailProvider;
let sleeps: number[];
let counter = 0;

async function outbound(opts: {
  to?: string;
  subject?: string;
  text?: string;
  inReplyTo?: string;
  threadId?: string;
}): Promise<OutboundMail> {
  const messageId = `<test-${++counter}-${Date.now()}@agendum.test>`;
  const to = opts.to ?? PROSPECT;
  const subject = opts.subject ?? 'Agenda for Wednesday';
  const raw = await buildMime({
    from: { name: 'Dana', address: REP },
    to: [{ address: to }],
    subject,
    text: opts.text ?? 'Hello',
    html: `<p>${opts.text ?? 'Hello'}</p>`,
    messageId,
    ...(opts.inReplyTo ? { inReplyTo: opts.inReplyTo, references: [opts.inReplyTo] } : {}),
  });
  return {
    messageId,
    from: REP,
    to: [to],
    subject,
    raw,
    ...(opts.threadId ? { threadId: opts.threadId } : {}),
    ...(opts.inReplyTo ? { inReplyTo: opts.inReplyTo } : {}),
  };
}

/** A raw reply from outside, as a prospect's mail client would send it. */
function replyFrom(from: string, subject: string, inReplyTo: string): Buffer {
  return Buffer.from(
    [
      `From: Priya Raman <${from}>`,
      `To: ${REP}`,
      `Subject: Re: ${subject}`,
      `Message-ID: <reply-${++counter}@acme-robotics.example>`,
      `In-Reply-To: ${inReplyTo}`,
      `References: ${inReplyTo}`,
      `Date: ${new Date().toUTCString()}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Sounds good, see you then.',
      '',
    ].join('\r\n'),
  );
}

beforeEach(async () => {
  emu = await startGoogleEmulator();
  const refreshToken = emu.addUser(REP);
  sleeps = [];
  ({
    providers: { mail },
  } = googleProvidersFor(emu, { email: REP, refreshToken, sleeps, sendTimeoutMs: 400 }));
});
afterEach(async () => {
  expect(emu.unimplemented).toEqual([]);
  await emu.close();
});

describe('Gmail provider: drafts and sends', () => {
  it('creates, replaces and deletes a draft; a draft that is gone cannot be updated', async () => {
    const draft = await mail.createDraft(await outbound({ text: 'first' }));
    expect(emu.folder(REP, 'DRAFT')).toHaveLength(1);
    await mail.updateDraft(draft.draftId, await outbound({ text: 'second version' }));
    const drafts = emu.folder(REP, 'DRAFT');
    expect(drafts).toHaveLength(1);
    expect((await simpleParser(drafts[0]?.raw as Buffer)).text).toContain('second version');
    await mail.deleteDraft(draft.draftId);
    await mail.deleteDraft(draft.draftId); // already gone: not an error
    expect(emu.folder(REP, 'DRAFT')).toEqual([]);
    const err = await mail.updateDraft(draft.draftId, await outbound({})).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('not_found');
  });

  it('sends with our Message-ID, threads a reply only with threadId + In-Reply-To + subject', async () => {
    const agenda = await outbound({});
    const sent = await mail.send(agenda);
    const [stored] = emu.folder(REP, 'SENT');
    expect(stored?.messageIdHeader).toBe(agenda.messageId);
    expect(emu.delivered.map((d) => [d.to, d.messageId])).toEqual([[PROSPECT, agenda.messageId]]);

    const recap = await outbound({
      subject: 'Re: Agenda for Wednesday',
      inReplyTo: agenda.messageId,
      threadId: sent.threadId as string,
    });
    expect((await mail.send(recap)).threadId).toBe(sent.threadId);
    const unrelated = await outbound({ subject: 'Something else', threadId: sent.threadId as string });
    expect((await mail.send(unrelated)).threadId).not.toBe(sent.threadId);
  });

  it('finds a sent message by Message-ID, and nothing for one never sent', async () => {
    const m = await outbound({});
    expect(await mail.findSent({ messageId: m.messageId })).toBeNull();
    const ref = await mail.send(m);
    expect(await mail.findSent({ messageId: m.messageId })).toEqual({ ...ref, messageIdHeader: m.messageId });
  });

  it('does not repeat a send whose response timed out after Gmail accepted it', async () => {
    const m = await outbound({});
    emu.inject('gmail.messages.send', { kind: 'accept_then_delay', delayMs: 1500 });
    const err = await mail.send(m).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('provider_unavailable');
    expect(emu.count('gmail.messages.send')).toBe(1);
    expect(emu.folder(REP, 'SENT')).toHaveLength(1);
    expect(await mail.findSent({ messageId: m.messageId })).not.toBeNull();
  });

  it('does not repeat a send that failed with 500, but repeats one refused with 429 or 403', async () => {
    const failed = await outbound({});
    emu.inject('gmail.messages.send', { kind: 'server_error' });
    const err = await mail.send(failed).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('provider_unavailable');
    expect((err as AppError).details.retryAt).toBeInstanceOf(Date);
    expect(emu.count('gmail.messages.send')).toBe(1);
    expect(await mail.findSent({ messageId: failed.messageId })).toBeNull();

    const refused = await outbound({});
    emu.inject('gmail.messages.send', { kind: 'rate_limit_429', retryAfterSeconds: 3 });
    emu.inject('gmail.messages.send', { kind: 'rate_limit_403', reason: 'userRateLimitExceeded' });
    await mail.send(refused);
    expect(emu.count('gmail.messages.send')).toBe(4);
    expect(sleeps[0]).toBeGreaterThanOrEqual(3000);
    expect(emu.folder(REP, 'SENT').map((s) => s.messageIdHeader)).toEqual([refused.messageId]);
  });

  it('recognises a draft the rep sent from Gmail, even after agendum replaced its content', async () => {
    const m = await outbound({});
    const draft = await mail.createDraft(m);
    expect(await mail.findSent({ messageId: m.messageId, draft })).toBeNull();
    await mail.updateDraft(draft.draftId, m);
    await emu.sendDraftAsUser(REP, draft.draftId);
    const found = await mail.findSent({ messageId: m.messageId, draft });
    expect(found?.providerMessageId).toBe(emu.folder(REP, 'SENT')[0]?.id);
  });
});

describe('Gmail provider: inbound', () => {
  it('reads new inbox mail from history, never drafts or plain sends, then nothing twice', async () => {
    const first = await mail.listInbound(null);
    expect(first.messages).toEqual([]);
    const agenda = await outbound({});
    await mail.send(agenda);
    await mail.createDraft(await outbound({}));
    const reply = await emu.deliver(REP, replyFrom(PROSPECT, agenda.subject, agenda.messageId));
    const next = await mail.listInbound(first.cursor);
    expect(next.messages.map((m) => m.providerMessageId)).toEqual([reply.id]);
    expect(next.messages[0]?.threadId).toBe(emu.folder(REP, 'SENT')[0]?.threadId);
    const parsed = await simpleParser(next.messages[0]?.raw as Buffer);
    expect(parsed.inReplyTo).toBe(agenda.messageId);
    expect(Number(next.cursor)).toBeGreaterThan(Number(first.cursor));
    expect((await mail.listInbound(next.cursor)).messages).toEqual([]);
  });

  it('sees a message the rep sent to themselves (approval requests land in INBOX)', async () => {
    const first = await mail.listInbound(null);
    await mail.send(await outbound({ to: REP, subject: 'Approve the agenda' }));
    const next = await mail.listInbound(first.cursor);
    expect(next.messages).toHaveLength(1);
  });

  it('does not fetch what the caller already knows (agendum mail to the rep), and reads the rest', async () => {
    const first = await mail.listInbound(null);
    const own = await mail.send(await outbound({ to: REP, subject: 'Approve the agenda' }));
    const agenda = await outbound({});
    await mail.send(agenda);
    const reply = await emu.deliver(REP, replyFrom(PROSPECT, agenda.subject, agenda.messageId));
    const asked: string[][] = [];
    const getsBefore = emu.count('gmail.messages.get');
    const next = await mail.listInbound(first.cursor, async (ids) => {
      asked.push(ids);
      return new Set([own.providerMessageId]);
    });
    expect(asked).toEqual([expect.arrayContaining([own.providerMessageId, reply.id])]);
    expect(next.messages.map((m) => m.providerMessageId)).toEqual([reply.id]);
    expect(emu.count('gmail.messages.get') - getsBefore).toBe(1);
  });

  it('says the mailbox sent a message only when Gmail labels it SENT, never by its From', async () => {
    const first = await mail.listInbound(null);
    const own = await outbound({ to: REP, subject: 'Approve the agenda' });
    await mail.send(own);
    const forged = await emu.deliver(REP, replyFrom(REP, 'Approve the agenda', own.messageId));
    const next = await mail.listInbound(first.cursor);
    const ownId = emu.folder(REP, 'SENT').find((m) => m.messageIdHeader === own.messageId)?.id as string;
    expect(emu.folder(REP, 'INBOX').map((m) => m.id)).toEqual(expect.arrayContaining([ownId, forged.id]));
    expect(Object.fromEntries(next.messages.map((m) => [m.providerMessageId, m.sentByMailbox]))).toEqual({
      [ownId]: true,
      [forged.id]: false,
    });
  });

  it('re-establishes the cursor from a bounded recent search when history answers 404', async () => {
    const first = await mail.listInbound(null);
    const agenda = await outbound({});
    await mail.send(agenda);
    const reply = await emu.deliver(REP, replyFrom(PROSPECT, agenda.subject, agenda.messageId));
    emu.mailbox(REP).expireHistory();
    const next = await mail.listInbound(first.cursor);
    expect(emu.requests.filter((r) => r.route === 'gmail.history.list').map((r) => r.status)).toEqual([404]);
    expect(next.messages.map((m) => m.providerMessageId)).toEqual([reply.id]);
    expect(Number(next.cursor)).toBeGreaterThanOrEqual(emu.mailbox(REP).historyId);
    expect((await mail.listInbound(next.cursor)).messages).toEqual([]);
  });
});
