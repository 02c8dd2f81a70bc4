/**
 * A draft's To and Cc on the approval page: the stored lists as fields, and the posted
 * fields read and checked (domain/recipient-list.ts). Only lists that differ from the
 * draft's count as the rep's choice; an unreadable list is reported and approves nothing.
 */
import {
  MAX_RECIPIENT_TEXT,
  MAX_RECIPIENTS,
  type Recipients,
  readRecipients,
  sameRecipients,
} from '../domain/recipient-list.js';
import type { RecipientFields } from './pages/recipient-fields.js';

const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The recipients read from a form: the fields to show again, and the change or the error. */
export interface RecipientsForm {
  fields: RecipientFields;
  /** Set when the rep changed the lists and they read well. */
  recipients?: Recipients;
  error?: string;
}

/** The draft's stored To and Cc. */
function storedRecipients(msg: { to: unknown; cc: unknown }): Recipients {
  return { to: list(msg.to), cc: list(msg.cc) };
}

/** The lists as stored (no `body`) or as posted; a form without the fields keeps the stored ones. */
export function readRecipientsForm(
  msg: { to: unknown; cc: unknown },
  repEmail: string,
  body: Record<string, unknown> | null,
): RecipientsForm {
  const stored = storedRecipients(msg);
  const typed = {
    to: typeof body?.to === 'string' ? body.to.slice(0, MAX_RECIPIENT_TEXT) : stored.to.join(', '),
    cc: typeof body?.cc === 'string' ? body.cc.slice(0, MAX_RECIPIENT_TEXT) : stored.cc.join(', '),
  };
  if (!body) return { fields: typed };
  // What agendum drafted can always be approved as it stands, even past the usual limit.
  const limit = Math.max(MAX_RECIPIENTS, stored.to.length + stored.cc.length);
  const read = readRecipients(typed, repEmail, limit);
  if ('error' in read) {
    return { fields: { ...typed, error: read.error, errorField: read.field }, error: read.error };
  }
  const fields = { to: read.recipients.to.join(', '), cc: read.recipients.cc.join(', ') };
  return sameRecipients(read.recipients, stored) ? { fields } : { fields, recipients: read.recipients };
}
