/**
 * The part of Gmail's search syntax agendum uses (docs/providers.md §4.4): `rfc822msgid:`,
 * `in:inbox|sent|drafts|anywhere`, `newer_than:N{d,m,y}` (m is months in Gmail, not
 * minutes). Any other term is not implemented and fails loudly instead of matching wrongly.
 */
import { GoogleHttpError } from './google-http.js';
import type { GmailMessage } from './mailbox.js';

const IN_LABELS: Record<string, string | null> = {
  inbox: 'INBOX',
  sent: 'SENT',
  drafts: 'DRAFT',
  spam: 'SPAM',
  trash: 'TRASH',
  anywhere: null,
};

const UNIT_MS: Record<string, number> = { d: 86_400_000, m: 30 * 86_400_000, y: 365 * 86_400_000 };

const bare = (id: string) => id.trim().replace(/^<|>$/g, '').toLowerCase();

/** True when message `m` matches every term of `q`. */
export function matchesQuery(m: GmailMessage, q: string, now: number): boolean {
  for (const term of q.split(/\s+/).filter(Boolean)) {
    const [key, ...rest] = term.split(':');
    const value = rest.join(':');
    if (key === 'rfc822msgid') {
      if (!m.messageIdHeader || bare(m.messageIdHeader) !== bare(value)) return false;
    } else if (key === 'in' && value.toLowerCase() in IN_LABELS) {
      const label = IN_LABELS[value.toLowerCase()];
      if (label && !m.labelIds.has(label)) return false;
    } else if (key === 'newer_than' && /^\d+[dmy]$/.test(value)) {
      const ms = Number(value.slice(0, -1)) * (UNIT_MS[value.slice(-1)] as number);
      if (m.internalDate < now - ms) return false;
    } else {
      throw new GoogleHttpError(501, `emulator: search term ${term}`, 'notImplemented');
    }
  }
  return true;
}
