/**
 * The local mailbox on a temp folder: drafts, sending through outbox into sent, delivery to
 * local inboxes, finding a sent message by its Message-ID, and reading new inbox mail.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { createLocalMailProvider } from '../../src/providers/local/local-mail-provider.js';
import type { MailProvider, OutboundMail } from '../../src/providers/types.js';

const REP = 'dana@northwind.example';
let root: string;
let mail: MailProvider;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'agendum-mail-'));
  mail = createLocalMailProvider({ root, repEmail: REP });
});
afterEach(() => rm(root, { recursive: true, force: true }));

function message(opts: { id: string; to?: string[]; body?: string; references?: string }): OutboundMail {
  const to = opts.to ?? ['Priya Raman <priya.raman@acme-robotics.example>'];
  const headers = [
    `From: Dana Whitfield <${REP}>`,
    `To: ${to.join(', ')}`,
    'Subject: Agenda for Tuesday',
    `Message-ID: ${opts.id}`,
    ...(opts.references
      ? [`In-Reply-To: ${opts.references.split(' ').at(-1)}`, `References: ${opts.references}`]
      : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ];
  const raw = Buffer.from(`${headers.join('\r\n')}\r\n\r\n${opts.body ?? 'Hi Priya,\r\n\r\nDana\r\n'}`);
  return { messageId: opts.id, from: REP, to, subject: 'Agenda for Tuesday', raw };
}

const folder = (name: string, who = REP) => path.join(root, who, name);
const files = async (name: string, who = REP) =>
  (await readdir(folder(name, who)).catch(() => [] as string[])).sort();

describe('drafts', () => {
  it('creates, updates and deletes a draft file, creating folders on first use', async () => {
    const { draftId } = await mail.createDraft(message({ id: '<a1@agendum.test>' }));
    expect(await files('drafts')).toEqual([draftId]);
    await mail.updateDraft(draftId, message({ id: '<a1@agendum.test>', body: 'Moved to Wednesday.\r\n' }));
    expect(await readFile(path.join(folder('drafts'), draftId), 'utf8')).toContain('Moved to Wednesday.');
    await mail.deleteDraft(draftId);
    expect(await files('drafts')).toEqual([]);
    await expect(mail.deleteDraft(draftId)).resolves.toBeUndefined();
  });

  it('refuses to update a draft the rep already sent or deleted', async () => {
    const { draftId } = await mail.createDraft(message({ id: '<a2@agendum.test>' }));
    await mail.deleteDraft(draftId);
    const update = mail.updateDraft(draftId, message({ id: '<a2@agendum.test>' }));
    await expect(update).rejects.toMatchObject({ code: 'not_found' });
    expect(await files('drafts')).toEqual([]);
  });

  it('rejects a draft id that is a path', async () => {
    await expect(mail.deleteDraft('../../etc/passwd.eml')).rejects.toBeInstanceOf(AppError);
  });
});

describe('send', () => {
  it('moves the message through outbox into sent, byte for byte', async () => {
    const out = message({ id: '<s1@agendum.test>' });
    const ref = await mail.send(out);
    expect(await files('outbox')).toEqual([]);
    expect(await files('sent')).toEqual([ref.providerMessageId]);
    expect(await readFile(path.join(folder('sent'), ref.providerMessageId))).toEqual(out.raw);
    expect(ref.threadId).toBe('<s1@agendum.test>');
  });

  it('never shows a partial file in outbox or sent', async () => {
    const out = message({ id: '<big@agendum.test>', body: `${'x'.repeat(998)}\r\n`.repeat(20_000) });
    let done = false;
    const sending = mail.send(out).finally(() => {
      done = true;
    });
    const seenSizes: number[] = [];
    while (!done) {
      for (const name of ['outbox', 'sent']) {
        for (const file of (await files(name)).filter((f) => f.endsWith('.eml'))) {
          const data = await readFile(path.join(folder(name), file)).catch(() => null);
          if (data) seenSizes.push(data.length);
        }
      }
      await new Promise((r) => setImmediate(r));
    }
    await sending;
    expect(seenSizes.every((size) => size === out.raw.length)).toBe(true);
    expect((await files('sent')).filter((f) => !f.endsWith('.eml'))).toEqual([]);
  });

  it('threads a reply under the root of its References', async () => {
    const ref = await mail.send(
      message({ id: '<r2@agendum.test>', references: '<root@acme.example> <r1@agendum.test>' }),
    );
    expect(ref.threadId).toBe('<root@acme.example>');
  });

  it("puts a mail to oneself in sent and inbox, and in other local reps' inboxes", async () => {
    await mkdir(path.join(root, 'sam@northwind.example'));
    const ref = await mail.send(
      message({
        id: '<self@agendum.test>',
        to: [`Dana Whitfield <${REP}>`, 'Sam@Northwind.example', 'x@outside.example'],
      }),
    );
    expect(await files('sent')).toEqual([ref.providerMessageId]);
    expect(await files('inbox')).toEqual([ref.providerMessageId]);
    expect(await files('inbox', 'sam@northwind.example')).toEqual([ref.providerMessageId]);
    expect(await readdir(root)).not.toContain('x@outside.example');
  });
});

describe('findSent', () => {
  it('finds a sent message by Message-ID, with or without angle brackets', async () => {
    const ref = await mail.send(message({ id: '<f1@agendum.test>' }));
    expect(await mail.findSent({ messageId: '<f1@agendum.test>' })).toEqual({
      providerMessageId: ref.providerMessageId,
      threadId: '<f1@agendum.test>',
    });
    expect((await mail.findSent({ messageId: 'f1@agendum.test' }))?.providerMessageId).toBe(
      ref.providerMessageId,
    );
    expect(await mail.findSent({ messageId: '<never-sent@agendum.test>' })).toBeNull();
  });

  it('finds a draft the rep edited and moved to sent by hand', async () => {
    expect(await mail.findSent({ messageId: '<d1@agendum.test>' })).toBeNull();
    const { draftId } = await mail.createDraft(message({ id: '<d1@agendum.test>' }));
    const draftPath = path.join(folder('drafts'), draftId);
    await writeFile(
      draftPath,
      (await readFile(draftPath, 'utf8')).replace('Hi Priya,', 'Hi Priya — see you then,'),
    );
    await mkdir(folder('sent'), { recursive: true });
    await rename(draftPath, path.join(folder('sent'), 'my-sent-copy.eml'));
    expect(await mail.findSent({ messageId: '<d1@agendum.test>' })).toMatchObject({
      providerMessageId: 'my-sent-copy.eml',
    });
  });

  it('notices a file whose headers changed since the last lookup', async () => {
    const ref = await mail.send(message({ id: '<old@agendum.test>' }));
    expect(await mail.findSent({ messageId: '<old@agendum.test>' })).not.toBeNull();
    const file = path.join(folder('sent'), ref.providerMessageId);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('<old@agendum.test>', '<renamed-id@agendum.test>'),
    );
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    expect(await mail.findSent({ messageId: '<old@agendum.test>' })).toBeNull();
    expect(await mail.findSent({ messageId: '<renamed-id@agendum.test>' })).not.toBeNull();
  });
});

describe('listInbound', () => {
  const drop = async (name: string, id: string) => {
    await mkdir(folder('inbox'), { recursive: true });
    await writeFile(path.join(folder('inbox'), name), message({ id }).raw);
  };

  it('lists every message already there on a null cursor, then only new ones', async () => {
    await drop('b.eml', '<b@acme.example>');
    await drop('a.eml', '<a@acme.example>');
    const first = await mail.listInbound(null);
    expect(first.messages.map((m) => m.providerMessageId).sort()).toEqual(['a.eml', 'b.eml']);
    expect(first.messages[0]?.raw.toString()).toContain('Message-ID:');
    expect(first.messages[0]?.receivedAt).toBeInstanceOf(Date);

    const again = await mail.listInbound(first.cursor);
    expect(again.messages).toEqual([]);

    await drop('c.eml', '<c@acme.example>');
    const next = await mail.listInbound(again.cursor);
    expect(next.messages.map((m) => [m.providerMessageId, m.threadId])).toEqual([
      ['c.eml', '<c@acme.example>'],
    ]);
  });

  it('sees a copied message whose modification time is old (cp -p)', async () => {
    const { cursor } = await mail.listInbound(null);
    await drop('old.eml', '<old@acme.example>');
    await utimes(path.join(folder('inbox'), 'old.eml'), new Date('2020-01-01'), new Date('2020-01-01'));
    expect((await mail.listInbound(cursor)).messages.map((m) => m.providerMessageId)).toEqual(['old.eml']);
  });

  it('ignores temp files and reads everything again on a cursor it cannot read', async () => {
    await drop('a.eml', '<a@acme.example>');
    await writeFile(path.join(folder('inbox'), '.a.eml.1234.tmp'), 'half');
    const result = await mail.listInbound('garbage');
    expect(result.messages.map((m) => m.providerMessageId)).toEqual(['a.eml']);
  });

  it('delivers a message sent to the rep as inbound mail', async () => {
    const { cursor } = await mail.listInbound(null);
    await mail.send(message({ id: '<to-me@agendum.test>', to: [REP] }));
    const next = await mail.listInbound(cursor);
    expect(next.messages).toHaveLength(1);
    expect(next.messages[0]?.raw.toString()).toContain('<to-me@agendum.test>');
  });

  it('marks as sent by the mailbox only the very message that is in sent/', async () => {
    const { cursor } = await mail.listInbound(null);
    await mail.send(message({ id: '<mine@agendum.test>', to: [REP] }));
    // Inbox only, with the rep's From: anyone can write that.
    await drop('forged.eml', '<forged@agendum.test>');
    // Reuses the Message-ID of something the rep sent, with other words.
    const agenda = await mail.send(message({ id: '<agenda@agendum.test>' }));
    const reused = message({ id: '<agenda@agendum.test>', body: 'approve\r\n' }).raw;
    await writeFile(path.join(folder('inbox'), 'reused.eml'), reused);
    const next = await mail.listInbound(cursor);
    const flags = Object.fromEntries(next.messages.map((m) => [m.providerMessageId, m.sentByMailbox]));
    expect(flags).toEqual({
      [(await files('sent')).find((f) => f.includes('mine')) as string]: true,
      'forged.eml': false,
      'reused.eml': false,
    });
    expect(await files('inbox')).not.toContain(agenda.providerMessageId);
  });
});
