/**
 * Push configured but refused (Google answers events.watch with errors, as it does for a
 * non-https address): the calendar must still be polled every CALENDAR_POLL_SECONDS, not
 * only by the hourly safety sync meant for connections whose channel is open.
 */
import { describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/doctor.js';
import { seedProspectMeeting, startGoogleService, useGoogleEmulator } from '../helpers/google-service.js';

const REP = 'dana@northwind.example';
const rig = useGoogleEmulator();

describe('push refused by the provider', () => {
  it('keeps polling the calendar at the normal interval and says why in doctor', async () => {
    const refreshToken = rig.emu.addUser(REP);
    rig.emu.inject('calendar.events.watch', { kind: 'server_error', status: 503 }, 1000);
    rig.svc = await startGoogleService(rig.emu, {
      email: REP,
      refreshToken,
      env: { CALENDAR_POLL_SECONDS: '5' },
    });
    const db = rig.svc.service.ctx.db;
    await rig.svc.until('first sync', async () => (await db.connection.findFirst())?.lastSyncedAt);
    seedProspectMeeting(rig.emu, { rep: REP, prospect: 'priya@acme-robotics.example', inHours: 40 });
    await rig.svc.until('meeting found by the poll', () => db.meeting.findFirst(), 15_000);
    expect((await db.connection.findFirstOrThrow()).channelId).toBeNull();
    expect(rig.emu.count('calendar.events.watch')).toBeGreaterThan(0);
    const doctor = (await runDoctor(rig.svc.env)).lines.join('\n');
    expect(doctor).toContain('no push channel open');
    expect(doctor).toContain('polled every 5 s');
  });
});
