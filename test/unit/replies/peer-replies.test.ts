/**
 * The reply reader against other projects' own test suites: the 196 reply cases of
 * github/email_reply_parser, crisp-oss/email-reply-parser and mailgun/talon in
 * ../shared/fixtures/peers/replies (see its README), read where they are, never copied here.
 * Each case goes through `readReply`, the path `agendum classify-reply` and the inbox take,
 * and must keep the visible text the peer expects and none of what it says is quoted.
 * Where the peers disagree, DECISIONS below say what agendum expects and why; the cases
 * agendum fails on purpose are listed, with why, in test/fixtures/peer-reply-exceptions.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/replies/read-reply.js';

const dir = new URL('../../../../shared/fixtures/peers/replies/', import.meta.url);
const present = existsSync(new URL('manifest.json', dir));

/** At least this share of all cases keeps the visible reply and drops all quoted text. */
const MIN_PASS_RATE = 0.97;

interface PeerCase {
  file: string;
  project: string;
  fixture: string;
  test: string;
  visible: string | null;
  mustContain: string[];
  mustNotContain: string[];
  basis: string;
  note: string;
}

interface Exception {
  case: string;
  why: string;
}

interface Decision {
  case: string;
  /** Lines of the peer's visible text that agendum hides. */
  hide: string[];
  why: string;
}

/**
 * Where the peers disagree, what agendum expects. The reader is a rep reading a
 * prospect's answer, and the text also decides the answer's intent. So agendum hides what
 * signs a reply off: a sign-off, a name, a title, a device tagline. The rep knows who wrote,
 * and a name ("Will", "May") or a title is no part of the answer. A sentence that only
 * looks like a signature stays ("Sent from my desk, is much easier…", a markdown `----`).
 */
const DECISIONS: Decision[] = [
  {
    case: 'crisp-oss/email-reply-parser › email_1.txt',
    hide: ['-Abhishek Kona'],
    why: 'crisp keeps the dash-and-name line. github/email_reply_parser hides it in the same mail (email_1_1.txt), and so does agendum.',
  },
  {
    case: 'crisp-oss/email-reply-parser › email_3.txt',
    hide: ['-Abhishek Kona'],
    why: 'As email_1.txt: github hides the dash-and-name line in its copy (email_1_3.txt).',
  },
  {
    case: 'crisp-oss/email-reply-parser › email_emoji.txt',
    hide: ['—', 'John Doe', 'CEO at Pandaland', '@pandaland'],
    why: 'crisp keeps the block because its separators are `--`, not `—`. A rule over a short name/title/handle block is a signature, as in talon (sparse_body), so agendum hides it.',
  },
  {
    case: 'crisp-oss/email-reply-parser › email_reply_header.txt',
    hide: ['Stranger'],
    why: 'crisp keeps the name that signs the reply. agendum hides a name that ends a reply (strip-reply.test.ts: "a name under the text"), as github does with "-Abhishek Kona".',
  },
  {
    case: 'github/email_reply_parser › email_1_6.txt',
    hide: ['Sent from a magnificent torch of pixels'],
    why: 'github keeps it because its rule knows only "Sent from my". crisp hides any "Sent from …" line, and edited its copy of this mail (email_6.txt) to "Sent a …" to keep it. agendum hides a short "Sent from …" tagline.',
  },
  ...[
    'test_quotation_separator_takes_2_lines',
    'test_reply_wraps_nested_quotations',
    'test_reply_wraps_quotations',
  ].map((test) => ({
    case: `mailgun/talon › text_quotations_test::${test}`,
    hide: ['Regards, Roman'],
    why: "talon's quotation tests call extract_from_plain, which never strips signatures. Its signature tests hide sign-offs (extraction_test), crisp hides them too (email_with_regards.txt), and so does agendum.",
  })),
];

const manifest: PeerCase[] = present ? JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) : [];
const exceptions: Exception[] = JSON.parse(
  readFileSync(new URL('../../fixtures/peer-reply-exceptions.json', import.meta.url), 'utf8'),
).cases;
const exceptionOf = new Map(exceptions.map((e) => [e.case, e]));
const decisionOf = new Map(DECISIONS.map((d) => [d.case, d]));

function nameOf(c: PeerCase): string {
  return `${c.project} › ${c.fixture}`;
}

/** The peers' comparison: whitespace runs as one space, or none at all for talon's HTML tests. */
function normalise(text: string, c: PeerCase): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  return c.basis.includes('whitespace-insensitive') ? spaced.replace(/ /g, '') : spaced;
}

/** The visible text agendum expects: the peer's, less the lines a decision hides. */
function expectedVisible(c: PeerCase): string | null {
  const hidden = new Set(decisionOf.get(nameOf(c))?.hide ?? []);
  if (c.visible === null || hidden.size === 0) return c.visible;
  return c.visible
    .split('\n')
    .filter((line) => !hidden.has(line.trim()))
    .join('\n');
}

const problemsOf = new Map<string, Promise<string[]>>();

/** What agendum gets wrong on a case: [] when it keeps the visible text and drops the quote. */
function problems(c: PeerCase): Promise<string[]> {
  const name = nameOf(c);
  const known = problemsOf.get(name);
  if (known) return known;
  const found = readReply(readFileSync(new URL(c.file, dir))).then(({ reply }) => {
    const got = normalise(reply, c);
    const visible = expectedVisible(c);
    const wrong: string[] = [];
    if (visible !== null && got !== normalise(visible, c)) wrong.push(`reply is ${JSON.stringify(reply)}`);
    for (const s of c.mustContain)
      if (!got.includes(normalise(s, c))) wrong.push(`lost ${JSON.stringify(s)}`);
    for (const s of c.mustNotContain)
      if (got.includes(normalise(s, c))) wrong.push(`kept ${JSON.stringify(s)}`);
    return wrong;
  });
  problemsOf.set(name, found);
  return found;
}

describe.skipIf(!present)('peer reply suites (skipped: ../shared/fixtures/peers/replies is absent)', () => {
  it('has the cases, each named once', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(196);
    expect(new Set(manifest.map(nameOf)).size).toBe(manifest.length);
  });

  it('lists only real cases as exceptions and decisions, each with why', () => {
    const names = new Set(manifest.map(nameOf));
    for (const e of [...exceptions, ...DECISIONS]) {
      expect(names, e.case).toContain(e.case);
      expect(e.why.length, e.case).toBeGreaterThan(20);
    }
    // A decision hides lines the peer keeps; if the peer stops keeping them, it is stale.
    for (const d of DECISIONS) {
      const c = manifest.find((m) => nameOf(m) === d.case);
      const lines = (c?.visible ?? '').split('\n').map((l) => l.trim());
      for (const line of d.hide) expect(lines, d.case).toContain(line);
    }
  });

  it.each(manifest.map((c) => [nameOf(c), c] as const))('%s', async (name, c) => {
    const wrong = await problems(c);
    const exception = exceptionOf.get(name);
    if (exception) {
      expect(wrong, 'passes now: remove it from test/fixtures/peer-reply-exceptions.json').not.toEqual([]);
    } else {
      expect(wrong).toEqual([]);
    }
  });

  it(`keeps the visible reply and drops all quoted text in at least ${MIN_PASS_RATE * 100}% of cases`, async () => {
    const outcomes = await Promise.all(
      manifest.map(async (c) => ({ c, ok: (await problems(c)).length === 0 })),
    );
    const failing = outcomes.filter((o) => !o.ok).map((o) => nameOf(o.c));
    expect(failing.sort()).toEqual(exceptions.map((e) => e.case).sort());
    expect((manifest.length - failing.length) / manifest.length).toBeGreaterThanOrEqual(MIN_PASS_RATE);
  });
});
