/**
 * Who agendum may not mail, and why: an address or its whole domain on the suppression list
 * ("prospect opted out"), or an address a delivery status notification said bounces
 * ("bounced"). One read for drafting, the approval request and the send itself.
 */
import type { Db } from '../db/client.js';
import { domainOf } from './suppression-target.js';

export type BlockReason = 'prospect opted out' | 'bounced';

/** Of `emails`, the ones not to mail (lower-cased) with the reason; an opt-out wins over a bounce. */
export async function blockedRecipients(
  db: Pick<Db, 'suppression' | 'contact'>,
  emails: readonly string[],
): Promise<Map<string, BlockReason>> {
  const addresses = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const blocked = new Map<string, BlockReason>();
  if (addresses.length === 0) return blocked;
  const domains = [...new Set(addresses.map(domainOf))];
  const [suppressed, bouncing] = await Promise.all([
    db.suppression.findMany({
      where: {
        OR: [
          { kind: 'address', value: { in: addresses } },
          { kind: 'domain', value: { in: domains } },
        ],
      },
      select: { kind: true, value: true },
    }),
    db.contact.findMany({ where: { email: { in: addresses }, bouncing: true }, select: { email: true } }),
  ]);
  for (const c of bouncing) blocked.set(c.email.toLowerCase(), 'bounced');
  const byAddress = new Set(suppressed.filter((s) => s.kind === 'address').map((s) => s.value));
  const byDomain = new Set(suppressed.filter((s) => s.kind === 'domain').map((s) => s.value));
  for (const a of addresses) {
    if (byAddress.has(a) || byDomain.has(domainOf(a))) blocked.set(a, 'prospect opted out');
  }
  return blocked;
}
