/** Comparing secrets (channel tokens, clientState, state cookies) without leaking timing. */
import { timingSafeEqual } from 'node:crypto';

/** True when both strings are the same; the time taken does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
