/**
 * Provider selection happens here, once: workflows ask for a connection's providers and
 * never import a provider implementation themselves.
 */
import path from 'node:path';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import { createLocalCalendarProvider } from './local/local-calendar-provider.js';
import { createLocalMailProvider } from './local/local-mail-provider.js';
import type { CalendarProvider, MailProvider } from './types.js';

/** The parts of a Connection row the registry needs. */
export interface ConnectionRef {
  id: string;
  provider: 'local' | 'google' | 'microsoft';
  rep: { email: string };
}

export interface ConnectionProviders {
  calendar: CalendarProvider;
  mail: MailProvider;
  /** Starts watching for calendar changes where the provider can; returns a stop function. */
  watchCalendar?: (onChange: () => void) => () => void;
}

export interface ProviderRegistry {
  forConnection(conn: ConnectionRef): ConnectionProviders;
}

/** Where the local provider keeps a rep's calendar folder. */
export function localCalendarDir(dataDir: string, repEmail: string): string {
  return path.join(dataDir, 'calendars', repEmail.toLowerCase());
}

/** Where the local provider keeps the mailboxes. */
export function localMailRoot(dataDir: string): string {
  return path.join(dataDir, 'mail');
}

/** The default registry: local provider now; Google and Microsoft plug in here. */
export function createProviderRegistry(config: Config, log: Logger): ProviderRegistry {
  const cache = new Map<string, ConnectionProviders>();
  return {
    forConnection(conn) {
      const hit = cache.get(conn.id);
      if (hit) return hit;
      if (conn.provider !== 'local') {
        throw new AppError(
          'provider_unavailable',
          `The ${conn.provider} provider is not available in this version; connection ${conn.id} cannot sync.`,
        );
      }
      const calendar = createLocalCalendarProvider({
        dir: localCalendarDir(config.dataDir, conn.rep.email),
        // A broken .ics file is reported once, by name; the other files still sync.
        onError: (e) =>
          log.warn('calendar file skipped', { rep: conn.rep.email, file: e.file, problem: e.message }),
      });
      const providers: ConnectionProviders = {
        calendar,
        mail: createLocalMailProvider({ root: localMailRoot(config.dataDir), repEmail: conn.rep.email }),
        watchCalendar: (onChange) => calendar.watch(onChange),
      };
      cache.set(conn.id, providers);
      return providers;
    },
  };
}
