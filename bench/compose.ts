/**
 * Compose: agenda emails rendered to MIME, one after another on one core. Each meeting and
 * its recipients (the opt-out query) are read once beforehand; per email, what the draft
 * step does to make the message from them: the template input (with its signed
 * confirmation link), the agenda templates (subject, text, HTML), and the RFC 5322 build.
 * Meetings come from a first sync of the local provider, so they are classified and
 * pointed as usual. Database reads are not in the figure: they are the sync's and the
 * draft step's cost, counted in the other scenarios.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildMime } from '../src/compose/build-mime.js';
import { composeAgenda } from '../src/compose/compose-agenda.js';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/create-context.js';
import { silentLogger } from '../src/log.js';
import { syncCalendar } from '../src/workflows/calendar/sync-calendar.js';
import {
  agendaInput,
  agendaRecipients,
  loadMeetingForCompose,
} from '../src/workflows/outbound/compose-meeting-agenda.js';
import { icsFor } from '../test/helpers/ics.js';
import { createBenchDb, type DbKind } from './bench-db.js';
import { addLocalRep } from './local-rep.js';

const REP = 'bench.compose@northwind.example';

export interface ComposeResult {
  emails: number;
  seconds: number;
  composePerSec: number;
  /** Per CPU second of this process (user + system): on a busy machine, closer to "on one core". */
  composePerCpuSec: number;
}

export async function benchCompose(kind: DbKind, opts: { emails: number }): Promise<ComposeResult> {
  const db = await createBenchDb(kind);
  const ctx = await createContext(loadConfig({ DATA_DIR: db.dataDir, AGENDUM_DEMO: 'false', ...db.env }), {
    log: silentLogger,
  });
  try {
    const { connectionId, calendarDir } = await addLocalRep(ctx, REP);
    const now = Date.now();
    for (let i = 0; i < 50; i++) {
      const start = new Date(now + (i + 2) * 3_600_000);
      await writeFile(
        path.join(calendarDir, `c${i}.ics`),
        icsFor({
          uid: `compose-${i}@bench`,
          title: `Company${i} — discovery call`,
          start,
          end: new Date(start.getTime() + 1_800_000),
          organizer: REP,
          attendees: [{ email: REP }, { email: `buyer${i}@company${i}.example`, name: `Buyer ${i}` }],
        }),
      );
    }
    await syncCalendar(ctx, connectionId);
    const ids = (await ctx.db.meeting.findMany({ where: { isProspect: true }, select: { id: true } })).map(
      (m) => m.id,
    );
    const meetings = await Promise.all(
      ids.map(async (id) => {
        const meeting = await loadMeetingForCompose(ctx, id);
        return { meeting, recipients: await agendaRecipients(ctx, meeting) };
      }),
    );
    const composeOne = async (i: number) => {
      const { meeting, recipients } = meetings[i % meetings.length] as (typeof meetings)[number];
      const email = composeAgenda(
        ctx.templates.forLanguage('en'),
        agendaInput(ctx, meeting, recipients, null),
      );
      return buildMime({
        from: { name: meeting.rep.name, address: meeting.rep.email },
        to: recipients.map((r) => ({ address: r.email, name: r.name })),
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: `<bench-${i}@agendum.example>`,
        headers: { 'X-Agendum-Kind': 'agenda' },
      });
    };
    for (let i = 0; i < 50; i++) await composeOne(i); // warm: templates compiled, JIT settled
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < opts.emails; i++) await composeOne(i);
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    return {
      emails: opts.emails,
      seconds,
      composePerSec: opts.emails / seconds,
      composePerCpuSec: opts.emails / cpuSeconds,
    };
  } finally {
    await ctx.db.$disconnect();
    await db.remove();
  }
}
