/** Checks a meeting's zone before any time is shown in it. */
import { AppError } from '../errors.js';
import { isValidTimeZone } from './format-time.js';

/** Throws AppError('event_invalid') unless `zone` is an IANA zone; guessing would show wrong times. */
export function requireTimeZone(zone: string): string {
  if (!isValidTimeZone(zone)) {
    throw new AppError('event_invalid', `Unknown time zone "${zone}": use an IANA name like Europe/Berlin.`);
  }
  return zone;
}
