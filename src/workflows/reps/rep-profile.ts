/** Turns a Rep row into the RepProfile the pure decisions take, and names the rep's company. */
import { companyFromDomain, domainOf } from '../../compose/names.js';
import { readIgnoreRules } from '../../domain/ignore-rules.js';
import type { BusinessHours, RepProfile } from '../../domain/types.js';

interface RepRow {
  email: string;
  name: string;
  timeZone: string;
  orgDomains: unknown;
  approvalMode: 'approve' | 'draft' | 'auto';
  agendaLeadMinutes: number;
  businessHours: unknown;
  recapDelayMinutes: number;
  maxExternalAttendees: number;
  ignoreRules: unknown;
  signature: string;
}

const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** Reads the Json columns defensively: a hand-edited row must not crash planning. */
export function toRepProfile(rep: RepRow): RepProfile {
  const bh = (rep.businessHours ?? {}) as Partial<BusinessHours>;
  return {
    email: rep.email,
    name: rep.name,
    timeZone: rep.timeZone,
    orgDomains: stringList(rep.orgDomains).map((d) => d.toLowerCase()),
    approvalMode: rep.approvalMode,
    agendaLeadMinutes: rep.agendaLeadMinutes,
    businessHours: {
      start: typeof bh.start === 'string' ? bh.start : '09:00',
      end: typeof bh.end === 'string' ? bh.end : '17:00',
      days: Array.isArray(bh.days) ? bh.days.filter((d) => Number.isInteger(d)) : [1, 2, 3, 4, 5],
    },
    recapDelayMinutes: rep.recapDelayMinutes,
    maxExternalAttendees: rep.maxExternalAttendees,
    ignoreRules: readIgnoreRules(rep.ignoreRules),
    signature: rep.signature,
  };
}

/** The rep's company as emails and pages name it ("Northwind"): from their first org domain, else their address. */
export function repCompanyName(rep: RepRow): string {
  return companyFromDomain(toRepProfile(rep).orgDomains[0] || domainOf(rep.email));
}
