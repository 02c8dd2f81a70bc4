/** A Rep or TeamSettings row as Settings, and Settings as the columns to write. */
import { readIgnoreRules } from '../../domain/ignore-rules.js';
import { DEFAULT_LANGUAGE, isLanguage } from '../../domain/languages.js';
import type { Settings } from '../../domain/settings.js';
import { toRepProfile } from '../reps/rep-profile.js';

/** The columns both rows share. */
export interface SettingsRow {
  approvalMode: 'approve' | 'draft' | 'auto';
  agendaLeadMinutes: number;
  businessHours: unknown;
  timeZone: string;
  recapDelayMinutes: number;
  unconfirmedNudgeMinutes: number;
  signature: string;
  orgDomains: unknown;
  ignoreRules: unknown;
  language: string;
}

/** Reads the Json columns defensively, as rep-profile.ts does for planning. */
export function settingsOfRow(row: SettingsRow): Settings {
  const profile = toRepProfile({ ...row, email: '', name: '', maxExternalAttendees: 0 });
  return {
    approvalMode: row.approvalMode,
    agendaLeadMinutes: row.agendaLeadMinutes,
    businessHours: profile.businessHours,
    timeZone: row.timeZone,
    recapDelayMinutes: row.recapDelayMinutes,
    unconfirmedNudgeMinutes: row.unconfirmedNudgeMinutes,
    signature: row.signature,
    orgDomains: profile.orgDomains,
    ignoreRules: readIgnoreRules(row.ignoreRules),
    language: isLanguage(row.language) ? row.language : DEFAULT_LANGUAGE,
  };
}

/** The columns to write for `s` (Json values as plain objects). */
export function rowOfSettings(s: Settings) {
  return {
    ...s,
    businessHours: { ...s.businessHours },
    orgDomains: [...s.orgDomains],
    ignoreRules: { ...s.ignoreRules },
  };
}

/** What a team default applies to an existing rep ("apply to every rep"): not their zone, domains or signature. */
export function teamPolicyOf(s: Settings) {
  return {
    approvalMode: s.approvalMode,
    agendaLeadMinutes: s.agendaLeadMinutes,
    businessHours: { ...s.businessHours },
    recapDelayMinutes: s.recapDelayMinutes,
    unconfirmedNudgeMinutes: s.unconfirmedNudgeMinutes,
    ignoreRules: { ...s.ignoreRules },
    language: s.language,
  };
}
