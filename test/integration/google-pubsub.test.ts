/**
 * Gmail push through Cloud Pub/Sub (GOOGLE_PUBSUB_TOPIC), on the real service in-process
 * and on bare providers, against the emulator. The inbox poll runs hourly here, so only a
 * push can explain a reply read within seconds; polling stays the source of truth.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { disconnectAccount } from '../../src/workflows/connections/connect-account.js';
import { type GoogleEmulator, startGoogleEmulator } from '../emulators/google/google-emulator.js';
import { type GoogleService, googleProvidersFor, startGoogleService } from '../helpers/google-service.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya.raman@acme-robotics.example';
const TOPIC = 'projects/northwind-agendum/topics/gmail';
const TOKEN = 'pubsub-verification-0123456789';
const PUBSUB = { GOOGLE_PUBSUB_TOPIC: TOPIC, GOOGLE_PUBSUB_VERIFICATION_TOKEN: TOKEN };
const HOUR = 3_600_000;

let emu: GoogleEmulator;
let svc: GoogleService | undefined;

beforeEach(async () => {
  emu = await startGoogleEmulator();
  svc = undefined;
});
afterEach(async () => {
  await svc?.stop();
  await emu.close();
  expect(emu.unimplemented).toEqual([]);
});

/** The service with an hourly inbox poll; drives it until its first inbox sync is done. */
async function start(env: Record<string, string> = PUBSUB): Promise<GoogleService> {
  const refreshToken = emu.addUser(REP);
  const s = await startGoogleService(emu, {
    email: REP,
    refreshToken,
    env: { INBOX_POLL_SECONDS: '3600', ...env },
    rep: { approvalMode: 'auto', agendaLeadMinutes: 14 * 24 * 60 },
  });
  svc = s;
  await s.until('first inbox sync', async () => {
    const conn = await s.service.ctx.db.connection.findUniqueOrThrow({ where: { id: s.connectionId } });
    return conn.mailCursor;
  });
  await s.settle();
  return s;
}

const endpoint = (s: GoogleService, token = TOKEN) => `${s.url}/webhooks/google/gmail?token=${token}`;
const postRaw = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** A plain-text message from the prospect, optionally answering `parentId`. */
function mailFrom(id: string, subject: string, body: string, parentId?: string): Buffer {
  const threading = parentId ? [`In-Reply-To: ${parentId}`, `References: ${parentId}`] : [];
  return Buffer.from(
    [
      `From: Priya Raman <${PROSPECT}>`,
      `To: ${REP}`,
      `Subject: ${subject}`,
      `Message-ID: <${id}@acme-robotics.example>`,
      ...threading,
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
      '',
    ].join('\r\n'),
  );
}

/**
 * Lets a few seconds of service time pass (every debounced sync a push asked for fires),
 * then how many history.list calls Gmail has seen.
 */
async function historyCalls(s: GoogleService): Promise<number> {
  await s.settle();
  return emu.count('gmail.history.list');
}

describe('Gmail push through Pub/Sub (service in-process)', () => {
  it('reads a prospect’s reply to a sent agenda within seconds of a push', async () => {
    const s = await start();
    expect(emu.pubsub.watchCalls).toMatchObject([
      { owner: REP, topicName: TOPIC, labelIds: ['INBOX'], labelFilterBehavior: 'include' },
    ]);
    const start48h = new Date(Date.now() + 48 * HOUR);
    emu.calendar(REP).addEvent({
      summary: 'Acme Robotics × Northwind — discovery call',
      start: start48h,
      end: new Date(start48h.getTime() + 30 * 60_000),
      attendees: [
        { email: REP, responseStatus: 'accepted' },
        { email: PROSPECT, displayName: 'Priya Raman' },
      ],
    });
    const db = s.service.ctx.db;
    const agenda = await s.until('agenda sent', () =>
      db.message.findFirst({ where: { kind: 'agenda', status: 'sent' } }),
    );
    const before = await historyCalls(s);
    const reply = mailFrom(
      'reply-1',
      `Re: ${agenda.subject}`,
      'Sounds good, see you Wednesday!',
      agenda.messageId,
    );
    expect((await emu.deliver(REP, reply)).threadId).toBe(agenda.providerThreadId);

    expect(await emu.pubsub.push(REP, endpoint(s))).toBe(204);
    // Within seconds of service time: the hourly inbox poll cannot have read it.
    const meeting = await s.until(
      'point confirmed',
      () => db.meeting.findFirst({ where: { pointStatus: 'confirmed' }, include: { confirmations: true } }),
      10_000,
    );
    expect(meeting.confirmations).toMatchObject([
      { source: 'reply', reply: 'Sounds good, see you Wednesday!' },
    ]);
    expect(await historyCalls(s)).toBeGreaterThan(before);
  });

  it('rejects a push without the right token with 403 and does no work', async () => {
    const s = await start();
    const before = await historyCalls(s);
    expect(await emu.pubsub.push(REP, endpoint(s, 'wrong-token-0123456789'))).toBe(403);
    expect(await emu.pubsub.push(REP, `${s.url}/webhooks/google/gmail`)).toBe(403);
    expect(await historyCalls(s)).toBe(before);
    // The genuine push, with the address in another case, does sync.
    expect(await emu.pubsub.push(REP.toUpperCase(), endpoint(s))).toBe(204);
    await s.until('inbox sync', () => emu.count('gmail.history.list') > before, 10_000);
  });

  it('acknowledges pushes for unknown mailboxes and malformed envelopes, and does no work', async () => {
    const s = await start();
    emu.addUser('stranger@elsewhere.example');
    const before = await historyCalls(s);
    expect(await emu.pubsub.push('stranger@elsewhere.example', endpoint(s))).toBe(204);
    const data = Buffer.from(JSON.stringify({ historyId: '1' })).toString('base64');
    for (const body of ['not json', '{"message":{}}', JSON.stringify({ message: { data } })]) {
      expect((await postRaw(endpoint(s), body)).status).toBe(204);
    }
    expect(await historyCalls(s)).toBe(before);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it('pushes new INBOX mail automatically; one push reads everything, the excess is dropped', async () => {
    const s = await start();
    emu.pubsub.subscribe(TOPIC, endpoint(s));
    const ids: string[] = [];
    for (const n of [1, 2, 3])
      ids.push((await emu.deliver(REP, mailFrom(`new-${n}`, `Question ${n}`, 'Hi'))).id);
    const seen = () =>
      s.service.ctx.db.inboundSeen.count({
        where: { connectionId: s.connectionId, providerMessageId: { in: ids } },
      });
    await s.until('all three read', async () => (await seen()) === 3, 10_000);
    const automatic = emu.pubsub.deliveries.filter((d) => d.automatic);
    expect(automatic.length).toBeGreaterThanOrEqual(1);
    expect(automatic.every((d) => d.status === 204)).toBe(true);
    expect(automatic.length + emu.pubsub.dropped).toBe(3);
  });

  it('stops the watch on disconnect; later pushes are acknowledged and do nothing', async () => {
    const s = await start();
    await s.until('calendar channel', async () => {
      const conn = await s.service.ctx.db.connection.findUniqueOrThrow({ where: { id: s.connectionId } });
      return conn.channelId;
    });
    expect(emu.pubsub.watches.has(REP)).toBe(true);
    expect(await disconnectAccount(s.service.ctx, 'google', REP)).toBe(true);
    expect(emu.count('gmail.stop')).toBe(1);
    expect(emu.pubsub.watches.has(REP)).toBe(false);
    const before = await historyCalls(s);
    expect(await emu.pubsub.push(REP, endpoint(s))).toBe(204);
    expect(await historyCalls(s)).toBe(before);
  });

  it('stops the watch on disconnect also when no calendar channel was ever opened', async () => {
    emu.inject('calendar.events.watch', { kind: 'server_error', status: 503 }, 1000);
    const s = await start();
    expect(emu.pubsub.watches.has(REP)).toBe(true);
    expect(
      (await s.service.ctx.db.connection.findUniqueOrThrow({ where: { id: s.connectionId } })).channelId,
    ).toBeNull();
    expect(await disconnectAccount(s.service.ctx, 'google', REP)).toBe(true);
    expect(emu.count('gmail.stop')).toBe(1);
    expect(emu.pubsub.watches.has(REP)).toBe(false);
  });

  it('makes no watch call without GOOGLE_PUBSUB_TOPIC, and the push route is off', async () => {
    const s = await start({});
    expect(emu.count('gmail.history.list') + emu.count('gmail.profile')).toBeGreaterThan(0);
    expect(emu.count('gmail.watch')).toBe(0);
    expect(await emu.pubsub.push(REP, endpoint(s))).toBe(404);
  });
});

describe('Gmail watch upkeep (bare providers)', () => {
  it('watches on the first poll and again once a day has passed, not on every poll', async () => {
    let now = Date.now();
    const { providers } = googleProvidersFor(emu, {
      email: REP,
      refreshToken: emu.addUser(REP),
      env: PUBSUB,
      now: () => now,
    });
    const first = await providers.mail.listInbound(null);
    let { cursor } = first;
    expect(emu.pubsub.watchCalls).toHaveLength(1);
    // The sweep reads this to poll the inbox only as a safety net while push is live.
    expect(first.pushUntil?.getTime()).toBe(emu.pubsub.watchCalls[0]?.expiration);
    now += HOUR;
    ({ cursor } = await providers.mail.listInbound(cursor));
    now += 22 * HOUR;
    ({ cursor } = await providers.mail.listInbound(cursor));
    expect(emu.pubsub.watchCalls).toHaveLength(1);
    now += HOUR + 60_000; // a day and a minute after the first watch
    await providers.mail.listInbound(cursor);
    expect(emu.pubsub.watchCalls).toHaveLength(2);
    expect(emu.pubsub.watchCalls[1]).toMatchObject({ topicName: TOPIC, labelIds: ['INBOX'] });
  });

  it('a refused watch never fails the poll, and is tried again an hour later', async () => {
    let now = Date.now();
    const refreshToken = emu.addUser(REP);
    const { providers } = googleProvidersFor(emu, { email: REP, refreshToken, env: PUBSUB, now: () => now });
    emu.pubsub.denyPublish = true; // publish not granted to gmail-api-push@system.gserviceaccount.com
    const first = await emu.deliver(REP, mailFrom('q-1', 'Question', 'Hi'));
    const { messages, cursor, pushUntil } = await providers.mail.listInbound(null);
    expect(messages.map((m) => m.providerMessageId)).toEqual([first.id]);
    expect(pushUntil).toBeNull(); // no watch: the inbox is polled as if push were off
    expect(emu.requests.filter((r) => r.route === 'gmail.watch').map((r) => r.status)).toEqual([403]);
    await providers.mail.listInbound(cursor);
    expect(emu.count('gmail.watch')).toBe(1);
    emu.pubsub.denyPublish = false;
    now += HOUR;
    await providers.mail.listInbound(cursor);
    expect(emu.pubsub.watchCalls).toHaveLength(1);
  });
});
