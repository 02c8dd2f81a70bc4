/**
 * Message-ID lookup over a mail folder. The rep may put files there by hand (in `draft`
 * mode they "send" agendum's draft by moving it to sent, maybe after editing it), so the
 * headers are the truth, not the file names. Parsed headers are cached by file name, mtime
 * and size, so each lookup costs one stat per file and reads only new or changed files.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { messageIdOf, normalizeMessageId, readHeaders, threadIdOf } from './mail-headers.js';
import { listMessageFiles, readMessageHead } from './maildir.js';

interface IndexEntry {
  mtimeMs: number;
  size: number;
  messageId?: string;
  threadId?: string;
}

export interface MessageIndex {
  /** The file holding `messageId`, with its thread, or null. */
  find(messageId: string): Promise<{ file: string; threadId?: string } | null>;
}

/** Creates an index over `dir` (which may not exist yet). */
export function createMessageIndex(dir: string): MessageIndex {
  const cache = new Map<string, IndexEntry>();

  async function refresh(file: string): Promise<IndexEntry | undefined> {
    const full = path.join(dir, file);
    try {
      const info = await stat(full);
      const hit = cache.get(file);
      if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
      const fields = readHeaders(await readMessageHead(full));
      const entry = {
        mtimeMs: info.mtimeMs,
        size: info.size,
        messageId: messageIdOf(fields),
        threadId: threadIdOf(fields),
      };
      cache.set(file, entry);
      return entry;
    } catch (err) {
      // Moved away between listing and reading: not here any more.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  return {
    async find(messageId) {
      const wanted = normalizeMessageId(messageId);
      const files = await listMessageFiles(dir);
      const present = new Set(files);
      for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
      // Newest names first: the message looked for was usually just sent.
      for (const file of files.reverse()) {
        const entry = await refresh(file);
        if (entry?.messageId === wanted) return { file, threadId: entry.threadId };
      }
      return null;
    },
  };
}
