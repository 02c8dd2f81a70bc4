/**
 * The on-disk mailbox: `<root>/<email>/{drafts,outbox,sent,inbox}/*.eml`, one RFC 5322
 * message per file. Files are always written under a dot-prefixed temporary name and
 * renamed into place, so a reader never sees half a message. Mail is private: folders are
 * created 0700 and messages 0600 (a rename keeps the mode).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors.js';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../security/private-files.js';
import { HEADER_BYTES } from './mail-headers.js';

export type MailFolder = 'drafts' | 'outbox' | 'sent' | 'inbox';

// Addresses become folder names: only plain ones, so an attendee's address cannot escape root.
const SAFE_ADDRESS = /^[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9][a-z0-9.-]{0,252}$/;

/** The mailbox folder of one address, or undefined when the address is unfit for a folder name. */
export function mailboxDirFor(root: string, email: string): string | undefined {
  const address = email.trim().toLowerCase();
  return SAFE_ADDRESS.test(address) && !address.includes('..') ? path.join(root, address) : undefined;
}

/** A message file name: time first (so `ls` sorts by time), then the Message-ID, made safe. */
export function messageFileName(messageId: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
  const slug = messageId
    .replace(/^<|>$/g, '')
    .replace(/[^A-Za-z0-9._@-]+/g, '_')
    .slice(0, 80);
  return `${stamp}-${slug || 'message'}.eml`;
}

/** Checks a draft or message id handed back by a caller: a plain `.eml` name, nothing else. */
export function assertMessageFileName(name: string): void {
  if (!/^[^/\\]{1,200}\.eml$/.test(name) || name.startsWith('.')) {
    throw new AppError('bad_request', `"${name.slice(0, 80)}" is not a local mailbox message id.`);
  }
}

/** Writes `data` to `dir/name` atomically (temp file + rename), creating `dir` if needed. */
export async function writeMessageFile(dir: string, name: string, data: Buffer): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const temp = path.join(dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    await rename(temp, path.join(dir, name));
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** The `.eml` names in a folder, sorted; a missing folder is empty. Temp files are skipped. */
export async function listMessageFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => !n.startsWith('.') && n.endsWith('.eml')).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** The first bytes of a message file: its headers, without reading a large body. */
export async function readMessageHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
