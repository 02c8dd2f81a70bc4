/**
 * Every setting, parsed and validated once from the environment. Nothing else in the code
 * reads process.env: `main.ts` and the CLI call `loadConfig()` and pass the result on.
 * Each variable is documented in README.md and .env.example with the same defaults.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.js';
import { PACKAGE_ROOT } from './package-root.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'use true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const httpUrl = z
  .url({ message: 'must be an absolute http(s) URL' })
  .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
  .transform((u) => u.replace(/\/+$/, ''));

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

const schema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(false|true|loopback|linklocal|uniquelocal|\d+|[0-9a-fA-F:./]+(,[0-9a-fA-F:./]+)*)$/,
      'use false, a hop count (1), loopback, or comma-separated proxy addresses/CIDRs (10.0.0.0/8)',
    )
    .default('false'),
  AGENDUM_ADMINS: z
    .string()
    .regex(/^\s*[^\s,@]+@[^\s,@]+\s*(,\s*[^\s,@]+@[^\s,@]+\s*)*$/, 'use email addresses separated by commas')
    .optional(),
  // Length is checked with the other problems below, so a short secret is never echoed.
  METRICS_TOKEN: z.string().optional(),
  METRICS_PORT: int(1, 65535).optional(),
  SESSION_IDLE_MINUTES: int(5, 60 * 24 * 30).default(60 * 24),
  SESSION_MAX_HOURS: int(1, 24 * 90).default(24 * 14),
  SIGNIN_LINK_MINUTES: int(1, 24 * 60).default(15),
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://agendum.example.com' }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: (SQLite) or postgresql:// (PostgreSQL)')
    .optional(),
  AGENDUM_SECRET_KEY: z
    .string()
    .regex(
      /^[0-9a-fA-F]{64}$/,
      'must be 64 hex characters (32 bytes): generate one with `openssl rand -hex 32`',
    )
    .optional(),
  AGENDUM_DEMO: bool.default(true),
  TEMPLATES_DIR: z.string().min(1).optional(),
  MAIL_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+$/i, 'must be a bare domain such as agendum.example.com')
    .optional(),
  CALENDAR_POLL_SECONDS: int(5, 86_400).default(120),
  LOCAL_POLL_SECONDS: int(1, 3600).default(5),
  INBOX_POLL_SECONDS: int(5, 86_400).default(60),
  INBOX_IDLE_POLL_MINUTES: int(1, 7 * 24 * 60).default(360),
  JOB_POLL_MS: int(50, 60_000).default(1000),
  JOB_CONCURRENCY: int(1, 100).default(4),
  AGENDUM_ROLES: z
    .string()
    .regex(/^\s*(web|worker)\s*(,\s*(web|worker)\s*)*$/, 'use web, worker or web,worker')
    .default('web,worker'),
  SHUTDOWN_TIMEOUT_SECONDS: int(1, 3600).default(30),
  SYNC_WINDOW_DAYS: int(1, 365).default(60),
  APPROVAL_LINK_TTL_HOURS: int(1, 24 * 60).default(168),
  DEFAULT_APPROVAL_MODE: z.enum(['approve', 'draft', 'auto']).default('approve'),
  DEFAULT_AGENDA_LEAD_HOURS: int(0, 24 * 14).default(24),
  DEFAULT_BUSINESS_HOURS_START: z.string().regex(hhmm, 'use HH:MM, e.g. 09:00').default('09:00'),
  DEFAULT_BUSINESS_HOURS_END: z.string().regex(hhmm, 'use HH:MM, e.g. 17:00').default('17:00'),
  DEFAULT_BUSINESS_DAYS: z
    .string()
    .regex(/^[1-7](,[1-7])*$/, 'use ISO weekday numbers separated by commas, e.g. 1,2,3,4,5')
    .default('1,2,3,4,5'),
  DEFAULT_RECAP_DELAY_MINUTES: int(0, 24 * 60).default(15),
  MAX_EXTERNAL_ATTENDEES: int(1, 1000).default(8),
  DEFAULT_UNCONFIRMED_NUDGE_MINUTES: int(0, 7 * 24 * 60).default(120),
  DEFAULT_APPROVAL_REMINDER_MINUTES: int(0, 7 * 24 * 60).default(240),
  BOOK_NEXT_GRACE_DAYS: int(0, 90).default(3),
  DAILY_SEND_CAP: int(1, 10_000).default(200),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  CALENDAR_SAFETY_SYNC_MINUTES: int(1, 24 * 60).default(60),
  PUSH_DEBOUNCE_MS: int(0, 60_000).default(0),
  PUSH_RENEW_BEFORE_MINUTES: int(1, 7 * 24 * 60).default(12 * 60),
  ALLOWED_SIGNUP_DOMAINS: z
    .string()
    .regex(
      /^[a-z0-9.-]+(,[a-z0-9.-]+)*$/i,
      'use domains separated by commas, e.g. northwind.example,northwind.co.uk',
    )
    .optional(),
  PROVIDER_REQUEST_TIMEOUT_SECONDS: int(1, 600).default(60),
  PROVIDER_SEND_TIMEOUT_SECONDS: int(1, 600).default(30),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  GOOGLE_API_BASE_URL: httpUrl.optional(),
  GOOGLE_OAUTH_TOKEN_URL: httpUrl.default('https://oauth2.googleapis.com/token'),
  GOOGLE_OAUTH_AUTH_URL: httpUrl.default('https://accounts.google.com/o/oauth2/v2/auth'),
  GOOGLE_PUBSUB_TOPIC: z
    .string()
    .regex(/^projects\/[^/]+\/topics\/[^/]+$/, 'must look like projects/PROJECT/topics/TOPIC')
    .optional(),
  // Length is checked with the other problems below, so a short secret is never echoed.
  GOOGLE_PUBSUB_VERIFICATION_TOKEN: z.string().optional(),
  MICROSOFT_CLIENT_ID: z.string().min(1).optional(),
  MICROSOFT_CLIENT_SECRET: z.string().min(1).optional(),
  MICROSOFT_TENANT: z
    .string()
    .regex(/^[A-Za-z0-9.-]+$/, 'must be common, organizations, consumers, a tenant id or a domain')
    .default('common'),
  MICROSOFT_GRAPH_BASE_URL: httpUrl.default('https://graph.microsoft.com'),
  MICROSOFT_AUTHORITY_HOST: httpUrl.default('https://login.microsoftonline.com'),
});

/** The parsed configuration, nested by concern. */
export interface Config {
  http: {
    port: number;
    host: string;
    publicUrl: string;
    /** express's `trust proxy` value: whether (and which) X-Forwarded-For counts. false by default. */
    trustProxy: false | number | string;
  };
  auth: {
    /** Lower-cased emails of reps who see every rep's data. */
    admins: string[];
    /** A session unused this long ends. */
    sessionIdleMs: number;
    /** A session ends this long after sign-in, used or not. */
    sessionMaxMs: number;
    /** How long a one-time sign-in link works. */
    signinLinkMs: number;
  };
  metrics: {
    /** Bearer token that may read /metrics (besides an admin's API key). */
    token?: string;
    /** Serve /metrics on this loopback-only port instead of the main one. */
    port?: number;
  };
  dataDir: string;
  databaseUrl: string;
  /** Hex secret from the environment; when absent the embedded default keeps one in dataDir. */
  secretKeyHex?: string;
  demo: boolean;
  templatesDir: string;
  examplesDir: string;
  mailDomain: string;
  sync: {
    calendarPollSeconds: number;
    localPollSeconds: number;
    /** While mail is expected in the inbox (Connection.mailExpectedUntil). */
    inboxPollSeconds: number;
    /** When nothing is expected there: an idle rep's inbox costs a few calls a day. */
    inboxIdlePollMinutes: number;
    windowDays: number;
  };
  jobs: {
    /** Embedded: how often the sweep runs. graphile-worker: how often it looks for jobs that fell due. */
    pollMs: number;
    /** Jobs one instance runs at once. */
    concurrency: number;
  };
  /** What this instance does: serve HTTP (webhooks, pages, API), run jobs, or both. */
  roles: { web: boolean; worker: boolean };
  /** On SIGTERM, how long running jobs may take to finish before they are released. */
  shutdownTimeoutMs: number;
  approvalLinkTtlHours: number;
  /** Days after an agreed next step's date before the rep is nudged to book the meeting. */
  bookNextGraceDays: number;
  /**
   * Prospect emails one sending mailbox sends a day (the rep's local day), paced over the
   * rep's business hours (domain/daily-cap.ts); what is over it waits, it is never dropped.
   */
  dailySendCap: number;
  repDefaults: {
    approvalMode: 'approve' | 'draft' | 'auto';
    agendaLeadMinutes: number;
    businessHours: { start: string; end: string; days: number[] };
    recapDelayMinutes: number;
    maxExternalAttendees: number;
    unconfirmedNudgeMinutes: number;
    /** Remind the rep once of an agenda still awaiting approval this long before the meeting (0: never). */
    approvalReminderMinutes: number;
  };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  push: {
    /** True when PUBLIC_URL is set: providers can reach our webhooks, so channels are opened. */
    enabled: boolean;
    /** Notifications for one connection within this window fold into one sync. */
    debounceMs: number;
    /** With push, the cursor poll still runs this often to catch dropped notifications. */
    safetySyncMinutes: number;
    /** Channels are renewed when they expire within this many minutes. */
    renewBeforeMinutes: number;
  };
  /**
   * Domains whose accounts may create a rep by signing in with Google or Microsoft at
   * /signin; empty: nobody (an admin adds reps with `agendum rep add` or `agendum connect`).
   */
  allowedSignupDomains: string[];
  /** Timeouts of Google/Microsoft calls; a send that times out has an unknown outcome. */
  providerTimeouts: { requestMs: number; sendMs: number };
  /** Present when GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET are set. */
  google?: {
    clientId: string;
    clientSecret: string;
    /** rootUrl for every googleapis client; undefined keeps each API's own default host. */
    apiBaseUrl?: string;
    tokenUrl: string;
    authUrl: string;
    pubsubTopic?: string;
    /** Shared secret in the Pub/Sub push endpoint URL (`?token=`); set whenever pubsubTopic is. */
    pubsubVerificationToken?: string;
  };
  /** Present when MICROSOFT_CLIENT_ID and MICROSOFT_CLIENT_SECRET are set. */
  microsoft?: {
    clientId: string;
    clientSecret: string;
    tenant: string;
    graphBaseUrl: string;
    authorityHost: string;
  };
}

/** TRUST_PROXY as express wants it: a boolean, a hop count, or a list of names/addresses. */
function parseTrustProxy(value: string): false | number | string {
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** Both variables of a pair, or neither: one alone is a mistake worth naming. */
function pairProblem(env: Record<string, unknown>, a: string, b: string): string | null {
  if (Boolean(env[a]) === Boolean(env[b])) return null;
  const missing = env[a] ? b : a;
  return `- ${missing} is missing: set both ${a} and ${b}, or neither`;
}

/**
 * Gmail pushes cannot be verified offline by their OIDC token, so the push endpoint carries
 * a shared secret: required with a topic, long enough not to be guessed, never echoed.
 */
function pubsubTokenProblem(topic: string | undefined, token: string | undefined): string | null {
  if (token !== undefined && token.length < 16) {
    return '- GOOGLE_PUBSUB_VERIFICATION_TOKEN is too short: use at least 16 characters, e.g. `openssl rand -hex 24`';
  }
  if (topic && token === undefined) {
    return '- GOOGLE_PUBSUB_VERIFICATION_TOKEN is missing: GOOGLE_PUBSUB_TOPIC is set, so set the secret the push subscription URL carries (?token=...)';
  }
  return null;
}

/**
 * Parses the environment. Throws one AppError('config_invalid') listing every problem, each
 * naming the variable and how to fix it. Empty strings count as unset.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      return `- ${name}=${JSON.stringify(cleaned[name] ?? '')}: ${i.message}`;
    });
    throw new AppError('config_invalid', `Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const roleList = e.AGENDUM_ROLES.split(',').map((r) => r.trim());
  const roles = { web: roleList.includes('web'), worker: roleList.includes('worker') };
  const embedded = !e.DATABASE_URL || e.DATABASE_URL.startsWith('file:');
  const problems = [
    embedded && !(roles.web && roles.worker)
      ? '- AGENDUM_ROLES must be web,worker with SQLite: its job queue runs inside the one process. Set DATABASE_URL to PostgreSQL to split web and worker instances'
      : null,
    e.DEFAULT_BUSINESS_HOURS_START >= e.DEFAULT_BUSINESS_HOURS_END
      ? '- DEFAULT_BUSINESS_HOURS_START must be earlier than DEFAULT_BUSINESS_HOURS_END'
      : null,
    pairProblem(e, 'GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET'),
    pairProblem(e, 'MICROSOFT_CLIENT_ID', 'MICROSOFT_CLIENT_SECRET'),
    pubsubTokenProblem(e.GOOGLE_PUBSUB_TOPIC, e.GOOGLE_PUBSUB_VERIFICATION_TOKEN),
    e.METRICS_TOKEN !== undefined && e.METRICS_TOKEN.length < 24
      ? '- METRICS_TOKEN is too short: use at least 24 characters, e.g. `openssl rand -hex 24`'
      : null,
    e.METRICS_PORT !== undefined && e.METRICS_PORT === e.PORT
      ? '- METRICS_PORT must differ from PORT: it serves /metrics on its own loopback-only listener'
      : null,
  ].filter((p): p is string => p !== null);
  if (problems.length > 0) {
    throw new AppError('config_invalid', `Invalid configuration:\n${problems.join('\n')}`);
  }
  const dataDir = path.resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    http: { port: e.PORT, host: e.HOST, publicUrl, trustProxy: parseTrustProxy(e.TRUST_PROXY) },
    auth: {
      admins: (e.AGENDUM_ADMINS ?? '')
        .split(',')
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
      sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
      sessionMaxMs: e.SESSION_MAX_HOURS * 3_600_000,
      signinLinkMs: e.SIGNIN_LINK_MINUTES * 60_000,
    },
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
    dataDir,
    databaseUrl: e.DATABASE_URL ?? `file:${path.join(dataDir, 'agendum.db')}`,
    secretKeyHex: e.AGENDUM_SECRET_KEY,
    demo: e.AGENDUM_DEMO,
    templatesDir: path.resolve(e.TEMPLATES_DIR ?? path.join(PACKAGE_ROOT, 'templates')),
    examplesDir: path.join(PACKAGE_ROOT, 'examples'),
    mailDomain: e.MAIL_DOMAIN ?? new URL(publicUrl).hostname,
    sync: {
      calendarPollSeconds: e.CALENDAR_POLL_SECONDS,
      localPollSeconds: e.LOCAL_POLL_SECONDS,
      inboxPollSeconds: e.INBOX_POLL_SECONDS,
      inboxIdlePollMinutes: e.INBOX_IDLE_POLL_MINUTES,
      windowDays: e.SYNC_WINDOW_DAYS,
    },
    jobs: { pollMs: e.JOB_POLL_MS, concurrency: e.JOB_CONCURRENCY },
    roles,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    approvalLinkTtlHours: e.APPROVAL_LINK_TTL_HOURS,
    bookNextGraceDays: e.BOOK_NEXT_GRACE_DAYS,
    dailySendCap: e.DAILY_SEND_CAP,
    repDefaults: {
      approvalMode: e.DEFAULT_APPROVAL_MODE,
      agendaLeadMinutes: e.DEFAULT_AGENDA_LEAD_HOURS * 60,
      businessHours: {
        start: e.DEFAULT_BUSINESS_HOURS_START,
        end: e.DEFAULT_BUSINESS_HOURS_END,
        days: [...new Set(e.DEFAULT_BUSINESS_DAYS.split(',').map(Number))].sort(),
      },
      recapDelayMinutes: e.DEFAULT_RECAP_DELAY_MINUTES,
      maxExternalAttendees: e.MAX_EXTERNAL_ATTENDEES,
      unconfirmedNudgeMinutes: e.DEFAULT_UNCONFIRMED_NUDGE_MINUTES,
      approvalReminderMinutes: e.DEFAULT_APPROVAL_REMINDER_MINUTES,
    },
    logLevel: e.LOG_LEVEL,
    push: {
      enabled: e.PUBLIC_URL !== undefined,
      debounceMs: e.PUSH_DEBOUNCE_MS,
      safetySyncMinutes: e.CALENDAR_SAFETY_SYNC_MINUTES,
      renewBeforeMinutes: e.PUSH_RENEW_BEFORE_MINUTES,
    },
    allowedSignupDomains: (e.ALLOWED_SIGNUP_DOMAINS ?? '')
      .split(',')
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
    providerTimeouts: {
      requestMs: e.PROVIDER_REQUEST_TIMEOUT_SECONDS * 1000,
      sendMs: e.PROVIDER_SEND_TIMEOUT_SECONDS * 1000,
    },
    google:
      e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET
        ? {
            clientId: e.GOOGLE_CLIENT_ID,
            clientSecret: e.GOOGLE_CLIENT_SECRET,
            apiBaseUrl: e.GOOGLE_API_BASE_URL,
            tokenUrl: e.GOOGLE_OAUTH_TOKEN_URL,
            authUrl: e.GOOGLE_OAUTH_AUTH_URL,
            pubsubTopic: e.GOOGLE_PUBSUB_TOPIC,
            pubsubVerificationToken: e.GOOGLE_PUBSUB_VERIFICATION_TOKEN,
          }
        : undefined,
    microsoft:
      e.MICROSOFT_CLIENT_ID && e.MICROSOFT_CLIENT_SECRET
        ? {
            clientId: e.MICROSOFT_CLIENT_ID,
            clientSecret: e.MICROSOFT_CLIENT_SECRET,
            tenant: e.MICROSOFT_TENANT,
            graphBaseUrl: e.MICROSOFT_GRAPH_BASE_URL,
            authorityHost: e.MICROSOFT_AUTHORITY_HOST,
          }
        : undefined,
  };
}
