/**
 * The whole reply pipeline for one raw message: parse, strip quotes and signature, detect
 * automatic replies, classify what the prospect meant. What `agendum classify-reply` prints.
 */
import { classifyIntent, type ReplyIntent } from './classify-intent.js';
import { detectAutoReply } from './detect-auto-reply.js';
import type { MeetingTime } from './meeting-day.js';
import { type ParsedInbound, parseInbound } from './parse-inbound.js';
import { extractReplyText } from './strip-reply.js';

/** A read reply: the parsed message, its new text, and what it means. */
export interface ReadReply {
  parsed: ParsedInbound;
  reply: string;
  autoReply: boolean;
  intent: ReplyIntent;
  evidence: string;
}

/** What the reader may know besides the message. */
export interface ReadOptions {
  /** The meeting the reply answers: a yes naming another day is no confirmation of it. */
  meeting?: MeetingTime;
}

/** Reads one raw RFC 5322 message. */
export async function readReply(raw: Buffer | string, opts: ReadOptions = {}): Promise<ReadReply> {
  return readParsedReply(await parseInbound(raw), opts);
}

/** Reads a parsed message; again with the meeting once the caller knows which it answers. */
export function readParsedReply(parsed: ParsedInbound, opts: ReadOptions = {}): ReadReply {
  const reply = extractReplyText(parsed);
  const auto = detectAutoReply({ ...parsed, reply });
  const human = classifyIntent(
    reply,
    opts.meeting ? { meeting: opts.meeting, ...(parsed.date ? { repliedAt: parsed.date } : {}) } : {},
  );
  // Out-of-office wording alone is weak: "I'm out of the office Tuesday, can we move it?"
  // is a person, and what they ask for wins.
  const overruled = auto.signal === 'body' && human.intent !== 'unclear';
  if (auto.autoReply && !overruled) {
    return { parsed, reply, autoReply: true, intent: 'auto_reply', evidence: `automatic: ${auto.evidence}` };
  }
  const evidence = overruled
    ? `${human.evidence}; a person wrote it despite ${auto.evidence}`
    : human.evidence;
  return { parsed, reply, autoReply: false, intent: human.intent, evidence };
}
