import { describe, expect, it } from 'vitest';
import { checkSettings } from '../../../src/domain/settings.js';

const valid = {
  approvalMode: 'approve',
  agendaLeadMinutes: 1440,
  businessHours: { start: '09:00', end: '17:00', days: [5, 1, 2, 3, 4, 1] },
  timeZone: 'Europe/Berlin',
  recapDelayMinutes: 15,
  unconfirmedNudgeMinutes: 120,
  signature: 'Dana',
  orgDomains: ['Northwind.example', ' ', '@northwind.co.uk'],
  ignoreRules: { titles: ['1:1', '', '1:1'], domains: ['recruiter.example'], calendars: ['Hiring'] },
  language: 'de',
};

describe('checkSettings', () => {
  it('accepts valid settings, tidying lists and weekdays', () => {
    const res = checkSettings(valid);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.settings.businessHours.days).toEqual([1, 2, 3, 4, 5]);
    expect(res.settings.orgDomains).toEqual(['northwind.example', 'northwind.co.uk']);
    expect(res.settings.ignoreRules.titles).toEqual(['1:1']);
    expect(res.settings.language).toBe('de');
  });

  it('names every bad field at once', () => {
    const res = checkSettings({
      ...valid,
      approvalMode: 'sometimes',
      agendaLeadMinutes: 'soon',
      businessHours: { start: '9am', end: '17:00', days: [] },
      recapDelayMinutes: -1,
      orgDomains: ['not a domain'],
      language: 'it',
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(Object.keys(res.errors).sort()).toEqual(
      [
        'agendaLeadMinutes',
        'approvalMode',
        'businessDays',
        'businessStart',
        'language',
        'orgDomains',
        'recapDelayMinutes',
      ].sort(),
    );
    expect(res.errors.orgDomains).toContain('"not a domain" is not a domain');
    expect(res.errors.businessStart).toContain('HH:MM');
  });

  it('refuses a zone that is not IANA (also Windows names), and an end before the start', () => {
    for (const timeZone of ['Mars/Olympus', 'Eastern Standard Time', '']) {
      const res = checkSettings({ ...valid, timeZone });
      expect(res.ok ? undefined : res.errors.timeZone).toContain('is not an IANA zone');
    }
    const late = checkSettings({ ...valid, businessHours: { start: '18:00', end: '09:00', days: [1] } });
    expect(late.ok ? undefined : late.errors.businessEnd).toBe('End: must be later than the start');
  });

  it('accepts UTC, and refuses unknown keys naming the known ones', () => {
    expect(checkSettings({ ...valid, timeZone: 'UTC' }).ok).toBe(true);
    const res = checkSettings({ ...valid, colour: 'blue' });
    expect(res.ok ? undefined : res.errors.general).toContain('colour');
  });

  it('limits the lists and numbers', () => {
    const many = checkSettings({
      ...valid,
      ignoreRules: { ...valid.ignoreRules, titles: Array(101).fill('x') },
    });
    expect(many.ok ? undefined : many.errors.ignoreTitles).toContain('at most 100 entries');
    const long = checkSettings({ ...valid, agendaLeadMinutes: 14 * 24 * 60 + 1 });
    expect(long.ok ? undefined : long.errors.agendaLeadMinutes).toContain('at most 20160 minutes');
  });
});
