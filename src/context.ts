/**
 * The small context object every workflow receives, built once in main.ts (or by a test).
 * Dependencies are passed in; there is no container.
 */

import type { StoredTemplates } from './compose/stored-templates.js';
import type { TemplateLibrary } from './compose/template-library.js';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { Timers } from './jobs/timers.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics/metrics.js';
import type { ProviderRegistry } from './providers/registry.js';

export interface AppContext {
  config: Config;
  db: Db;
  /** The only source of "now" in workflows, so tests control time. */
  clock: () => Date;
  /** Every timer the service's loops set (polls, debounces, retries), so tests drive them. */
  timers: Timers;
  /** Signs action links (and, for OAuth providers, encrypts tokens). */
  secretKey: Buffer;
  /** Every language's email templates and stage playbook (`templates.forLanguage`, `playbookFor`). */
  templates: TemplateLibrary;
  /** The template versions saved in the browser, the layer above the files (`templates.reload` after `load`). */
  storedTemplates: StoredTemplates;
  providers: ProviderRegistry;
  /** The job queue every workflow enqueues on (embedded, or graphile-worker on PostgreSQL). */
  jobs: JobQueue;
  log: Logger;
  /** This process's metrics (src/metrics/): a registry of its own, read by GET /metrics. */
  metrics: Metrics;
}
