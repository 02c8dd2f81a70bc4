/** The To and Cc a rep types on the approval page: plain addresses, a short list, never the rep. */
import { describe, expect, it } from 'vitest';
import { MAX_RECIPIENTS, readRecipients, sameRecipients } from '../../../src/domain/recipient-list.js';

const REP = 'dana@northwind.example';

describe('readRecipients', () => {
  it('reads comma, semicolon and line separated lists, and a pasted "Name <address>"', () => {
    expect(
      readRecipients(
        { to: 'alice@umbrella.example; Bob Marsh <bob@umbrella.example>', cc: 'sam@northwind.example\n' },
        REP,
      ),
    ).toEqual({
      recipients: { to: ['alice@umbrella.example', 'bob@umbrella.example'], cc: ['sam@northwind.example'] },
    });
  });

  it('names the address it cannot read, and the field', () => {
    expect(readRecipients({ to: 'alice@umbrella.example', cc: 'sam@northwind' }, REP)).toEqual({
      field: 'cc',
      error: 'Cc: "sam@northwind" is not an email address (name@example.com).',
    });
    // No header can be smuggled in: a line break only separates, a quoted or spaced part is refused.
    expect(
      readRecipients({ to: 'alice@umbrella.example\r\nBcc: eve@evil.example', cc: '' }, REP),
    ).toMatchObject({
      field: 'to',
      error: expect.stringContaining('"Bcc: eve@evil.example"'),
    });
    expect(readRecipients({ to: '"a b"@umbrella.example', cc: '' }, REP)).toMatchObject({ field: 'to' });
  });

  it('wants one To, keeps the rep out, and drops repeats', () => {
    expect(readRecipients({ to: ' , ', cc: 'sam@northwind.example' }, REP)).toEqual({
      field: 'to',
      error: 'To: add at least one address.',
    });
    expect(readRecipients({ to: 'alice@umbrella.example', cc: 'Dana@Northwind.example' }, REP)).toMatchObject(
      {
        field: 'cc',
        error: expect.stringContaining('is your own address'),
      },
    );
    expect(
      readRecipients(
        { to: 'alice@umbrella.example, ALICE@umbrella.example', cc: 'alice@umbrella.example' },
        REP,
      ),
    ).toEqual({ recipients: { to: ['alice@umbrella.example'], cc: [] } });
  });

  it('caps the list at MAX_RECIPIENTS, or at what agendum drafted when that was more', () => {
    const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `p${i}@umbrella.example`).join(', ');
    expect(readRecipients({ to: many, cc: '' }, REP)).toMatchObject({
      error: `At most ${MAX_RECIPIENTS} recipients in To and Cc together (there are ${MAX_RECIPIENTS + 1}).`,
    });
    expect(readRecipients({ to: many, cc: '' }, REP, MAX_RECIPIENTS + 1)).toHaveProperty('recipients');
  });
});

describe('sameRecipients', () => {
  it('ignores case and order within a list, not which list', () => {
    const a = { to: ['alice@umbrella.example', 'bob@umbrella.example'], cc: [] };
    expect(sameRecipients(a, { to: ['Bob@umbrella.example', 'alice@umbrella.example'], cc: [] })).toBe(true);
    expect(sameRecipients(a, { to: ['alice@umbrella.example'], cc: ['bob@umbrella.example'] })).toBe(false);
  });
});
