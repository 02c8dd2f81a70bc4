/** What an admin may put on the suppression list, and the errors that say how to fix bad input. */
import { describe, expect, it } from 'vitest';
import { adminSuppressionTarget, suppressedDomain } from '../../../src/messages/suppression-target.js';

describe('adminSuppressionTarget', () => {
  it('takes one address, lower-cased, or its whole domain', () => {
    expect(adminSuppressionTarget({ email: ' Priya@Acme.Example ' })).toEqual({
      kind: 'address',
      value: 'priya@acme.example',
    });
    expect(adminSuppressionTarget({ email: 'priya@acme.example', wholeDomain: true })).toEqual({
      kind: 'domain',
      value: 'acme.example',
    });
    expect(adminSuppressionTarget({ domain: '@Acme.Example' })).toEqual({
      kind: 'domain',
      value: 'acme.example',
    });
  });

  it('names what is wrong and what to give instead', () => {
    expect(() => adminSuppressionTarget({})).toThrow('Give either email (one address) or domain');
    expect(() => adminSuppressionTarget({ email: 'a@b.example', domain: 'b.example' })).toThrow('not both');
    expect(() => adminSuppressionTarget({ email: 'a@b.example, c@d.example' })).toThrow(
      'email must be one email address such as priya@acme.example.',
    );
    expect(() => suppressedDomain('https://acme.example/')).toThrow(
      'domain must be a domain such as acme.example',
    );
  });
});
