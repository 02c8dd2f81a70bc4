/** A readable company name from a domain: acme-robotics.example → "Acme Robotics". */
export function accountNameFromDomain(domain: string): string {
  const label = domain.toLowerCase().split('.')[0] ?? domain;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
