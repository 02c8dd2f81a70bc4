/**
 * The real service in-process on Google (the real googleapis SDK against the emulator):
 * calendar push drives the before-meeting loop end to end; recurring exceptions, a 410 and
 * a burst of notifications behave; forged notifications cause no work.
 */
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { type GoogleService, startGoogleService } from '../helpers/google-service.js';
import { postForm } from '../helpers/http.js';
import { approvalRequestInGmail } from '../helpers/scenario.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya.raman@acme-robotics.example';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let emu: GoogleEmulator;
let svc: GoogleService;

async function start(rep: { approvalMode?: 'approve' | 'auto' | 'draft'; agendaLeadMinutes?: number } = {}) {
  const refreshToken = emu.addUser(REP);
  svc = await startGoogleService(emu, {
    email: REP,
    refreshToken,
    rep: { agendaLeadMinutes: 14 * 24 * 60, ...rep },
  });
  await channelOpened();
}

/** The first sync opens the push channel; waits until it is stored and live at "Google". */
async function channelOpened() {
  await svc.until('push channel', async () => {
    const conn = await svc.service.ctx.db.connection.findUniqueOrThrow({ where: { id: svc.connectionId } });
    return conn.channelId && emu.push.active(REP).some((c) => c.id === conn.channelId);
  });
  await svc.settle();
}

function seedMeeting(summary: string, inHours: number) {
  const start = new Date(Date.now() + inHours * HOUR);
  return emu.calendar(REP).addEvent({
    summary,
    start,
    end: new Date(start.getTime() + 30 * 60_000),
    attendees: [
      { email: REP, responseStatus: 'accepted' },
      { email: PROSPECT, displayName: 'Priya Raman' },
    ],
  });
}

const db = () => svc.service.ctx.db;
const meetings = () => db().meeting.findMany({ orderBy: { start: 'asc' } });

beforeEach(async () => {
  emu = await startGoogleEmulator();
});
afterEach(async () => {
  await svc?.stop();
  await emu.close();
  expect(emu.unimplemented).toEqual([]);
});

describe('Google push loop (service in-process)', () => {
  it('a meeting arriving by push ends as one threaded agenda in Sent after the rep approves', async () => {
    await start();
    const listsBefore = emu.count('calendar.events.list');
    seedMeeting('Acme Robotics × Northwind — discovery call', 48);
    // Only push can make this sync happen now: the safety poll is an hour away.
    const { approvalRequest: request, approvalPath: link } = await approvalRequestInGmail(svc, emu, REP);
    expect(emu.count('calendar.events.list')).toBeGreaterThan(listsBefore);
    expect(request.recipients).toEqual([REP]);
    expect((await postForm(svc.url + link, { action: 'approve' })).status).toBe(200);

    const agenda = await svc.until('agenda sent', () =>
      db().message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
    );
    const sent = emu.folder(REP, 'SENT').filter((m) => m.messageIdHeader === agenda.messageId);
    expect(sent).toHaveLength(1);
    expect(emu.delivered.filter((d) => d.messageId === agenda.messageId).map((d) => d.to)).toEqual([
      PROSPECT,
    ]);
    expect(agenda.providerMessageId).toBe(sent[0]?.id);
    expect(agenda.providerThreadId).toBe(sent[0]?.threadId);
    const parsed = await simpleParser(sent[0]?.raw as Buffer);
    expect(parsed.from?.value[0]?.address).toBe(REP);

    // The prospect answers in the thread: Gmail threads it there, and agendum reads it.
    const reply = await emu.deliver(
      REP,
      Buffer.from(
        [
          `From: Priya Raman <${PROSPECT}>`,
          `To: ${REP}`,
          `Subject: Re: ${agenda.subject}`,
          'Message-ID: <reply-1@acme-robotics.example>',
          `In-Reply-To: ${agenda.messageId}`,
          `References: ${agenda.messageId}`,
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Yes, that is the point. See you Wednesday.',
          '',
        ].join('\r\n'),
      ),
    );
    expect(reply.threadId).toBe(agenda.providerThreadId);
    svc.service.sync.inboxChanged(svc.connectionId);
    await svc.until('reply handled', async () =>
      db().inboundSeen.findUnique({
        where: {
          connectionId_providerMessageId: { connectionId: svc.connectionId, providerMessageId: reply.id },
        },
      }),
    );
    await svc.settle();
    expect(emu.folder(REP, 'SENT').filter((m) => m.messageIdHeader === agenda.messageId)).toHaveLength(1);
  });

  it('re-plans a series: a moved instance keeps its meeting, a cancelled one is retracted', async () => {
    const refreshToken = emu.addUser(REP);
    const first = new Date(Date.now() + 2 * DAY);
    const ids = emu.calendar(REP).addSeries({
      id: 'acmeweekly',
      summary: 'Acme Robotics weekly pilot check-in',
      start: first,
      end: new Date(first.getTime() + 30 * 60_000),
      attendees: [{ email: REP, responseStatus: 'accepted' }, { email: PROSPECT }],
      count: 3,
      everyDays: 3,
    });
    svc = await startGoogleService(emu, {
      email: REP,
      refreshToken,
      rep: { agendaLeadMinutes: 14 * 24 * 60 },
    });
    await svc.until('three meetings with approval requests', async () => {
      const waiting = await db().message.count({ where: { kind: 'agenda', status: 'awaiting_approval' } });
      return waiting === 3;
    });
    await channelOpened();
    const before = await meetings();
    expect(before.map((m) => m.providerEventId)).toEqual(ids);

    const [, moved, cancelled] = ids as [string, string, string];
    const newStart = new Date(first.getTime() + 3 * DAY + 3 * HOUR);
    emu.calendar(REP).moveEvent(moved, newStart, new Date(newStart.getTime() + 30 * 60_000));
    emu.calendar(REP).cancelEvent(cancelled);
    await svc.until('series changes applied', async () => {
      const m = await db().meeting.findFirst({ where: { providerEventId: cancelled } });
      return m?.status === 'cancelled';
    });
    await svc.settle();
    const after = await meetings();
    expect(after).toHaveLength(3);
    expect(after.map((m) => m.id).sort()).toEqual(before.map((m) => m.id).sort());
    const movedMeeting = after.find((m) => m.providerEventId === moved);
    expect(movedMeeting?.start.toISOString()).toBe(newStart.toISOString());
    const cancelledAgenda = await db().message.findFirst({
      where: { kind: 'agenda', meeting: { providerEventId: cancelled } },
    });
    expect(cancelledAgenda?.status).toBe('retracted');
    const movedAgenda = await db().message.findFirst({
      where: { kind: 'agenda', meeting: { providerEventId: moved } },
    });
    expect(movedAgenda?.status).toBe('awaiting_approval');
  });

  it('the rep declining and an attendee change flow into the meeting', async () => {
    await start();
    const id = seedMeeting('Acme Robotics × Northwind — demo', 30);
    await svc.until('meeting', () =>
      db().meeting.findFirst({ where: { providerEventId: id, isProspect: true } }),
    );
    emu.calendar(REP).updateEvent(id, (e) => {
      e.attendees?.push({ email: 'sam.lee@acme-robotics.example', responseStatus: 'accepted' });
    });
    await svc.until('attendee added', async () => {
      const m = await db().meeting.findFirst({ where: { providerEventId: id } });
      return JSON.stringify(m?.attendees).includes('sam.lee@acme-robotics.example');
    });
    emu.calendar(REP).setResponse(id, REP, 'declined');
    const declined = await svc.until('rep declined', async () => {
      const m = await db().meeting.findFirst({ where: { providerEventId: id } });
      return m?.repResponse === 'declined' ? m : null;
    });
    expect(declined.isProspect).toBe(false);
    await svc.settle();
    const agenda = await db().message.findFirst({ where: { kind: 'agenda', meetingId: declined.id } });
    expect(agenda === null || agenda.status === 'retracted').toBe(true);
  });

  it('a 410 mid-life resyncs the window in place: nothing duplicated, the new event added', async () => {
    await start({ agendaLeadMinutes: 60 });
    seedMeeting('Acme call one', 50);
    seedMeeting('Acme call two', 70);
    await svc.until('two meetings', async () => (await db().meeting.count()) === 2);
    await svc.settle();
    const before = await meetings();
    emu.calendar(REP).invalidateSyncTokens();
    seedMeeting('Acme call three', 90);
    await svc.until('three meetings', async () => (await db().meeting.count()) === 3);
    await svc.settle();
    const after = await meetings();
    expect(after.slice(0, 2).map((m) => [m.id, m.contentHash])).toEqual(
      before.map((m) => [m.id, m.contentHash]),
    );
    expect(emu.requests.some((r) => r.route === 'calendar.events.list' && r.status === 410)).toBe(true);
    const steps = await db().step.count({ where: { kind: 'draft_agenda' } });
    expect(steps).toBe(3);
  });

  it('folds a burst of 100 notifications into one sync', async () => {
    await start();
    const before = emu.count('calendar.events.list');
    await emu.push.burst(REP, 100);
    expect(emu.push.deliveries.filter((d) => d.state === 'exists').map((d) => d.status)).toEqual(
      Array(100).fill(200),
    );
    await svc.until('the sync', () => emu.count('calendar.events.list') > before);
    await svc.settle();
    expect(emu.count('calendar.events.list')).toBe(before + 1);
  });

  it('rejects forged notifications with 4xx and does no work; acknowledges the sync handshake', async () => {
    await start();
    const conn = await db().connection.findUniqueOrThrow({ where: { id: svc.connectionId } });
    const before = emu.count('calendar.events.list');
    const notify = (headers: Record<string, string>) =>
      fetch(`${svc.url}/webhooks/google/calendar`, {
        method: 'POST',
        headers: {
          'x-goog-channel-id': conn.channelId as string,
          'x-goog-channel-token': conn.channelToken as string,
          'x-goog-resource-id': conn.channelResourceId as string,
          'x-goog-resource-state': 'exists',
          'x-goog-message-number': '7',
          ...headers,
        },
      });
    expect((await notify({ 'x-goog-channel-token': 'forged' })).status).toBe(403);
    expect((await notify({ 'x-goog-channel-token': '' })).status).toBe(403);
    expect((await notify({ 'x-goog-channel-id': 'someone-elses-channel' })).status).toBe(404);
    expect((await notify({ 'x-goog-resource-id': 'other-resource' })).status).toBe(403);
    expect((await notify({ 'x-goog-resource-state': 'sync' })).status).toBe(200);
    await svc.settle();
    expect(emu.count('calendar.events.list')).toBe(before);
    // The genuine article does cause a sync.
    expect((await notify({})).status).toBe(200);
    await svc.until('the sync', () => emu.count('calendar.events.list') > before);
  });
});
