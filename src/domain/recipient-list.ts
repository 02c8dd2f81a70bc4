/**
 * The To and Cc lists a rep types on the approval page. Only plain addresses pass, the
 * same dot-atom form the MIME builder accepts (compose/build-mime.ts), so an approved
 * message can always be built; a list stays short, and the rep is never a recipient of
 * their own mail (it goes out from their mailbox, and a copy in their inbox would be read
 * back as mail to agendum).
 */

/** More recipients than this is a mailing, not a meeting email. */
export const MAX_RECIPIENTS = 20;

/** An address line, capped before it is split: nothing longer is a list of 20 addresses. */
export const MAX_RECIPIENT_TEXT = 20 * 256;

const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const ADDR_SPEC = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})+$`);

/** The To and Cc of a message. */
export interface Recipients {
  to: string[];
  cc: string[];
}

/** A list as read, or what is wrong with it in words that name the address, and in which field. */
export type RecipientsReading = { recipients: Recipients } | { error: string; field: 'to' | 'cc' };

/** Whether `address` is a plain addr-spec (name@example.com) of a sendable length. */
export function isPlainAddress(address: string): boolean {
  return address.length <= 254 && ADDR_SPEC.test(address);
}

/**
 * The entries of one typed list: separated by commas, semicolons or line breaks, and a
 * pasted "Name <address>" counts as its address.
 */
function entriesOf(text: string): string[] {
  return text
    .split(/[,;\r\n]+/)
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => /<([^<>]*)>$/.exec(e)?.[1]?.trim() ?? e);
}

const lower = (a: string) => a.toLowerCase();

/**
 * Reads the typed To and Cc. `repEmail` may not be in either; an address in both stays in
 * To only; `limit` caps the total (at least MAX_RECIPIENTS, more only where agendum itself
 * drafted more).
 */
export function readRecipients(
  typed: { to: string; cc: string },
  repEmail: string,
  limit = MAX_RECIPIENTS,
): RecipientsReading {
  const lists = { to: entriesOf(typed.to), cc: entriesOf(typed.cc) };
  for (const field of ['to', 'cc'] as const) {
    const role = field === 'to' ? 'To' : 'Cc';
    const bad = lists[field].find((e) => !isPlainAddress(e));
    if (bad !== undefined) {
      return { field, error: `${role}: "${bad.slice(0, 100)}" is not an email address (name@example.com).` };
    }
    if (lists[field].some((e) => lower(e) === lower(repEmail))) {
      return {
        field,
        error: `${role}: ${repEmail} is your own address. The email goes out from your mailbox, so you keep a copy anyway.`,
      };
    }
  }
  const to = dedupe(lists.to, []);
  const cc = dedupe(lists.cc, to);
  if (to.length === 0) return { field: 'to', error: 'To: add at least one address.' };
  if (to.length + cc.length > limit) {
    const error = `At most ${limit} recipients in To and Cc together (there are ${to.length + cc.length}).`;
    return { field: cc.length > 0 ? 'cc' : 'to', error };
  }
  return { recipients: { to, cc } };
}

/** `list` without repeats (case-insensitive) and without anything in `taken`. */
function dedupe(list: string[], taken: string[]): string[] {
  const seen = new Set(taken.map(lower));
  const out: string[] = [];
  for (const a of list) {
    if (seen.has(lower(a))) continue;
    seen.add(lower(a));
    out.push(a);
  }
  return out;
}

/** Whether two recipient lists are the same, ignoring case and order within each. */
export function sameRecipients(a: Recipients, b: Recipients): boolean {
  const key = (l: string[]) => l.map(lower).sort().join(',');
  return key(a.to) === key(b.to) && key(a.cc) === key(b.cc);
}
