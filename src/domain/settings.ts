/**
 * A rep's settings, and the team's defaults, which have the same shape: what they are, and
 * the one check every way of changing them goes through (the pages' forms, the JSON API).
 * Every problem is named by its field, so a page shows it beside the field and the API says
 * which field it is; nothing is saved while any field is wrong.
 */
import { z } from 'zod';
import type { IgnoreRules } from './ignore-rules.js';
import { isLanguage, LANGUAGES, type Language } from './languages.js';
import { ianaZoneFor } from './time-zones.js';
import type { BusinessHours } from './types.js';

export interface Settings {
  approvalMode: 'approve' | 'draft' | 'auto';
  agendaLeadMinutes: number;
  businessHours: BusinessHours;
  timeZone: string;
  recapDelayMinutes: number;
  unconfirmedNudgeMinutes: number;
  signature: string;
  orgDomains: string[];
  ignoreRules: IgnoreRules;
  language: Language;
}

/** Every field a settings form has; an error is keyed by one of them. */
export type SettingsField =
  | 'approvalMode'
  | 'agendaLeadMinutes'
  | 'businessStart'
  | 'businessEnd'
  | 'businessDays'
  | 'timeZone'
  | 'recapDelayMinutes'
  | 'unconfirmedNudgeMinutes'
  | 'signature'
  | 'orgDomains'
  | 'ignoreTitles'
  | 'ignoreDomains'
  | 'ignoreCalendars'
  | 'language';

/** Problems by field; `general` for what belongs to no field (an unknown key sent to the API). */
export type SettingsErrors = Partial<Record<SettingsField | 'general', string>>;

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors };

const MAX_LIST = 100;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;

const minutes = (max: number, what: string) =>
  z
    .number({ error: `${what}: enter a whole number of minutes` })
    .int(`${what}: enter a whole number of minutes`)
    .min(0, `${what}: 0 or more minutes`)
    .max(max, `${what}: at most ${max} minutes`);

const list = (max: number, what: string) =>
  z
    .array(z.string().trim().max(max, `${what}: each entry at most ${max} characters`), {
      error: `${what}: a list of entries`,
    })
    .max(MAX_LIST, `${what}: at most ${MAX_LIST} entries`)
    .transform((xs) => [...new Set(xs.filter((x) => x.length > 0))]);

const domainList = (what: string) =>
  list(253, what)
    .transform((xs) => xs.map((x) => x.toLowerCase().replace(/^@/, '')))
    .refine((xs) => xs.every((x) => DOMAIN.test(x)), {
      error: (issue) => {
        const bad = (issue.input as string[]).find((x) => !DOMAIN.test(x.toLowerCase().replace(/^@/, '')));
        return `${what}: "${bad}" is not a domain such as northwind.example`;
      },
    });

const schema = z
  .object({
    approvalMode: z.enum(['approve', 'draft', 'auto'], {
      error: 'Approval mode: choose approve, draft or auto',
    }),
    agendaLeadMinutes: minutes(14 * 24 * 60, 'Agenda lead time'),
    businessHours: z.object({
      start: z.string({ error: 'Start: use HH:MM, e.g. 09:00' }).regex(HHMM, 'Start: use HH:MM, e.g. 09:00'),
      end: z.string({ error: 'End: use HH:MM, e.g. 17:00' }).regex(HHMM, 'End: use HH:MM, e.g. 17:00'),
      days: z
        .array(z.number().int().min(1).max(7), { error: 'Working days: pick at least one weekday' })
        .min(1, 'Working days: pick at least one weekday')
        .transform((d) => [...new Set(d)].sort()),
    }),
    timeZone: z.string({ error: 'Time zone: enter an IANA zone such as Europe/Berlin' }).trim(),
    recapDelayMinutes: minutes(24 * 60, 'Recap delay'),
    unconfirmedNudgeMinutes: minutes(7 * 24 * 60, 'Unconfirmed nudge'),
    signature: z.string({ error: 'Signature: text' }).max(2000, 'Signature: at most 2,000 characters'),
    orgDomains: domainList('Org domains'),
    ignoreRules: z.object({
      titles: list(200, 'Ignored titles'),
      domains: domainList('Ignored attendee domains'),
      calendars: list(200, 'Ignored calendars'),
    }),
    language: z.string({ error: 'Language: choose one' }).refine(isLanguage, {
      error: `Language: choose one of ${LANGUAGES.join(', ')}`,
    }),
  })
  .strict();

/** The keys of a settings object, as the API names them. */
export const SETTINGS_KEYS = Object.keys(schema.shape);

/** Where a zod issue's path points on the form. */
function fieldOf(path: PropertyKey[]): SettingsField | undefined {
  const [top, sub] = path.map(String);
  if (top === 'businessHours') {
    return sub === 'start' ? 'businessStart' : sub === 'end' ? 'businessEnd' : 'businessDays';
  }
  if (top === 'ignoreRules') {
    return sub === 'domains' ? 'ignoreDomains' : sub === 'calendars' ? 'ignoreCalendars' : 'ignoreTitles';
  }
  return top as SettingsField | undefined;
}

/** The checks across fields and outside zod, run on the raw input so they show with the others. */
function extraErrors(input: unknown): SettingsErrors {
  const errors: SettingsErrors = {};
  const o = (input ?? {}) as { timeZone?: unknown; businessHours?: { start?: unknown; end?: unknown } };
  if (typeof o.timeZone === 'string') {
    const zone = o.timeZone.trim();
    if (ianaZoneFor(zone) !== zone.replace(/^(Etc\/UTC|GMT)$/, 'UTC') || zone === '') {
      errors.timeZone = `Time zone: "${zone}" is not an IANA zone; use one such as Europe/Berlin or America/New_York`;
    }
  }
  const { start, end } = o.businessHours ?? {};
  if (
    typeof start === 'string' &&
    typeof end === 'string' &&
    HHMM.test(start) &&
    HHMM.test(end) &&
    start >= end
  ) {
    errors.businessEnd = 'End: must be later than the start';
  }
  return errors;
}

/** Checks a whole settings object (the API's body merged over the current settings, or a parsed form). */
export function checkSettings(input: unknown): SettingsCheck {
  const parsed = schema.safeParse(input);
  const errors: SettingsErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      if (field === undefined || !(field in FIELD_LABELS)) {
        errors.general ??= `${issue.message}; the settings are: ${SETTINGS_KEYS.join(', ')}`;
        continue;
      }
      errors[field] ??= issue.message;
    }
  }
  Object.assign(errors, { ...extraErrors(input), ...errors });
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const s = parsed.data;
  const timeZone = ianaZoneFor(s.timeZone) as string;
  return { ok: true, settings: { ...s, timeZone, language: s.language as Language } };
}

/** Each field's name as the page labels it (also the API's `field`). */
export const FIELD_LABELS: Readonly<Record<SettingsField, string>> = {
  approvalMode: 'Approval mode',
  agendaLeadMinutes: 'Agenda lead time',
  businessStart: 'Business hours start',
  businessEnd: 'Business hours end',
  businessDays: 'Working days',
  timeZone: 'Time zone',
  recapDelayMinutes: 'Recap delay',
  unconfirmedNudgeMinutes: 'Unconfirmed nudge',
  signature: 'Signature',
  orgDomains: 'Org domains',
  ignoreTitles: 'Ignored titles',
  ignoreDomains: 'Ignored attendee domains',
  ignoreCalendars: 'Ignored calendars',
  language: 'Language',
};
