/**
 * The settings forms' fields ↔ Settings. A posted form is turned into the object
 * domain/settings.ts checks; the fields as typed are kept, so a page with an error shows
 * exactly what the rep typed, not a reset form.
 */
import type { Settings, SettingsField } from '../domain/settings.js';

/** The form's values as typed: text, except the weekdays (the ticked boxes). */
export type SettingsFormValues = Record<Exclude<SettingsField, 'businessDays'>, string> & {
  businessDays: string[];
};

const text = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) ? String(v[0] ?? '') : '');
const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

/** One entry a line (titles and calendar names may hold commas). */
const lines = (v: string): string[] => v.split(/\r?\n/);
/** Domains: a line each, or separated by commas or spaces. */
const words = (v: string): string[] => v.split(/[\s,;]+/);
/** A whole number as a number; anything else stays text, so the check names it. */
const whole = (v: string): number | string => (/^\s*\d{1,9}\s*$/.test(v) ? Number(v) : v);

/** Reads a posted form (urlencoded body) as typed. */
export function formValuesOf(body: Record<string, unknown>): SettingsFormValues {
  return {
    approvalMode: text(body.approvalMode),
    agendaLeadMinutes: text(body.agendaLeadMinutes),
    businessStart: text(body.businessStart),
    businessEnd: text(body.businessEnd),
    businessDays: strings(body.businessDays),
    timeZone: text(body.timeZone),
    recapDelayMinutes: text(body.recapDelayMinutes),
    unconfirmedNudgeMinutes: text(body.unconfirmedNudgeMinutes),
    signature: text(body.signature).replace(/\r\n/g, '\n'),
    orgDomains: text(body.orgDomains),
    ignoreTitles: text(body.ignoreTitles),
    ignoreDomains: text(body.ignoreDomains),
    ignoreCalendars: text(body.ignoreCalendars),
    language: text(body.language),
  };
}

/** The object to check (domain/settings.ts `checkSettings`). */
export function settingsInputOf(f: SettingsFormValues): Record<string, unknown> {
  return {
    approvalMode: f.approvalMode,
    agendaLeadMinutes: whole(f.agendaLeadMinutes),
    businessHours: {
      start: f.businessStart.trim(),
      end: f.businessEnd.trim(),
      days: f.businessDays.map(Number),
    },
    timeZone: f.timeZone,
    recapDelayMinutes: whole(f.recapDelayMinutes),
    unconfirmedNudgeMinutes: whole(f.unconfirmedNudgeMinutes),
    signature: f.signature,
    orgDomains: words(f.orgDomains),
    ignoreRules: {
      titles: lines(f.ignoreTitles),
      domains: words(f.ignoreDomains),
      calendars: lines(f.ignoreCalendars),
    },
    language: f.language,
  };
}

/** Saved settings as the form shows them. */
export function formValuesFrom(s: Settings): SettingsFormValues {
  return {
    approvalMode: s.approvalMode,
    agendaLeadMinutes: String(s.agendaLeadMinutes),
    businessStart: s.businessHours.start,
    businessEnd: s.businessHours.end,
    businessDays: s.businessHours.days.map(String),
    timeZone: s.timeZone,
    recapDelayMinutes: String(s.recapDelayMinutes),
    unconfirmedNudgeMinutes: String(s.unconfirmedNudgeMinutes),
    signature: s.signature,
    orgDomains: s.orgDomains.join('\n'),
    ignoreTitles: s.ignoreRules.titles.join('\n'),
    ignoreDomains: s.ignoreRules.domains.join('\n'),
    ignoreCalendars: s.ignoreRules.calendars.join('\n'),
    language: s.language,
  };
}
