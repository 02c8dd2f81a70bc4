/**
 * The service's logger: pino underneath, one JSON line per event on stderr (`level`,
 * `time`, `msg`, then the fields). Call sites see only the small interface below —
 * `log.info('msg', { fields })` — so pino's types stay in this file. Fields are meant to be
 * short identifiers and reasons; as a second line of defence, credentials and message
 * bodies are censored by field name and every email address in the line is masked.
 */
import { pino } from 'pino';
import { logContextFields } from './log-context.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** A logger whose every line also carries `bindings` (a request id, a job id). */
  child(bindings: Record<string, unknown>): Logger;
}

// Addresses are personal data and logs travel (aggregators, support tickets): whatever a
// caller passes — a step's detail, an error message quoting a recipient — leaves as a mask.
const ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The line with every email address masked (keeps the domain: enough to tell tenants apart). */
export function maskAddresses(line: string): string {
  return line.replace(ADDRESS, (a) => `***@${a.slice(a.lastIndexOf('@') + 1)}`);
}

// Field names censored wherever they sit, compared without case, `_` or `-` (so
// `access_token`, `Set-Cookie` and `Authorization` match too, `tokenKind` does not).
// Credentials: `code` is OAuth's authorization code, `clientState` Graph's webhook secret.
const SECRET_FIELDS = [
  'accessToken',
  'refreshToken',
  'idToken',
  'token',
  'authorization',
  'cookie',
  'setCookie',
  'password',
  'secret',
  'clientSecret',
  'clientState',
  'apiKey',
  'code',
];
// Message content: what a rep wrote or received is never log material, however short.
const BODY_FIELDS = ['body', 'text', 'html', 'subject', 'snippet', 'bodyPreview'];

const normalize = (key: string) => key.replace(/[-_]/g, '').toLowerCase();
const CENSORED = new Set([...SECRET_FIELDS, ...BODY_FIELDS].map(normalize));
// An Error's own `code` is its error code (ECONNRESET, P2002, needs_reauth), worth keeping.
const CENSORED_IN_ERRORS = new Set([...CENSORED].filter((k) => k !== 'code'));
const CENSOR = '[redacted]';
// Fields are short; anything nested deeper than this is dropped rather than walked.
const MAX_DEPTH = 8;

/**
 * The value with censored fields replaced, at any depth, in arrays and in Errors (which
 * become pino's `{ type, message, stack, ...own fields }`), as a copy: the caller's
 * objects are left alone.
 *
 * Not pino's `redact` option: its wildcard paths (`*.token`, `*.*.token`) re-parse every
 * path for every top-level field of every line — about 0.1 ms per field with this list,
 * against ~5 µs for a whole line — and still stop at the depth written out.
 */
function censorFields(value: unknown, depth = 0, censored = CENSORED): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error)
    return censorFields({ ...pino.stdSerializers.err(value) }, depth, CENSORED_IN_ERRORS);
  // Dates, Buffers and the like serialize through toJSON, not their fields.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => censorFields(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      censored.has(normalize(key)) ? CENSOR : censorFields(item, depth + 1),
    ]),
  );
}

const censorObject = (fields: Record<string, unknown>) => censorFields(fields) as Record<string, unknown>;

function createPino(level: LogLevel | 'silent', write: (line: string) => void): pino.Logger {
  return pino(
    {
      level,
      base: undefined, // no pid/hostname: the platform labels lines with the instance
      timestamp: pino.stdTimeFunctions.isoTime,
      // The running job's id and kind (log-context.ts), on every line it logs.
      mixin: logContextFields,
      formatters: { level: (label) => ({ level: label }), log: censorObject },
      // censorFields has already turned Errors into plain objects; pino's default `err`
      // serializer would take those for errors again and retype them as `Object`.
      serializers: { err: (err: unknown) => err },
      // Runs on the finished line, so the message, every field, a bound value and an
      // error's stack are all masked, however deep.
      hooks: { streamWrite: maskAddresses },
    },
    { write: (chunk: string) => write(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk) },
  );
}

function wrap(p: pino.Logger): Logger {
  return {
    debug: (msg, fields) => p.debug(fields ?? {}, msg),
    info: (msg, fields) => p.info(fields ?? {}, msg),
    warn: (msg, fields) => p.warn(fields ?? {}, msg),
    error: (msg, fields) => p.error(fields ?? {}, msg),
    // pino's `formatters.bindings` sees only the root's own bindings, never a child's.
    child: (bindings) => wrap(p.child(censorObject(bindings))),
  };
}

/**
 * Creates a logger writing at `level` and above, one JSON line per call without the
 * trailing newline, to `write` (stderr by default; tests pass an array's push).
 */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  return wrap(createPino(level, write));
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = wrap(createPino('silent', () => {}));
