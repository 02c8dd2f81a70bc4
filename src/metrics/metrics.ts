/**
 * What agendum tells Prometheus, in one place: a registry per process (never prom-client's
 * global one, so a test can run several services side by side), Node's default process
 * metrics, the counters and histograms the code feeds through the typed functions below,
 * and the gauges read from the database at scrape time (database-gauges.ts).
 *
 * Counters and histograms are this process's own: sum them across instances. The database
 * gauges are the cluster's: every instance reports the same figures, so take their max.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { MessageKind } from '../db/types.js';
import type { JobKind } from '../jobs/job-kinds.js';
import type { StepKind } from '../jobs/step-kinds.js';
import type { ProviderRequest } from '../providers/oauth-types.js';
import { type GaugeSource, registerDatabaseGauges } from './database-gauges.js';
import { providerEndpoint } from './provider-endpoints.js';

/** How a job handler ended: returned, or threw (the queue then retries the job). */
export type JobOutcome = 'ok' | 'error';

/** Who wrote a Confirmation row: the prospect (reply, page) or the rep settling an answer. */
export type ConfirmationSource = 'reply' | 'page' | 'rep';

export interface Metrics {
  /** The Content-Type of `render()`. */
  readonly contentType: string;
  /** Every metric of this process in the Prometheus text format (reads the database gauges). */
  render(): Promise<string>;
  /** A job handler returned (`ok`) or threw (`error`) after `seconds`. */
  jobFinished(kind: JobKind, outcome: JobOutcome, seconds: number): void;
  /** A claimed step started `lagMs` after its due time. */
  stepStarted(kind: StepKind, lagMs: number): void;
  /** One HTTP request of a provider SDK (the endpoint is named here, never from ids). */
  providerRequest(provider: 'google' | 'microsoft', request: ProviderRequest): void;
  /** A message became `sent` (messages/message-status.ts). */
  messageSent(kind: MessageKind): void;
  /** A Confirmation row was written: `intent` is the prospect's answer or the rep's act. */
  confirmationRecorded(source: ConfirmationSource, intent: string): void;
  /** An agenda's approval request was sent, `seconds` after the meeting was first seen. */
  approvalRequestSent(seconds: number): void;
}

export interface MetricsOptions {
  /** The database the gauges read at scrape time; without it there are none (unit tests). */
  gauges?: GaugeSource;
  /** Node's process metrics (memory, CPU, event loop, GC); default true. */
  processMetrics?: boolean;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A meeting may be seen weeks ahead and drafted a day before it: minutes to a month. */
const APPROVAL_BUCKETS = [
  MINUTE,
  15 * MINUTE,
  HOUR,
  6 * HOUR,
  DAY,
  2 * DAY,
  4 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
];

/** Creates this process's registry with every instrument on it. */
export function createMetrics(opts: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (opts.processMetrics !== false) collectDefaultMetrics({ register: registry });
  if (opts.gauges) registerDatabaseGauges(registry, opts.gauges);

  const jobDuration = new Histogram({
    name: 'agendum_job_duration_seconds',
    help: 'Job handler run time by job kind; outcome error: the handler threw and the queue retries the job (a step that fails is recorded on the step and ends ok).',
    labelNames: ['kind', 'outcome'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers,
  });
  const stepLag = new Histogram({
    name: 'agendum_step_start_lag_seconds',
    help: "Seconds from a step's due time to the moment a runner claimed it, by step kind.",
    labelNames: ['kind'],
    buckets: [0.1, 0.5, 1, 5, 15, 30, MINUTE, 2 * MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR],
    registers,
  });
  const providerCalls = new Counter({
    name: 'agendum_provider_calls_total',
    help: "HTTP requests to Google's and Microsoft's APIs by provider, endpoint and HTTP status (error: no answer, e.g. a timeout or a refused connection).",
    labelNames: ['provider', 'endpoint', 'status'],
    registers,
  });
  const messagesSent = new Counter({
    name: 'agendum_messages_sent_total',
    help: 'Messages that became sent, by kind, each counted once (by the worker whose update marked it sent).',
    labelNames: ['kind'],
    registers,
  });
  const confirmations = new Counter({
    name: 'agendum_confirmations_total',
    help: "Confirmations recorded, by source (reply, page: the prospect; rep: the rep settled an answer) and intent (the prospect's answer or the rep's act).",
    labelNames: ['source', 'intent'],
    registers,
  });
  const changeToApproval = new Histogram({
    name: 'agendum_change_to_approval_seconds',
    help: "Seconds from the sync that first saw a prospect meeting (its draft_agenda step's createdAt) to the provider accepting the agenda's approval request to the rep. It includes the planned wait until the draft is due (the rep's agenda lead time before the meeting, moved into business hours).",
    buckets: APPROVAL_BUCKETS,
    registers,
  });

  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    jobFinished: (kind, outcome, seconds) => jobDuration.observe({ kind, outcome }, seconds),
    stepStarted: (kind, lagMs) => stepLag.observe({ kind }, Math.max(0, lagMs) / 1000),
    providerRequest(provider, request) {
      const endpoint = providerEndpoint(provider, request.method, request.url);
      providerCalls.inc({ provider, endpoint, status: String(request.status) });
    },
    messageSent: (kind) => messagesSent.inc({ kind }),
    confirmationRecorded: (source, intent) => confirmations.inc({ source, intent }),
    approvalRequestSent: (seconds) => changeToApproval.observe(Math.max(0, seconds)),
  };
}
