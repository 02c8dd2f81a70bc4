/**
 * New messages in an inbox folder since a cursor. The watermark is the files' ctime: set by
 * the kernel when a file is created or renamed into the folder, so `cp -p` or a copied
 * Maildir cannot make a new message look old (mtime can). Timestamps are coarse and two
 * files can share one, so the cursor also remembers the names seen in the last few seconds
 * before the watermark; a file is new when it is newer than that margin or not among them.
 *
 * A null cursor lists every message already there: the demo and a freshly connected local
 * mailbox start with what is in the folder.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InboundMail } from '../types.js';
import { readHeaders, threadIdOf } from './mail-headers.js';
import { listMessageFiles } from './maildir.js';

const MARGIN_NS = 5_000_000_000n;
/** Messages returned per call; the cursor continues from the last one. */
export const INBOUND_BATCH = 200;

interface InboundCursor {
  /** Watermark: the highest ctime seen, in nanoseconds. */
  t: bigint;
  /** Names seen with a ctime within MARGIN_NS of the watermark. */
  n: Set<string>;
}

interface FileStamp {
  name: string;
  ctimeNs: bigint;
}

function decode(cursor: string | null): InboundCursor | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(cursor) as { t?: unknown; n?: unknown };
    if (typeof parsed.t !== 'string' || !/^\d{1,30}$/.test(parsed.t) || !Array.isArray(parsed.n)) return null;
    return { t: BigInt(parsed.t), n: new Set(parsed.n.filter((x): x is string => typeof x === 'string')) };
  } catch {
    return null;
  }
}

async function stampsOf(dir: string): Promise<FileStamp[]> {
  const stamps: FileStamp[] = [];
  for (const name of await listMessageFiles(dir)) {
    try {
      stamps.push({ name, ctimeNs: (await stat(path.join(dir, name), { bigint: true })).ctimeNs });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return stamps.sort((a, b) =>
    a.ctimeNs === b.ctimeNs ? a.name.localeCompare(b.name) : a.ctimeNs < b.ctimeNs ? -1 : 1,
  );
}

function nextCursor(stamps: FileStamp[], previous: InboundCursor | null, taken: FileStamp[]): string {
  let t = previous?.t ?? 0n;
  for (const s of taken) if (s.ctimeNs > t) t = s.ctimeNs;
  const seen = new Set([...(previous?.n ?? []), ...taken.map((s) => s.name)]);
  const names = stamps.filter((s) => s.ctimeNs > t - MARGIN_NS && seen.has(s.name)).map((s) => s.name);
  return JSON.stringify({ t: t.toString(), n: names });
}

/**
 * Lists messages added to `dir` since `cursor`, oldest first, at most INBOUND_BATCH.
 * `sentByMailbox` tells whether a message is this mailbox's own (see InboundMail).
 */
export async function listInboundMail(
  dir: string,
  cursor: string | null,
  sentByMailbox: (raw: Buffer) => Promise<boolean>,
): Promise<{ messages: InboundMail[]; cursor: string }> {
  const previous = decode(cursor);
  const stamps = await stampsOf(dir);
  const fresh = stamps.filter(
    (s) => !previous || (s.ctimeNs > previous.t - MARGIN_NS && !previous.n.has(s.name)),
  );
  const messages: InboundMail[] = [];
  const taken: FileStamp[] = [];
  for (const stamp of fresh.slice(0, INBOUND_BATCH)) {
    let raw: Buffer;
    try {
      raw = await readFile(path.join(dir, stamp.name));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const threadId = threadIdOf(readHeaders(raw));
    messages.push({
      providerMessageId: stamp.name,
      ...(threadId ? { threadId } : {}),
      raw,
      receivedAt: new Date(Number(stamp.ctimeNs / 1_000_000n)),
      sentByMailbox: await sentByMailbox(raw),
    });
    taken.push(stamp);
  }
  return { messages, cursor: nextCursor(stamps, previous, taken) };
}
