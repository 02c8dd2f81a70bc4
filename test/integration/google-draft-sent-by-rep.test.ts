/**
 * Draft approval mode on Gmail when the rep's mail client writes its own Message-ID on send:
 * agendum still notices the sent draft, records the Message-ID that went out, and the
 * prospect's reply — which answers that one, not ours — is matched to the agenda.
 */
import { describe, expect, it } from 'vitest';
import { seedProspectMeeting, startGoogleService, useGoogleEmulator } from '../helpers/google-service.js';

const REP = 'dana@northwind.example';
const PROSPECT = 'priya.raman@acme-robotics.example';
const rig = useGoogleEmulator();

describe('a draft the rep sent from Gmail with a Message-ID of its own', () => {
  it('is marked sent, and the prospect\u2019s reply to it confirms the point', async () => {
    const refreshToken = rig.emu.addUser(REP);
    seedProspectMeeting(rig.emu, { rep: REP, prospect: PROSPECT, inHours: 40 });
    rig.svc = await startGoogleService(rig.emu, {
      email: REP,
      refreshToken,
      rep: { approvalMode: 'draft', agendaLeadMinutes: 14 * 24 * 60 },
    });
    const db = rig.svc.service.ctx.db;
    const waiting = await rig.svc.until('agenda in the rep\u2019s drafts', () =>
      db.message.findFirst({
        where: { kind: 'agenda', status: 'awaiting_approval', providerDraftId: { not: null } },
      }),
    );
    const gmailId = '<CAGmailUi123@mail.gmail.com>';
    await rig.emu.sendDraftAsUser(REP, waiting.providerDraftId as string, { newMessageId: gmailId });
    await rig.svc.service.sync.syncAllNow();
    const sent = await rig.svc.until('agenda marked sent', () =>
      db.message.findFirst({ where: { id: waiting.id, status: 'sent' } }),
    );
    expect(sent.providerThreadId).toBe(rig.emu.folder(REP, 'SENT')[0]?.threadId);
    expect(sent.sentMessageId).toBe(gmailId);

    await rig.emu.deliver(
      REP,
      Buffer.from(
        [
          `From: Priya Raman <${PROSPECT}>`,
          `To: ${REP}`,
          `Subject: Re: ${sent.subject}`,
          'Message-ID: <reply-7@acme-robotics.example>',
          `In-Reply-To: ${gmailId}`,
          `References: ${gmailId}`,
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Confirmed, that is exactly what we need from the call.',
          '',
        ].join('\r\n'),
      ),
    );
    await rig.svc.service.sync.syncAllNow();
    const meeting = await rig.svc.until('point confirmed', () =>
      db.meeting.findFirst({ where: { pointStatus: 'confirmed' }, include: { confirmations: true } }),
    );
    expect(meeting.confirmations.map((c) => c.intent)).toEqual(['confirm']);
  });
});
