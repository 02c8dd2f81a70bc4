/**
 * What goes on the suppression list, read from what a person typed: one address, or a whole
 * domain (an admin only). Bad input is an AppError that says what is wrong and what to type.
 */
import { AppError } from '../errors.js';

export interface SuppressionTarget {
  kind: 'address' | 'domain';
  /** Lower-cased address or domain. */
  value: string;
}

/** Where a suppression came from: the prospect's reply, the /c/ page, or an admin. */
export type SuppressionSource = 'reply' | 'page' | 'admin';

const ADDRESS = /^[^\s@<>(),;:"]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** The domain part of a lower-cased address. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

/** One address, checked and lower-cased; `field` names the input in the error. */
export function suppressedAddress(raw: unknown, field = 'email'): SuppressionTarget {
  const value = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!ADDRESS.test(value)) {
    throw new AppError('bad_request', `${field} must be one email address such as priya@acme.example.`);
  }
  return { kind: 'address', value };
}

/** A whole domain, checked and lower-cased (a leading "@" is allowed). */
export function suppressedDomain(raw: unknown, field = 'domain'): SuppressionTarget {
  const value = typeof raw === 'string' ? raw.trim().toLowerCase().replace(/^@/, '') : '';
  if (!DOMAIN.test(value)) {
    throw new AppError('bad_request', `${field} must be a domain such as acme.example (no address, no URL).`);
  }
  return { kind: 'domain', value };
}

/**
 * An admin's request: `email`, or `domain`, or `email` with `wholeDomain` (the address's
 * domain). Exactly one of email and domain.
 */
export function adminSuppressionTarget(input: {
  email?: unknown;
  domain?: unknown;
  wholeDomain?: unknown;
}): SuppressionTarget {
  const hasEmail = input.email !== undefined && input.email !== '';
  const hasDomain = input.domain !== undefined && input.domain !== '';
  if (hasEmail === hasDomain) {
    throw new AppError(
      'bad_request',
      'Give either email (one address) or domain (a whole domain), not both or neither.',
    );
  }
  if (hasDomain) return suppressedDomain(input.domain);
  const address = suppressedAddress(input.email);
  return input.wholeDomain === true ? { kind: 'domain', value: domainOf(address.value) } : address;
}
