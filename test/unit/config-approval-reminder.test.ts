/** DEFAULT_APPROVAL_REMINDER_MINUTES: parsed and checked like the other minute settings. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('DEFAULT_APPROVAL_REMINDER_MINUTES', () => {
  it('defaults to four hours, and 0 turns the reminder off', () => {
    expect(loadConfig({}).repDefaults.approvalReminderMinutes).toBe(240);
    expect(loadConfig({ DEFAULT_APPROVAL_REMINDER_MINUTES: '0' }).repDefaults.approvalReminderMinutes).toBe(
      0,
    );
    expect(loadConfig({ DEFAULT_APPROVAL_REMINDER_MINUTES: '90' }).repDefaults.approvalReminderMinutes).toBe(
      90,
    );
  });

  it('refuses a value that is not a whole number of minutes in range, naming the variable', () => {
    expect(() => loadConfig({ DEFAULT_APPROVAL_REMINDER_MINUTES: 'soon' })).toThrow(
      'DEFAULT_APPROVAL_REMINDER_MINUTES="soon": must be a whole number',
    );
    expect(() => loadConfig({ DEFAULT_APPROVAL_REMINDER_MINUTES: '-5' })).toThrow(
      'DEFAULT_APPROVAL_REMINDER_MINUTES="-5": must be at least 0',
    );
    expect(() => loadConfig({ DEFAULT_APPROVAL_REMINDER_MINUTES: '90.5' })).toThrow(
      'DEFAULT_APPROVAL_REMINDER_MINUTES="90.5": must be a whole number',
    );
    expect(() => loadConfig({ DEFAULT_APPROVAL_REMINDER_MINUTES: '20000' })).toThrow(
      'DEFAULT_APPROVAL_REMINDER_MINUTES="20000": must be at most 10080',
    );
  });
});
