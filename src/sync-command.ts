/**
 * `agendum sync --email REP`: syncs that rep's calendar connection(s) now, in this process,
 * against the configured database (as the other CLI verbs work), and shows how far it got:
 * a bar redrawn in place on a terminal, one plain line per step otherwise (logs, CI). It
 * prints the address typed and counts, never another address, a token or any event text.
 * The steps the sync plans run in the service (its sweep finds due steps without a job).
 */
import type { Config } from './config.js';
import { createContext } from './create-context.js';
import { progressBar, progressLine, type SyncProgress } from './domain/sync-progress.js';
import { AppError, errorMessage } from './errors.js';
import { createLogger } from './log.js';
import { type SyncSummary, syncCalendar } from './workflows/calendar/sync-calendar.js';
import { markNeedsReauth, reconnectHint } from './workflows/connections/connection-health.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where the progress goes: standard output, and whether it is a terminal. */
export interface ProgressOutput {
  write(text: string): void;
  isTTY: boolean;
}

/** The rep has no such address, or typed none: the CLI exits 2 (a usage error). */
export class UnknownRepError extends AppError {}

/** One line of progress for `provider`: "google [####----]  50% 200 of 400 events read, …". */
export function progressText(provider: string, p: SyncProgress, tty: boolean): string {
  return tty ? `${provider} ${progressBar(p)} ${progressLine(p)}` : `${provider}: ${progressLine(p)}`;
}

/** The final line of one connection's sync. */
export function summaryText(provider: string, p: SyncProgress, s: SyncSummary): string {
  const counts = `${s.created} new, ${s.updated} changed, ${s.unchanged} unchanged, ${s.removed} removed`;
  const errors = s.errors ? `; ${s.errors} event(s) could not be applied (see the log)` : '';
  return `${provider}: done, ${p.eventsRead} event(s) read, ${p.meetingsFound} prospect meeting(s) found (${counts})${errors}`;
}

/** Draws progress: in place on a terminal (one line, rewritten), a line per update otherwise. */
function progressPrinter(out: ProgressOutput, provider: string) {
  let last: SyncProgress = { eventsListed: null, eventsRead: 0, meetingsFound: 0, finished: false };
  return {
    show(p: SyncProgress) {
      last = p;
      if (p.finished) return; // the summary line says the rest
      if (out.isTTY) out.write(`\r\x1b[2K${progressText(provider, p, true)}`);
      else out.write(`${progressText(provider, p, false)}\n`);
    },
    end(line: string) {
      out.write(`${out.isTTY ? '\r\x1b[2K' : ''}${line}\n`);
    },
    get last() {
      return last;
    },
  };
}

/** Runs the sync of every calendar connection of the rep; returns whether all of them synced. */
export async function runSync(
  config: Config,
  opts: { email?: string | undefined },
  out: ProgressOutput,
): Promise<boolean> {
  const email = opts.email?.trim().toLowerCase();
  if (!email || !EMAIL.test(email)) {
    throw new UnknownRepError('bad_request', "Give the rep's address with --email rep@example.com.");
  }
  const ctx = await createContext(config, { log: createLogger('warn') });
  try {
    const rep = await ctx.db.rep.findUnique({
      where: { email },
      include: { connections: { orderBy: { createdAt: 'asc' } } },
    });
    if (!rep || rep.connections.length === 0) {
      throw new UnknownRepError(
        'not_found',
        `No rep with a calendar connection has the address ${email}. Check the spelling, or add the rep first: agendum rep add --email ${email} (local calendar folder) or agendum connect google|microsoft --email ${email} --refresh-token TOKEN.`,
      );
    }
    let ok = true;
    for (const conn of rep.connections) {
      const printer = progressPrinter(out, conn.provider);
      if (conn.status === 'needs_reauth') {
        printer.end(
          `${conn.provider}: not synced, it needs to be reconnected: ${reconnectHint(conn.provider)}`,
        );
        ok = false;
        continue;
      }
      try {
        const summary = await syncCalendar(ctx, conn.id, { onProgress: (p) => printer.show(p) });
        printer.end(summaryText(conn.provider, printer.last, summary));
        if (summary.errors) ok = false;
      } catch (err) {
        ok = false;
        if (err instanceof AppError && err.code === 'needs_reauth') {
          await markNeedsReauth(ctx.db, ctx.secretKey, conn.id, err);
          printer.end(
            `${conn.provider}: the provider refused the stored sign-in: ${reconnectHint(conn.provider)}`,
          );
        } else printer.end(`${conn.provider}: sync failed: ${errorMessage(err)}`);
      }
    }
    return ok;
  } finally {
    await ctx.db.$disconnect();
  }
}
