/**
 * `GET /metrics` in the Prometheus text format: what an operator alerts on — connections
 * that need a reconnect, syncs that stopped moving, channels about to lapse, steps that
 * pile up or fail. Every figure is read from the database, so any instance answers the same.
 */
import type { AppContext } from '../context.js';

type Labels = Record<string, string>;

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function sample(name: string, labels: Labels, value: number): string {
  const l = Object.entries(labels)
    .map(([k, v]) => `${k}="${escapeLabel(v)}"`)
    .join(',');
  return `${name}${l ? `{${l}}` : ''} ${Number.isFinite(value) ? value : 0}`;
}

function family(name: string, help: string, samples: string[]): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...samples];
}

/** Renders every metric. */
export async function renderMetrics(ctx: AppContext): Promise<string> {
  const now = ctx.clock().getTime();
  const [connections, steps, messages] = await Promise.all([
    ctx.db.connection.findMany({
      select: { id: true, provider: true, status: true, lastSyncedAt: true, channelExpiresAt: true },
    }),
    ctx.db.step.groupBy({ by: ['kind', 'status'], _count: { _all: true } }),
    ctx.db.message.groupBy({ by: ['kind', 'status'], _count: { _all: true } }),
  ]);
  const byStatus = new Map<string, number>();
  for (const c of connections)
    byStatus.set(`${c.provider}|${c.status}`, (byStatus.get(`${c.provider}|${c.status}`) ?? 0) + 1);
  const lines = [
    ...family(
      'agendum_connections',
      'Connections by provider and status (needs_reauth: the rep must reconnect).',
      [...byStatus].map(([k, n]) => {
        const [provider = '', status = ''] = k.split('|');
        return sample('agendum_connections', { provider, status }, n);
      }),
    ),
    ...family(
      'agendum_connection_sync_age_seconds',
      'Seconds since the connection last synced its calendar.',
      connections
        .filter((c) => c.lastSyncedAt)
        .map((c) =>
          sample(
            'agendum_connection_sync_age_seconds',
            { connection: c.id, provider: c.provider },
            (now - (c.lastSyncedAt?.getTime() ?? now)) / 1000,
          ),
        ),
    ),
    ...family(
      'agendum_push_channel_expires_in_seconds',
      'Seconds until the push channel (Google watch channel, Graph subscription) expires.',
      connections
        .filter((c) => c.channelExpiresAt)
        .map((c) =>
          sample(
            'agendum_push_channel_expires_in_seconds',
            { connection: c.id, provider: c.provider },
            ((c.channelExpiresAt?.getTime() ?? now) - now) / 1000,
          ),
        ),
    ),
    ...family(
      'agendum_steps',
      'Steps by kind and status (paused: waiting for a reconnect).',
      steps.map((s) => sample('agendum_steps', { kind: s.kind, status: s.status }, s._count._all)),
    ),
    ...family(
      'agendum_messages',
      'Messages by kind and status.',
      messages.map((m) => sample('agendum_messages', { kind: m.kind, status: m.status }, m._count._all)),
    ),
    ...family('process_resident_memory_bytes', 'Resident memory of this process.', [
      sample('process_resident_memory_bytes', {}, process.memoryUsage().rss),
    ]),
    ...family('process_uptime_seconds', 'Seconds since this process started.', [
      sample('process_uptime_seconds', {}, process.uptime()),
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
