/**
 * Provider calls over one prospect meeting's whole life, through the running service in
 * virtual time: the meeting is booked (push → sync), its agenda drafted when due and the
 * approval request mailed to the rep, the rep approves by the /a/ link, the agenda is sent,
 * the prospect's reply arrives in Gmail and is read, the recap prompt goes out after the
 * meeting, the rep records the outcome on its form, the recap's approval request goes out,
 * the rep approves and the recap is sent. A second rep, connected the same way and left
 * idle, runs beside it on the same timers: the meeting's share of Gmail (and of channel
 * upkeep) is the first rep's calls minus the second's, as the inbox polls both pay whatever
 * happens. Its share of Calendar is the incremental listings that carried its event: the
 * hourly safety syncs are idle cost, and the push sync moves the first rep's ones relative
 * to the twin's, so a difference there would count one more or one less.
 */
import type { AppContext } from '../src/context.js';
import type { GoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { startGoogleEmulator } from '../test/emulators/google/google-emulator.js';
import { actionPathIn, postForm } from '../test/helpers/http.js';
import { createBenchDb, type DbKind } from './bench-db.js';
import { countCallsPerUser } from './call-counter.js';
import { type BenchRep, benchEvent, connectGoogleReps } from './google-reps.js';
import {
  followingClock,
  GMAIL_PUSH_ENV,
  startVirtualService,
  type VirtualService,
} from './virtual-service.js';

const HOUR = 3_600_000;

export interface MeetingLifeResult {
  /** The meeting's calls: the active rep's minus the idle twin's, by route. */
  byRoute: Record<string, number>;
  callsPerMeeting: number;
  /** Service hours from booking to the recap sent. */
  hours: number;
}

/** Counts `rep`'s incremental events.list answers that list event `id()` (the meeting's share of sync). */
function countListingsOf(emu: GoogleEmulator, rep: string, id: () => string): () => number {
  let n = 0;
  const handle = emu.eventsList.handle.bind(emu.eventsList);
  emu.eventsList.handle = (req, cal) => {
    const out = handle(req, cal);
    const items = (out.body as { items?: { id?: string }[] }).items ?? [];
    if (cal.owner === rep && req.query.has('syncToken') && items.some((e) => e.id === id())) n++;
    return out;
  };
  return () => n;
}

/** The /a/ link of the approval request for message `subjectId`, once Gmail has it. */
async function approvalLinkFor(vs: VirtualService, emu: GoogleEmulator, rep: BenchRep, subjectId: string) {
  const db = vs.service.ctx.db;
  const request = await vs.until('the approval request', () =>
    db.message.findFirst({
      where: { kind: 'approval_request', subjectMessageId: subjectId, status: 'sent' },
    }),
  );
  const mail = emu.folder(rep.email, 'SENT').find((m) => m.messageIdHeader === request.messageId);
  if (!mail) throw new Error('meeting life: the approval request is not in Gmail');
  return actionPathIn(mail.raw, 'a');
}

async function post(url: string, fields: Record<string, string>): Promise<void> {
  const res = await postForm(url, fields);
  if (res.status !== 200) throw new Error(`meeting life: POST ${url} answered ${res.status}`);
}

function replyTo(prospect: string, rep: string, agenda: { subject: string; messageId: string }): Buffer {
  return Buffer.from(
    [
      `From: Buyer <${prospect}>`,
      `To: ${rep}`,
      `Subject: Re: ${agenda.subject}`,
      'Message-ID: <reply-bench@company-bench.example>',
      `In-Reply-To: ${agenda.messageId}`,
      `References: ${agenda.messageId}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Yes, that is the point. See you then.',
      '',
    ].join('\r\n'),
  );
}

const sentMessage = (ctx: AppContext, kind: 'agenda' | 'recap' | 'recap_prompt') =>
  ctx.db.message.findFirst({ where: { kind, status: 'sent' } });

export async function benchMeetingLifeCalls(
  kind: DbKind,
  opts: { bookedHoursAhead: number },
): Promise<MeetingLifeResult> {
  const clock = followingClock();
  const emu = await startGoogleEmulator({ now: clock.now });
  const counter = countCallsPerUser(emu);
  const db = await createBenchDb(kind);
  const vs = await startVirtualService(db, emu, { DEFAULT_APPROVAL_MODE: 'approve', ...GMAIL_PUSH_ENV });
  clock.follow(vs);
  const { ctx } = vs.service;
  try {
    const [rep, twin] = (await connectGoogleReps(ctx, emu, 2)) as [BenchRep, BenchRep];
    for (const r of [rep, twin]) await vs.service.sync.add(r.connectionId);
    await vs.until(
      'both channels',
      async () => (await ctx.db.connection.count({ where: { channelId: { not: null } } })) === 2,
    );
    await vs.advance(60_000);
    let eventId = '';
    const listings = countListingsOf(emu, rep.email, () => eventId);
    const before = { rep: counter.of(rep.email), twin: counter.of(twin.email) };
    const booked = vs.now().getTime();

    const start = new Date(booked + opts.bookedHoursAhead * HOUR);
    const event = benchEvent(rep.email, 1, start, true);
    eventId = emu.calendar(rep.email).addEvent(event);
    const agenda = await vs.until('the agenda drafted', () =>
      ctx.db.message.findFirst({ where: { kind: 'agenda' } }),
    );
    await post(vs.url + (await approvalLinkFor(vs, emu, rep, agenda.id)), { action: 'approve' });
    const sent = await vs.until('the agenda sent', () => sentMessage(ctx, 'agenda'));

    const prospect = (event.attendees?.[1]?.email ?? '') as string;
    await emu.deliver(rep.email, replyTo(prospect, rep.email, sent));
    await vs.until('the reply read', async () => (await ctx.db.confirmation.count()) > 0);

    const prompt = await vs.until(
      'the recap prompt sent',
      () => sentMessage(ctx, 'recap_prompt'),
      2 * 86_400_000,
    );
    const promptMail = emu.folder(rep.email, 'SENT').find((m) => m.messageIdHeader === prompt.messageId);
    if (!promptMail) throw new Error('meeting life: the recap prompt is not in Gmail');
    const outcome = {
      agreed: 'late re-plans cost them about 6 hours a week',
      nextStep: 'a technical deep-dive with their ops lead',
      owner: 'rep',
      due: new Date(vs.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10),
    };
    await post(vs.url + (await actionPathIn(promptMail.raw, 'a')), outcome);
    const recap = await vs.until('the recap drafted', () =>
      ctx.db.message.findFirst({ where: { kind: 'recap' } }),
    );
    await post(vs.url + (await approvalLinkFor(vs, emu, rep, recap.id)), { ...outcome, action: 'approve' });
    await vs.until('the recap sent', () => sentMessage(ctx, 'recap'));
    const hours = (vs.now().getTime() - booked) / HOUR;
    // The recap and anything it queued settle; the inbox reads back what was mailed to the rep.
    await vs.advance(5 * 60_000);

    const after = { rep: counter.of(rep.email), twin: counter.of(twin.email) };
    const byRoute: Record<string, number> = { 'calendar.events.list': listings() };
    for (const route of new Set([...Object.keys(after.rep), ...Object.keys(after.twin)])) {
      const d =
        (after.rep[route] ?? 0) -
        (before.rep[route] ?? 0) -
        ((after.twin[route] ?? 0) - (before.twin[route] ?? 0));
      if (d !== 0 && route !== 'calendar.events.list') byRoute[route] = d;
    }
    return { byRoute, callsPerMeeting: Object.values(byRoute).reduce((a, b) => a + b, 0), hours };
  } finally {
    await vs.stop();
    await emu.close();
    await db.remove();
  }
}
