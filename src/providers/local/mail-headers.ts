/**
 * Just enough RFC 5322 header reading for the local mailbox: Message-ID and the thread root.
 * Reading only the header block keeps lookups over a large Sent folder cheap; full parsing
 * (mailparser) is left to the layers that need the body.
 */

/** Bytes read from the start of a file when only headers are needed. */
export const HEADER_BYTES = 64 * 1024;

/** Header fields by lower-cased name, values unfolded, in file order. */
export type HeaderFields = Map<string, string[]>;

/** Parses the header block at the start of `raw` (CRLF or LF line endings). */
export function readHeaders(raw: Buffer | string): HeaderFields {
  const text = (typeof raw === 'string' ? raw : raw.subarray(0, HEADER_BYTES).toString('utf8')).slice(
    0,
    HEADER_BYTES,
  );
  const end = text.search(/\r?\n\r?\n/);
  const block = end >= 0 ? text.slice(0, end) : text;
  const fields: HeaderFields = new Map();
  let name: string | undefined;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && name) {
      const values = fields.get(name) ?? [];
      values[values.length - 1] = `${values[values.length - 1] ?? ''} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      name = undefined;
      continue;
    }
    name = line.slice(0, colon).trim().toLowerCase();
    fields.set(name, [...(fields.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return fields;
}

/** The first value of a header field. */
export function headerValue(fields: HeaderFields, name: string): string | undefined {
  return fields.get(name.toLowerCase())?.[0];
}

/** The `<…>` message ids in a header value, in order. */
export function messageIdsIn(value: string | undefined): string[] {
  return value ? [...value.matchAll(/<[^<>\s]{1,998}>/g)].map((m) => m[0]) : [];
}

/** A Message-ID with its angle brackets, trimmed, so both spellings compare equal. */
export function normalizeMessageId(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith('<') ? trimmed : `<${trimmed}>`;
}

/** The message's own Message-ID, normalized, when it has one. */
export function messageIdOf(fields: HeaderFields): string | undefined {
  const value = headerValue(fields, 'message-id');
  return value ? (messageIdsIn(value)[0] ?? normalizeMessageId(value)) : undefined;
}

/**
 * The thread a message belongs to: the first id of References (the thread root), else
 * In-Reply-To, else its own Message-ID.
 */
export function threadIdOf(fields: HeaderFields): string | undefined {
  return (
    messageIdsIn(headerValue(fields, 'references'))[0] ??
    messageIdsIn(headerValue(fields, 'in-reply-to'))[0] ??
    messageIdOf(fields)
  );
}
