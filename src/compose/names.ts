/** How people and companies are named in an email: first names, greetings, company names. */
import { getDomainWithoutSuffix } from 'tldts';
import type { Language } from '../domain/languages.js';
import { wordsFor } from './language-words.js';

// Honorifics are not first names: "Dr. Priya Raman" is greeted as Priya.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sir', 'dame']);

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** "Priya Raman" → "Priya"; "Raman, Priya" → "Priya"; "" → "". */
export function firstNameOf(name: string | undefined): string {
  if (!name) return '';
  const cleaned = name.replace(/["'<>()]/g, ' ').trim();
  const ordered = cleaned.includes(',') ? (cleaned.split(',')[1] ?? '') : cleaned;
  const words = ordered.split(/\s+/).filter(Boolean);
  const first = words.find((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  return first ?? words[0] ?? '';
}

/**
 * A first name for a person who may have no display name: from a "first.last@" address
 * only, since "info@" or "jdoe@" would make an awkward greeting.
 */
export function firstNameFor(person: { name?: string; email: string }): string {
  const fromName = firstNameOf(person.name);
  if (fromName) return fromName;
  const local = person.email.split('@')[0] ?? '';
  const match = /^([a-z]{2,})[._-][a-z]{2,}$/i.exec(local);
  return match?.[1] ? capitalize(match[1].toLowerCase()) : '';
}

/** English list: "A", "A and B", "A, B and C". */
export function joinWords(words: string[], and = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}

/**
 * Who "Hi …," addresses: "Priya", "Priya and Sam", "Priya, Sam and Lee"; "all" for more than
 * three people or when any of several has no usable name; "there" for one unnamed person
 * (in another language its own words, `language-words.ts`: empty where the greeting is just "Hallo,").
 */
export function greetingName(people: { name?: string; email: string }[], language: Language = 'en'): string {
  const words = wordsFor(language);
  const names = people.map(firstNameFor);
  if (names.length === 1) return names[0] || words.greeting.one;
  if (names.length === 0 || names.length > 3 || names.some((n) => !n)) return words.greeting.all;
  return joinWords(names, words.and);
}

/**
 * The one account name of a domain, from its registrable part by the Public Suffix List:
 * acme-robotics.example → "Acme Robotics", eu.acme.com → "Acme", mail.globex.co.uk → "Globex".
 */
export function companyFromDomain(domain: string): string {
  const clean = domain.toLowerCase().replace(/\.$/, '');
  const label = getDomainWithoutSuffix(clean, { allowPrivateDomains: true }) || clean.split('.')[0] || clean;
  return label.split(/[-_]+/).filter(Boolean).map(capitalize).join(' ');
}

/** A readable name from an address when none was given: "dana.whitfield@…" → "Dana Whitfield". */
export function nameFromEmail(email: string): string {
  return (email.split('@')[0] ?? email)
    .split(/[._-]+/)
    .filter(Boolean)
    .map(capitalize)
    .join(' ');
}

/** The domain of an address, lower-cased ("" when there is none). */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}
