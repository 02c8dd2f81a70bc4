/**
 * The gauges an operator alerts on, read from the database when Prometheus scrapes:
 * connections that need a reconnect, calendars that stopped syncing, push channels about to
 * lapse, steps that pile up or fail. Every series is an aggregate (by provider, status or
 * kind), so the output stays the same size with 10,000 reps. Any instance answers the same.
 */
import { Gauge, type Registry } from 'prom-client';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { syncIntervalMs } from '../workflows/connections/check-readiness.js';

/** Where the gauges read from. */
export interface GaugeSource {
  db: Db;
  clock: () => Date;
  config: Config;
}

/** A channel this close to its expiry was not renewed in time (renewal starts hours before). */
const CHANNEL_WARNING_MS = 60 * 60_000;

type Count = { labels: Record<string, string>; value: number };

interface Snapshot {
  connections: Count[];
  syncAgeMax: Count[];
  syncOverdue: Count[];
  channelsExpiring: Count[];
  steps: Count[];
  messages: Count[];
}

/** Adds `by` to the count of `key` (a provider), so a provider with none still shows 0. */
const bump = (counts: Map<string, number>, key: string, by: number) =>
  counts.set(key, (counts.get(key) ?? 0) + by);

const byProvider = (counts: Map<string, number>): Count[] =>
  [...counts].map(([provider, value]) => ({ labels: { provider }, value }));

async function readSnapshot(src: GaugeSource): Promise<Snapshot> {
  const now = src.clock();
  const [statuses, active, steps, messages] = await Promise.all([
    src.db.connection.groupBy({ by: ['provider', 'status'], _count: { _all: true } }),
    src.db.connection.findMany({
      where: { status: 'active' },
      select: { provider: true, lastSyncedAt: true, createdAt: true, channelExpiresAt: true },
    }),
    src.db.step.groupBy({ by: ['kind', 'status'], _count: { _all: true } }),
    src.db.message.groupBy({ by: ['kind', 'status'], _count: { _all: true } }),
  ]);
  const ageMax = new Map<string, number>();
  const overdue = new Map<string, number>();
  const expiring = new Map<string, number>();
  for (const c of active) {
    // A connection that never synced is as old as the connection (as /readyz counts it).
    const ageMs = now.getTime() - (c.lastSyncedAt ?? c.createdAt).getTime();
    ageMax.set(c.provider, Math.max(ageMax.get(c.provider) ?? 0, ageMs / 1000));
    bump(overdue, c.provider, ageMs > 2 * syncIntervalMs(src.config, c, now) ? 1 : 0);
    const expiresSoon =
      c.channelExpiresAt && c.channelExpiresAt.getTime() - now.getTime() < CHANNEL_WARNING_MS;
    bump(expiring, c.provider, expiresSoon ? 1 : 0);
  }
  return {
    connections: statuses.map((s) => ({
      labels: { provider: s.provider, status: s.status },
      value: s._count._all,
    })),
    syncAgeMax: byProvider(ageMax),
    syncOverdue: byProvider(overdue),
    channelsExpiring: byProvider(expiring),
    steps: steps.map((s) => ({ labels: { kind: s.kind, status: s.status }, value: s._count._all })),
    messages: messages.map((m) => ({ labels: { kind: m.kind, status: m.status }, value: m._count._all })),
  };
}

/**
 * Registers the gauges. One scrape reads the database once: the gauges' collect() calls
 * start together and share the read in flight.
 */
export function registerDatabaseGauges(registry: Registry, src: GaugeSource): void {
  let reading: Promise<Snapshot> | null = null;
  const snapshot = () => {
    if (!reading) {
      reading = readSnapshot(src);
      const done = () => {
        reading = null;
      };
      reading.then(done, done);
    }
    return reading;
  };
  const gauge = (name: string, help: string, labelNames: string[], pick: (s: Snapshot) => Count[]) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const counts = pick(await snapshot());
        // A status or kind that is gone must not keep its last value.
        this.reset();
        for (const c of counts) this.set(c.labels, c.value);
      },
    });
  gauge(
    'agendum_connections',
    'Connections by provider and status (needs_reauth: the rep must reconnect).',
    ['provider', 'status'],
    (s) => s.connections,
  );
  gauge(
    'agendum_connection_sync_age_max_seconds',
    'Seconds since the calendar sync of the active connection synced longest ago, by provider (a connection never synced counts from its creation).',
    ['provider'],
    (s) => s.syncAgeMax,
  );
  gauge(
    'agendum_connections_sync_overdue',
    'Active connections whose calendar has not synced within twice its sync interval (poll interval; with a live push channel the safety sync), by provider.',
    ['provider'],
    (s) => s.syncOverdue,
  );
  gauge(
    'agendum_push_channels_expiring',
    'Active connections whose push channel (Google watch channel, Graph subscription) expires within an hour or has expired, by provider.',
    ['provider'],
    (s) => s.channelsExpiring,
  );
  gauge(
    'agendum_steps',
    'Steps by kind and status (paused: waiting for a reconnect).',
    ['kind', 'status'],
    (s) => s.steps,
  );
  gauge('agendum_messages', 'Messages by kind and status.', ['kind', 'status'], (s) => s.messages);
}
