/**
 * What an inbox costs: the real service against the Google emulator. An inbox agendum
 * expects nothing in is read rarely (INBOX_IDLE_POLL_MINUTES); once agendum mails from it,
 * it is read every INBOX_POLL_SECONDS for the next 14 days; agendum's own approval request,
 * which comes back into the rep's INBOX, is never fetched again.
 */
import { expect, it } from 'vitest';
import { MAIL_EXPECTED_DAYS } from '../../src/messages/expect-mail.js';
import { seedProspectMeeting, startGoogleService, useGoogleEmulator } from '../helpers/google-service.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya.raman@acme-robotics.example';
const MIN = 60_000;
const rig = useGoogleEmulator();

it('polls an idle inbox rarely, an inbox awaiting answers every minute, and skips its own mail', async () => {
  const emu = rig.emu;
  const s = await startGoogleService(emu, {
    email: REP,
    refreshToken: emu.addUser(REP),
    // A sweep every 5 s of service time: the idle hour is 720 sweeps to run, not 3,600.
    env: { INBOX_POLL_SECONDS: '60', INBOX_IDLE_POLL_MINUTES: '360', JOB_POLL_MS: '5000' },
    rep: { approvalMode: 'approve', agendaLeadMinutes: 14 * 24 * 60 },
  });
  rig.svc = s;
  const db = s.service.ctx.db;
  await s.until('first inbox sync', async () => (await db.connection.findFirst())?.mailCursor);
  await s.settle(MIN);

  // Idle: an hour passes without one inbox read.
  const idleBefore = emu.count('gmail.history.list');
  await s.settle(60 * MIN);
  expect(emu.count('gmail.history.list')).toBe(idleBefore);

  // The approval request goes to the rep's own address: agendum now expects mail.
  const getsBefore = emu.count('gmail.messages.get');
  seedProspectMeeting(emu, { rep: REP, prospect: PROSPECT, inHours: 48 });
  const request = await s.until('approval request sent', () =>
    db.message.findFirst({ where: { kind: 'approval_request', status: 'sent' } }),
  );
  const conn = await db.connection.findFirstOrThrow();
  expect(conn.mailExpectedUntil?.getTime()).toBe(
    (request.sentAt as Date).getTime() + MAIL_EXPECTED_DAYS * 24 * 60 * MIN,
  );
  expect(emu.folder(REP, 'INBOX').map((m) => m.id)).toContain(request.providerMessageId);

  const listsBefore = emu.count('gmail.history.list');
  await s.settle(10 * MIN);
  expect(emu.count('gmail.history.list') - listsBefore).toBeGreaterThanOrEqual(9);
  // The request was listed in the inbox history, and never fetched: agendum sent it.
  expect(emu.count('gmail.messages.get')).toBe(getsBefore);
});
