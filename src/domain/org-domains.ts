/**
 * Which addresses belong to the rep's own org: an org domain or one of its subdomains
 * (eu.northwind.example), the rep's own domain when none is configured. Classifying
 * meetings, copying colleagues and deciding who may answer for a prospect all ask this one
 * question the same way.
 */
import type { RepProfile } from './types.js';

type OrgRep = Pick<RepProfile, 'email' | 'orgDomains'>;

/** The domain of an address, lower case ('' for none). */
export function domainOfAddress(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** The rep's org domains, lower case; the rep's own domain stands in when none is configured. */
export function orgDomainsOf(rep: OrgRep): string[] {
  const listed = rep.orgDomains.map((d) => d.trim().toLowerCase()).filter((d) => d.length > 0);
  return listed.length > 0 ? listed : [domainOfAddress(rep.email)].filter((d) => d.length > 0);
}

/** True for a domain of the rep's org or one of its subdomains. */
export function isOrgDomain(domain: string, orgDomains: readonly string[]): boolean {
  return orgDomains.some((org) => domain === org || domain.endsWith(`.${org}`));
}

/** True for an address at the rep's own org. */
export function isOrgAddress(email: string, rep: OrgRep): boolean {
  const domain = domainOfAddress(email);
  return domain !== '' && isOrgDomain(domain, orgDomainsOf(rep));
}
