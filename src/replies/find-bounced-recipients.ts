/**
 * Bounce detection. A delivery status notification (RFC 3464) is a `multipart/report;
 * report-type=delivery-status` whose `message/delivery-status` part names each recipient
 * with `Final-Recipient` / `Original-Recipient` and an `Action`. Servers that send plain
 * text bounces instead are recognised by sender and subject, and their text is searched.
 */

const ADDRESS = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BOUNCE_SENDER = /^(mailer-daemon|postmaster|mail-daemon)@/i;
const BOUNCE_SUBJECT =
  /undeliverable|undelivered|delivery (status notification \(failure\)|has failed|failure)|mail delivery (failed|failure|subsystem)|returned mail|unzustellbar|non remis|no se puede entregar|não entregue|onbestelbaar/i;

/** What decides whether a message is a bounce, taken from the parsed message. */
export interface BounceInput {
  contentType?: { value: string; params: Record<string, string> };
  deliveryStatus?: string;
  fromAddress?: string;
  ownAddresses: string[];
  subject: string;
  text: string;
}

/** Unfolds the delivery-status text and splits it into per-recipient field groups. */
function readStatusGroups(status: string): Map<string, string>[] {
  const unfolded = status.replace(/\r?\n[ \t]+/g, ' ');
  return unfolded.split(/\r?\n\s*\r?\n/).map((block) => {
    const fields = new Map<string, string>();
    for (const line of block.split(/\r?\n/)) {
      const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) fields.set(match[1].toLowerCase(), match[2].trim());
    }
    return fields;
  });
}

/** `rfc822; jane@example.com` → `jane@example.com`. */
function addressOf(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const value = field.includes(';') ? field.slice(field.indexOf(';') + 1) : field;
  return value.trim().replace(/^<|>$/g, '') || undefined;
}

/** Failed recipients of a delivery-status part; a report of only delays is not a bounce. */
function failedFromStatus(status: string): { failed: string[]; anyRecipient: boolean } {
  const failed: string[] = [];
  let anyRecipient = false;
  for (const fields of readStatusGroups(status)) {
    const address = addressOf(fields.get('final-recipient')) ?? addressOf(fields.get('original-recipient'));
    if (!address) continue;
    anyRecipient = true;
    const action = fields.get('action')?.toLowerCase();
    if (!action || action === 'failed') failed.push(address);
  }
  return { failed, anyRecipient };
}

/** Addresses a human-readable bounce text mentions, other than the sender's own. */
function addressesInText(text: string, exclude: string[]): string[] {
  const skip = new Set(exclude.map((a) => a.toLowerCase()));
  const found = (text.match(ADDRESS) ?? []).filter(
    (a) => !skip.has(a.toLowerCase()) && !BOUNCE_SENDER.test(a),
  );
  return found;
}

function unique(addresses: string[]): string[] {
  const seen = new Map<string, string>();
  for (const a of addresses) if (!seen.has(a.toLowerCase())) seen.set(a.toLowerCase(), a);
  return [...seen.values()];
}

/** Whether the message is a bounce and which recipients failed. */
export function findBouncedRecipients(input: BounceInput): { isBounce: boolean; recipients: string[] } {
  const isReport =
    input.contentType?.value.toLowerCase() === 'multipart/report' &&
    input.contentType.params['report-type']?.toLowerCase() === 'delivery-status';
  const exclude = [...input.ownAddresses, ...(input.fromAddress ? [input.fromAddress] : [])];
  if (isReport) {
    const status = input.deliveryStatus ? failedFromStatus(input.deliveryStatus) : undefined;
    if (status?.anyRecipient && status.failed.length === 0) return { isBounce: false, recipients: [] };
    const recipients = status?.failed.length ? status.failed : addressesInText(input.text, exclude);
    return { isBounce: true, recipients: unique(recipients) };
  }
  const looksBounced = BOUNCE_SENDER.test(input.fromAddress ?? '') && BOUNCE_SUBJECT.test(input.subject);
  if (!looksBounced) return { isBounce: false, recipients: [] };
  return { isBounce: true, recipients: unique(addressesInText(input.text, exclude)) };
}
