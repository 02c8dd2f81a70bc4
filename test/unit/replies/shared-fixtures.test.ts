/**
 * Quote and signature stripping against replies written in real mail clients (talon's
 * fixtures, see test/fixtures/replies/talon/README.md): every file in the manifest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInbound } from '../../../src/replies/parse-inbound.js';
import { extractReplyText } from '../../../src/replies/strip-reply.js';

// A copy of talon's reply fixtures (Apache-2.0, see LICENSE-talon) kept in the repo, so the
// tests need nothing outside it.
const root = new URL('../../fixtures/replies/talon/', import.meta.url);

interface ManifestEntry {
  file: string;
  reply?: string;
  replyMustContain?: string[];
  replyMustNotContain?: string[];
}

const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as ManifestEntry[];

describe('shared reply fixtures', () => {
  it('lists fixtures', () => {
    expect(manifest.length).toBeGreaterThan(0);
  });

  it.each(manifest.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const parsed = await parseInbound(readFileSync(new URL(entry.file, root)));
    const reply = extractReplyText(parsed);
    if (entry.reply !== undefined) expect(reply).toBe(entry.reply.trim());
    for (const needle of entry.replyMustContain ?? []) expect(reply).toContain(needle);
    for (const needle of entry.replyMustNotContain ?? []) expect(reply).not.toContain(needle);
  });
});
