/**
 * The service end to end on Microsoft 365: the real in-process agendum (HTTP, scheduler,
 * step runner, SQLite) with MSAL and the Graph SDK against the loopback emulator. The
 * emulator validates the webhook, delivers change and lifecycle notifications to it, and
 * counts every request, so "sent exactly once" is checked on the wire.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MicrosoftEmulator, startMicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import { postForm } from '../helpers/http.js';
import { MS_REP } from '../helpers/microsoft-provider.js';
import { type MicrosoftService, startMicrosoftService } from '../helpers/microsoft-service.js';
import { approvalRequestInOutlook } from '../helpers/scenario.js';

const PROSPECT = { email: 'priya.raman@acme-robotics.example', name: 'Priya Raman' };
const SEND = 'POST /v1.0/me/messages/{id}/send';
const DELTA = 'GET /v1.0/me/calendarView/delta';
const RENEW = 'PATCH /v1.0/subscriptions/{id}';
const HOUR = 3_600_000;

let emu: MicrosoftEmulator;
let svc: MicrosoftService;

beforeEach(async () => {
  emu = await startMicrosoftEmulator();
  emu.addUser(MS_REP);
});
afterEach(async () => {
  await svc?.stop();
  await emu.close();
  expect(emu.faults.unhandled).toEqual([]);
});

const db = () => svc.service.ctx.db;
const box = () => emu.mailbox(MS_REP.email);
const connection = () => db().connection.findUniqueOrThrow({ where: { id: svc.connectionId } });

async function start(opts: Parameters<typeof startMicrosoftService>[1] = {}) {
  svc = await startMicrosoftService(emu, opts);
  await svc.until(
    'the subscription',
    async () => emu.subscriptions.live().length === 1 && (await connection()).channelId,
  );
}

function bookMeeting(subject = 'Acme Robotics × Northwind — discovery call') {
  const start = new Date(Date.now() + 48 * HOUR);
  return emu.calendar(MS_REP.email).add({
    subject,
    body: 'Purpose: see whether the pilot is worth doing',
    start,
    end: new Date(start.getTime() + HOUR / 2),
    organizer: MS_REP.email,
    attendees: [PROSPECT],
  });
}

const agenda = () => db().message.findFirst({ where: { kind: 'agenda' } });

/**
 * Runs the service until the agenda's send step was postponed (pending again, later in
 * service time, with the error), then makes it due now: the runner's own backoff is at
 * least 30 s, and time is ours to move.
 */
async function postponedSendMadeDue(): Promise<string> {
  const id = (await svc.until('the agenda', agenda))?.id;
  const step = await svc.until('the postponed send', async () => {
    const steps = await db().step.findMany({ where: { kind: 'send_message', status: 'pending' } });
    return steps.find(
      (s) =>
        (s.payload as { messageId?: string }).messageId === id &&
        s.lastError &&
        s.dueAt.getTime() > svc.timers.clock().getTime(),
    );
  });
  await db().step.update({ where: { id: step.id }, data: { dueAt: svc.timers.clock() } });
  return step.lastError as string;
}
const sentTo = (address: string) =>
  box()
    .inFolder('sentitems')
    .filter((m) => m.to.includes(address));

describe('Microsoft 365 service loop', () => {
  it('turns a change notification into an approval request, and sends the approved agenda exactly once', async () => {
    await start();
    const sub = emu.subscriptions.live()[0];
    expect(sub?.clientState).toBe((await connection()).channelToken);
    const deltasBefore = emu.faults.count(DELTA);
    bookMeeting();
    // The safety poll is an hour away: only the notification can make this sync happen.
    const { approvalPath: link } = await approvalRequestInOutlook(svc, emu, MS_REP.email);
    expect(emu.faults.count(DELTA)).toBeGreaterThan(deltasBefore);
    expect(emu.subscriptions.deliveries.some((d) => d.kind === 'created' && d.status === 202)).toBe(true);
    expect((await agenda())?.status).toBe('awaiting_approval');

    expect((await postForm(svc.url + link, { action: 'approve' })).status).toBe(200);
    await svc.until('the agenda sent', async () => (await agenda())?.status === 'sent');
    const sent = sentTo(PROSPECT.email);
    expect(sent).toHaveLength(1);
    const msg = await agenda();
    expect(sent[0]?.internetMessageId).toBe(msg?.messageId);
    expect(msg?.providerMessageId).toBe(sent[0]?.id);
    const parsed = await simpleParser(sent[0]?.raw as Buffer);
    expect(parsed.subject).toContain('Acme Robotics');
    expect(emu.faults.count(SEND)).toBe(2); // the approval request and the agenda

    // The prospect answers; the reply comes back through inbox delta and is matched by headers.
    await emu.deliver(
      MS_REP.email,
      Buffer.from(
        [
          `From: ${PROSPECT.name} <${PROSPECT.email}>`,
          `To: ${MS_REP.email}`,
          `Subject: RE: ${parsed.subject}`,
          'Message-ID: <reply-1@acme-robotics.example>',
          `In-Reply-To: ${msg?.messageId}`,
          `References: ${msg?.messageId}`,
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Sounds good, see you then.',
          '',
        ].join('\r\n'),
      ),
    );
    svc.service.sync.inboxChanged(svc.connectionId);
    await svc.until('the confirmation', () => db().confirmation.findFirst());
  });

  it('ignores a notification with a forged clientState', async () => {
    await start();
    const sub = emu.subscriptions.live()[0] as NonNullable<ReturnType<typeof emu.subscriptions.live>[0]>;
    await svc.settle();
    const before = emu.faults.count(DELTA);
    await emu.subscriptions.post(sub, sub.notificationUrl, 'updated', {
      subscriptionId: sub.id,
      clientState: 'forged-secret',
      changeType: 'updated',
      resource: 'Users/x/Events/y',
    });
    // The webhook logs the warning after it decided; a sync it triggered would be a pending
    // debounced run by then, and settle() lets the service time pass that fires it.
    await svc.until('the warning', () => svc.logs.find((l) => l.reason === 'clientState mismatch'));
    await svc.settle();
    expect(emu.faults.count(DELTA)).toBe(before);
    expect(JSON.stringify(svc.logs)).not.toContain('forged-secret');
    expect(emu.subscriptions.deliveries.at(-1)?.status).toBe(202);
  });

  it('renews on reauthorizationRequired, recreates a removed or expired subscription, resyncs on missed', async () => {
    await start();
    const first = emu.subscriptions.live()[0]?.id as string;
    await emu.subscriptions.lifecycle(first, 'reauthorizationRequired');
    await svc.until('the renewal', () => emu.faults.count('PATCH /v1.0/subscriptions/{id}') === 1);
    expect((await connection()).channelId).toBe(first);

    await emu.subscriptions.lifecycle(first, 'subscriptionRemoved');
    const second = await svc.until('a new subscription', async () => {
      const c = await connection();
      const live = emu.subscriptions.live().some((s) => s.id === c.channelId);
      return c.channelId !== first && live ? c.channelId : null;
    });
    expect(emu.faults.count('POST /v1.0/subscriptions')).toBe(2);

    // Expired silently at Graph (by Graph's own clock); the next renewal gets 404 and opens a new one.
    (emu.subscriptions.byId.get(second) as { expirationDateTime: Date }).expirationDateTime = new Date(
      emu.now() - 1,
    );
    svc.service.sync.renewChannel(svc.connectionId);
    await svc.until('a third subscription', async () => {
      const c = await connection();
      return c.channelId !== second && emu.subscriptions.live().some((s) => s.id === c.channelId);
    });

    await svc.settle();
    const before = emu.faults.count(DELTA);
    const current = (await connection()).channelId as string;
    await emu.subscriptions.lifecycle(current, 'missed');
    await svc.until('the resync', () => emu.faults.count(DELTA) > before);
  });

  it('revalidates the webhook on renewal: passes against the service, fails clearly when it does not answer', async () => {
    await start();
    const sub = emu.subscriptions.live()[0] as NonNullable<ReturnType<typeof emu.subscriptions.live>[0]>;
    const webhook = `${svc.url}/webhooks/microsoft`;
    expect(emu.subscriptions.validations).toEqual([{ purpose: 'create', url: webhook, problem: null }]);
    const firstExpiry = (await connection()).channelExpiresAt as Date;
    // Some time passes before the renewal, so the expiry it asks for is later whichever
    // clock stamps it (the service's, virtual, or the real one).
    await svc.settle();
    svc.service.sync.renewChannel(svc.connectionId);
    await svc.until('the renewal', () => emu.faults.count(RENEW, 200) === 1);
    await svc.until('the stored expiry', async () => {
      const at = (await connection()).channelExpiresAt;
      return at && at.getTime() > firstExpiry.getTime();
    });
    expect(emu.subscriptions.validations.at(-1)).toEqual({ purpose: 'renew', url: webhook, problem: null });

    // The webhook stops answering (a proxy in front of it holds the request): Graph gives up
    // after its timeout (10 s, shortened here) and refuses the PATCH; the expiry stays.
    const held: ServerResponse[] = [];
    const silent = createServer((_req, res) => held.push(res));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/webhooks/microsoft`;
      sub.notificationUrl = silentUrl;
      sub.lifecycleNotificationUrl = silentUrl;
      emu.subscriptions.validationTimeoutMs = 300;
      const kept = sub.expirationDateTime.getTime();
      const stored = (await connection()).channelExpiresAt?.getTime();
      svc.service.sync.renewChannel(svc.connectionId);
      const failure = await svc.until('the failure logged', () =>
        svc.logs.find((l) => l.level === 'error' && /push channel/.test(l.msg)),
      );
      expect(failure.error).toBe('Subscription validation request timed out.');
      expect(emu.faults.count(RENEW, 400)).toBe(1);
      expect(held).toHaveLength(1);
      expect(emu.subscriptions.validations.at(-1)).toMatchObject({ purpose: 'renew', url: silentUrl });
      expect(sub.expirationDateTime.getTime()).toBe(kept);
      const conn = await svc.until('the connection error', async () => {
        const c = await connection();
        return c.lastError ? c : null;
      });
      expect(conn.lastError).toContain('Subscription validation request timed out.');
      expect(conn.channelExpiresAt?.getTime()).toBe(stored);
    } finally {
      for (const res of held) res.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('does not send again after a send whose answer was lost; the Sent Items lookup settles it', async () => {
    await start();
    bookMeeting();
    const { approvalPath: link } = await approvalRequestInOutlook(svc, emu, MS_REP.email);
    emu.faults.add({ route: SEND, drop: true }); // accepted and sent, but the connection resets
    await postForm(svc.url + link, { action: 'approve' });
    expect(await postponedSendMadeDue()).toContain('did not answer');
    expect((await agenda())?.status).toBe('sending');
    await svc.until('the agenda marked sent', async () => (await agenda())?.status === 'sent');
    expect(sentTo(PROSPECT.email)).toHaveLength(1);
    expect(emu.faults.count(SEND)).toBe(2);
    const id = (await agenda())?.id;
    const steps = await db().step.findMany({ where: { kind: 'send_message' } });
    const step = steps.find((s) => (s.payload as { messageId?: string }).messageId === id);
    expect(step?.attempts).toBeGreaterThanOrEqual(2); // the lost answer, then the lookup
  });

  it('rides out a throttled burst on send: postponed, never dropped, sent once', async () => {
    await start();
    bookMeeting();
    const { approvalPath: link } = await approvalRequestInOutlook(svc, emu, MS_REP.email);
    emu.faults.add({ route: SEND, status: 429, retryAfter: 1, times: 3 }); // three attempts, then postponed
    await postForm(svc.url + link, { action: 'approve' });
    expect(await postponedSendMadeDue()).toContain('throttling');
    await svc.until('the agenda sent', async () => (await agenda())?.status === 'sent');
    expect(sentTo(PROSPECT.email)).toHaveLength(1);
    expect(emu.faults.count(SEND, 429)).toBe(3);
  });

  it('pauses on revoked consent, tells the rep how to reconnect, and resumes after reconnecting', async () => {
    await start();
    bookMeeting();
    const { approvalPath: link } = await approvalRequestInOutlook(svc, emu, MS_REP.email);
    emu.identity.revoke(emu.user(MS_REP.email).id);
    await postForm(svc.url + link, { action: 'approve' });
    await svc.until('needs_reauth', async () => (await connection()).status === 'needs_reauth');
    const paused = await svc.until('the paused send', () =>
      db().step.findFirst({ where: { kind: 'send_message', status: 'paused' } }),
    );
    expect(paused.lastError).toContain('/oauth/microsoft/start');
    expect(sentTo(PROSPECT.email)).toHaveLength(0);

    emu.identity.restore(emu.user(MS_REP.email).id);
    const again = await svc.connect();
    expect(again.connectionId).toBe(svc.connectionId);
    expect(again.resumedSteps).toBe(1);
    await svc.until('the agenda sent', async () => (await agenda())?.status === 'sent');
    expect(sentTo(PROSPECT.email)).toHaveLength(1);
  });

  it('in draft mode, notices the draft the rep sent from Outlook', async () => {
    await start({ approvalMode: 'draft' });
    bookMeeting();
    const draft = await svc.until('the draft', () => box().inFolder('drafts')[0]);
    expect((await agenda())?.status).toBe('awaiting_approval');
    box().moveToSent(draft, new Date(emu.now())); // the rep presses Send in Outlook
    svc.service.sync.inboxChanged(svc.connectionId);
    await svc.until('the agenda marked sent', async () => (await agenda())?.status === 'sent');
    expect(emu.faults.count(SEND)).toBe(0);
  });

  it('polls without a PUBLIC_URL: no subscription is created', async () => {
    svc = await startMicrosoftService(emu, { push: false, env: { CALENDAR_POLL_SECONDS: '5' } });
    await svc.service.sync.idle();
    bookMeeting();
    await svc.until('the polled meeting', () => db().meeting.findFirst(), 12_000);
    expect(emu.faults.count('POST /v1.0/subscriptions')).toBe(0);
  });
});
