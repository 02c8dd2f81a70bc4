import { silentLogger } from '../src/log.js';
import { type Service, startService } from '../src/main.js';
import type { GoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { driveService } from '../test/helpers/drive-service.js';
import { ManualTimers } from '../test/helpers/manual-timers.js';
import { freePort } from '../test/helpers/spawn-cli.js';
import { type BenchDb, benchServiceConfig } from './bench-db.js';

const MINUTE = 60_000;

export interface VirtualService {
  service: Service;
  url: string;
  /** The service's "now". */
  now(): Date;
  /** Lets `ms` of service time pass, doing what falls due. */
  advance(ms: number): Promise<void>;
  /** Lets service time pass until `check` returns something truthy; fails after `withinMs`. */
  until<T>(what: string, check: () => Promise<T> | T, withinMs?: number): Promise<NonNullable<T>>;
  stop(): Promise<void>;
}

/** Drives graphile-worker minute by minute: due timers, the cluster sweep, then rest. */
function minuteDriver(service: Service, timers: ManualTimers, emu: GoogleEmulator) {
  // Jobs a job enqueues are due at once, so one quiet() covers them; a webhook the emulator
  // sent meanwhile may enqueue more: another pass, until one makes no request (at most 3).
  const rest = async () => {
    for (let i = 0; i < 3; i++) {
      const before = emu.requests.length;
      await emu.settle();
      await service.quiet();
      if (emu.requests.length === before) return;
    }
  };
  const minute = async () => {
    const target = timers.clock().getTime() + MINUTE;
    for (let next = timers.nextAt(); next !== undefined && next <= target; next = timers.nextAt()) {
      await timers.fireNext();
    }
    timers.moveTo(target);
    await service.ctx.jobs.enqueue('sweep', {}, { timing: 'keep_earlier' });
    await rest();
  };
  return {
    async settle(ms: number) {
      await rest();
      for (let left = ms; left > 0; left -= MINUTE) await minute();
    },
    async until<T>(what: string, check: () => Promise<T> | T, withinMs: number) {
      const limit = timers.clock().getTime() + withinMs;
      for (;;) {
        await rest();
        const value = await check();
        if (value) return value as NonNullable<T>;
        if (timers.clock().getTime() >= limit)
          throw new Error(`${what}: did not happen within ${withinMs / 1000} s of service time`);
        await minute();
      }
    },
  };
}

/**
 * A clock for the emulator that follows the service's virtual time once the service runs,
 * so what Google times — Gmail's one push per second per mailbox, watch and channel
 * lifetimes — counts service time too, as it would in a real day.
 */
export function followingClock() {
  let source = Date.now;
  return {
    now: () => source(),
    follow(vs: VirtualService) {
      source = () => vs.now().getTime();
    },
  };
}

const PUBSUB_TOPIC = 'projects/agendum-bench/topics/gmail';
const PUBSUB_TOKEN = 'bench-pubsub-verification-0123456789';

/**
 * Gmail push through Pub/Sub, as a production install with GOOGLE_PUBSUB_TOPIC has it:
 * the emulator's push subscription delivers to the service's endpoint.
 */
export const GMAIL_PUSH_ENV = {
  GOOGLE_PUBSUB_TOPIC: PUBSUB_TOPIC,
  GOOGLE_PUBSUB_VERIFICATION_TOKEN: PUBSUB_TOKEN,
};

/** Starts the service on `db` against `emu`, in virtual time; `env` overrides the defaults. */
export async function startVirtualService(
  db: BenchDb,
  emu: GoogleEmulator,
  env: Record<string, string> = {},
): Promise<VirtualService> {
  const port = await freePort();
  const config = benchServiceConfig(db, emu, port, { JOB_POLL_MS: String(MINUTE), ...env });
  const start = db.kind === 'postgres' ? new Date(Date.now() - 3 * 86_400_000) : new Date();
  const timers = new ManualTimers(start);
  const service = await startService(config, { log: silentLogger, clock: timers.clock, timers });
  if (config.google?.pubsubTopic)
    emu.pubsub.subscribe(
      config.google.pubsubTopic,
      `http://127.0.0.1:${port}/webhooks/google/gmail?token=${config.google.pubsubVerificationToken}`,
    );
  const driver =
    db.kind === 'postgres'
      ? minuteDriver(service, timers, emu)
      : driveService(service, timers, () => emu.settle());
  return {
    service,
    url: `http://127.0.0.1:${port}`,
    now: timers.clock,
    advance: (ms) => driver.settle(ms),
    until: (what, check, withinMs = 7 * 86_400_000) => driver.until(what, check, withinMs),
    stop: () => service.stop(),
  };
}
