/**
 * The embedded mailbox: RFC 5322 files on disk, one folder per rep under a shared root.
 * Sending writes the message to `outbox/` and renames it into `sent/` (that rename is the
 * moment of sending), then delivers a copy to the inbox of every recipient that has a
 * mailbox under the same root — the rep included, so a mail to oneself lands in both, as in
 * Gmail, and local reps can mail each other.
 *
 * An inbox message counts as sent by this mailbox only when the very same message (same
 * Message-ID, same bytes) is in `sent/`: a sent message's inbox copy is byte-identical, and
 * only the mailbox's owner writes `sent/`. The bytes are compared too, so mail reusing the
 * Message-ID of something the rep sent (an agenda a prospect received) is not the rep's.
 */
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.js';
import { PRIVATE_DIR_MODE } from '../../security/private-files.js';
import type { MailProvider, OutboundMail, ProviderMessageRef } from '../types.js';
import { listInboundMail } from './inbound-mail.js';
import { headerValue, messageIdOf, messageIdsIn, readHeaders, threadIdOf } from './mail-headers.js';
import {
  assertMessageFileName,
  type MailFolder,
  mailboxDirFor,
  messageFileName,
  writeMessageFile,
} from './maildir.js';
import { createMessageIndex } from './sent-index.js';

export interface LocalMailOptions {
  /** Folder holding one mailbox folder per address. */
  root: string;
  repEmail: string;
  /** Clock for file names (tests); defaults to the system clock. */
  now?: () => Date;
}

/** The bare address in "Name <a@b>" or "a@b", lower-cased. */
function addressOf(recipient: string): string {
  const bracketed = /<([^<>]+)>\s*$/.exec(recipient);
  return (bracketed?.[1] ?? recipient).trim().toLowerCase();
}

async function isDirectory(dir: string): Promise<boolean> {
  return stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** The thread a sent message belongs to: the caller's, else the root of its References. */
function threadFor(mail: OutboundMail): string {
  return (
    mail.threadId ?? threadIdOf(readHeaders(mail.raw)) ?? messageIdsIn(mail.inReplyTo)[0] ?? mail.messageId
  );
}

/**
 * Copies a sent message into the inbox of each recipient with a mailbox under `root`: the
 * sender's own (`home`) always exists; any other address only when its folder does, so an
 * outside address is simply not local.
 */
async function deliverCopies(root: string, home: string, name: string, mail: OutboundMail): Promise<void> {
  const recipients = new Set([...mail.to, ...(mail.cc ?? [])].map(addressOf));
  for (const address of recipients) {
    const mailbox = mailboxDirFor(root, address);
    if (mailbox && (mailbox === home || (await isDirectory(mailbox)))) {
      await writeMessageFile(path.join(mailbox, 'inbox'), name, mail.raw);
    }
  }
}

/** Creates the local mail provider for one rep; folders are created on first use. */
export function createLocalMailProvider(options: LocalMailOptions): MailProvider {
  const home = mailboxDirFor(options.root, options.repEmail);
  if (!home) {
    throw new AppError('config_invalid', `"${options.repEmail}" cannot be used as a local mailbox address.`);
  }
  const folder = (name: MailFolder) => path.join(home, name);
  const now = options.now ?? (() => new Date());
  const sentIndex = createMessageIndex(folder('sent'));

  /**
   * Whether `raw` is, byte for byte, a message in this mailbox's `sent/`. Mail From anyone
   * else cannot be, so a prospect's reply costs no search of `sent/`.
   */
  const inSent = async (raw: Buffer): Promise<boolean> => {
    const fields = readHeaders(raw);
    if (addressOf(headerValue(fields, 'from') ?? '') !== options.repEmail.trim().toLowerCase()) return false;
    const messageId = messageIdOf(fields);
    const found = messageId ? await sentIndex.find(messageId) : null;
    if (!found) return false;
    const sent = await readFile(path.join(folder('sent'), found.file)).catch(() => null);
    return sent?.equals(raw) ?? false;
  };

  return {
    kind: 'local',
    async createDraft(mail) {
      const draftId = messageFileName(mail.messageId, now());
      await writeMessageFile(folder('drafts'), draftId, mail.raw);
      return { draftId };
    },
    async updateDraft(draftId, mail) {
      assertMessageFileName(draftId);
      if (!(await stat(path.join(folder('drafts'), draftId)).catch(() => null))) {
        // Gmail answers 404 too: a draft the rep sent or deleted must not come back.
        throw new AppError(
          'not_found',
          `Draft ${draftId} is no longer in ${folder('drafts')}; it was sent or deleted.`,
        );
      }
      await writeMessageFile(folder('drafts'), draftId, mail.raw);
    },
    async deleteDraft(draftId) {
      assertMessageFileName(draftId);
      await rm(path.join(folder('drafts'), draftId), { force: true });
    },
    async send(mail): Promise<ProviderMessageRef> {
      const name = messageFileName(mail.messageId, now());
      await writeMessageFile(folder('outbox'), name, mail.raw);
      await mkdir(folder('sent'), { recursive: true, mode: PRIVATE_DIR_MODE });
      await rename(path.join(folder('outbox'), name), path.join(folder('sent'), name));
      await deliverCopies(options.root, home, name, mail);
      return { providerMessageId: name, threadId: threadFor(mail) };
    },
    async findSent({ messageId }) {
      const found = await sentIndex.find(messageId);
      return found
        ? { providerMessageId: found.file, ...(found.threadId ? { threadId: found.threadId } : {}) }
        : null;
    },
    listInbound: (cursor) => listInboundMail(folder('inbox'), cursor, inSent),
  };
}
