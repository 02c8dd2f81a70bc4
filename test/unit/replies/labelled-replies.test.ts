/**
 * The labelled reply set in test/fixtures/replies: real .eml files (top- and bottom-posted,
 * HTML-only, quoted-printable, base64, de/fr/es/pt/nl, auto-replies, bounces), each with
 * the intent a rep would expect and, for many, the exact new text. Every quoted agenda in
 * them says "Reply confirmed … add or change … reschedule … cancel", so a passing table
 * also proves quoted text never counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/replies/read-reply.js';

const dir = new URL('../../fixtures/replies/', import.meta.url);

interface Label {
  intent: string;
  reply?: string;
  autoReply?: boolean;
  isBounce?: boolean;
  bouncedRecipients?: string[];
  note?: string;
}

const labels = JSON.parse(readFileSync(new URL('labels.json', dir), 'utf8')) as Record<string, Label>;
const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));

/**
 * Fixtures labelled before the confirm guard (src/replies/confirm-guard.ts) that it reads
 * otherwise on purpose: "Confirmed. I'll need to check with Sam whether he can join too."
 * carries a hold, content the rep must read, so it is `unclear`, not `confirm`. Listed
 * here, not relabelled: the label is the fixture owner's call.
 */
const READ_OTHERWISE: Record<string, string> = { 'en-confirm-then-check-later.eml': 'unclear' };

describe('labelled replies', () => {
  it('labels every fixture, and there are at least 60', () => {
    expect(Object.keys(labels).sort()).toEqual(files.sort());
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it.each(Object.entries(labels))('%s', async (file, label) => {
    const result = await readReply(readFileSync(new URL(file, dir)));
    expect({ intent: result.intent, evidence: result.evidence }).toMatchObject({
      intent: READ_OTHERWISE[file] ?? label.intent,
    });
    if (label.reply !== undefined) expect(result.reply).toBe(label.reply);
    expect(result.autoReply).toBe(label.autoReply ?? label.intent === 'auto_reply');
    expect(result.parsed.isBounce).toBe(label.isBounce ?? false);
    if (label.bouncedRecipients) expect(result.parsed.bouncedRecipients).toEqual(label.bouncedRecipients);
    expect(result.evidence).not.toBe('');
  });
});
