/**
 * The whole reply pipeline for one raw message: parse, strip quotes and signature, detect
 * automatic replies, classify what the prospect meant. What `agendum classify-reply` prints.
 */
import { classifyIntent, type ReplyIntent } from './classify-intent.js';
import { detectAutoReply } from './detect-auto-reply.js';
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

/** Reads one raw RFC 5322 message. */
export async function readReply(raw: Buffer | string): Promise<ReadReply> {
  const parsed = await parseInbound(raw);
  const reply = extractReplyText(parsed);
  const auto = detectAutoReply({ ...parsed, reply });
  const result = auto.autoReply
    ? { intent: 'auto_reply' as const, evidence: `automatic: ${auto.evidence}` }
    : classifyIntent(reply);
  return { parsed, reply, autoReply: auto.autoReply, intent: result.intent, evidence: result.evidence };
}
