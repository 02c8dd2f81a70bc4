import { describe, expect, it } from 'vitest';
import { savedNotice } from '../../../src/http/template-notices.js';

describe('the notice after a template save', () => {
  it('says how many waiting drafts were written again, and which were left in a rep’s mailbox', () => {
    expect(savedNotice({ done: 'save', drafts: '1', kept: '0', mailbox: '2' })).toBe(
      'Saved: this version is now used for every email written with this file. ' +
        '1 draft not yet approved was written again with it; mail already approved or sent is unchanged. ' +
        '2 drafts already in their rep’s mailbox were left as written: the rep may have edited them there.',
    );
    expect(savedNotice({ done: 'revert', drafts: '0', mailbox: '1' })).toBe(
      'Reverted: the older text is saved again as the newest version. ' +
        'No draft waiting for approval changed. ' +
        '1 draft already in its rep’s mailbox was left as written: the rep may have edited it there.',
    );
  });

  it('is no notice for a query that is not a save’s', () => {
    expect(savedNotice({ done: 'delete-everything', drafts: '3' })).toBeUndefined();
  });
});
