/**
 * The raw RFC 5322 form of a stored Message. Built from the stored fields only, so a retry
 * produces the same message with the same Message-ID.
 */
import { buildMime } from '../../compose/build-mime.js';
import type { OutboundMail } from '../../providers/types.js';

interface StoredMessage {
  messageId: string;
  fromAddress: string;
  to: unknown;
  cc: unknown;
  subject: string;
  text: string;
  html: string;
  inReplyTo: string | null;
  references: string | null;
  providerThreadId: string | null;
  kind: string;
}

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Builds the OutboundMail for a stored message, sent as `fromName <fromAddress>`. */
export async function toOutboundMail(msg: StoredMessage, fromName: string): Promise<OutboundMail> {
  const to = list(msg.to);
  const cc = list(msg.cc);
  const references = msg.references ? msg.references.split(/\s+/).filter(Boolean) : undefined;
  const raw = await buildMime({
    from: { name: fromName, address: msg.fromAddress },
    to: to.map((address) => ({ address })),
    cc: cc.map((address) => ({ address })),
    subject: msg.subject,
    text: msg.text,
    html: msg.html,
    messageId: msg.messageId,
    inReplyTo: msg.inReplyTo ?? undefined,
    references,
    headers: { 'X-Agendum-Kind': msg.kind },
  });
  return {
    messageId: msg.messageId,
    from: msg.fromAddress,
    to,
    cc,
    subject: msg.subject,
    raw,
    threadId: msg.providerThreadId ?? undefined,
    inReplyTo: msg.inReplyTo ?? undefined,
  };
}
