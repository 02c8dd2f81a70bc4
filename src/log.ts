/**
 * A small structured logger: one JSON line per event on stderr. Bodies of emails and
 * tokens are never passed to it; fields are short identifiers and reasons, and any email
 * address that slips into one is masked on the way out.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// Addresses are personal data and logs travel (aggregators, support tickets): whatever a
// caller passes — a step's detail, an error message quoting a recipient — leaves as a mask.
const ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The line with every email address masked (keeps the domain: enough to tell tenants apart). */
export function maskAddresses(line: string): string {
  return line.replace(ADDRESS, (a) => `***@${a.slice(a.lastIndexOf('@') + 1)}`);
}

/** Creates a logger writing at `level` and above to `write` (stderr by default). */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const emit = (lvl: LogLevel) => (msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < ORDER[level]) return;
    write(maskAddresses(JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...fields })));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger('error', () => {});
