/**
 * Production mode: the same before-meeting loop on a real PostgreSQL (TEST_DATABASE_URL):
 * migrations applied by the service, meeting planned, approval link approved once, agenda
 * sent once, and a replayed link refused.
 */
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { postForm, serveApp } from '../helpers/http.js';
import { meetingAwaitingApproval } from '../helpers/scenario.js';
import { createTempPgDatabase, TEST_DATABASE_URL } from '../helpers/test-db.js';

let h: Harness | undefined;
let drop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await h?.cleanup();
  await drop?.();
});

describe.skipIf(!TEST_DATABASE_URL)(
  'before-meeting loop on PostgreSQL (skipped: TEST_DATABASE_URL is not set)',
  () => {
    it('drafts, approves and sends exactly once', async () => {
      const temp = await createTempPgDatabase(TEST_DATABASE_URL as string);
      drop = temp.drop;
      // Tuesday 14:30 New York: the agenda for Wednesday 14:00 was due at 14:00.
      h = await createHarness({ now: '2026-12-08T19:30:00Z', databaseUrl: temp.url });
      const { meeting, approvalPath: link } = await meetingAwaitingApproval(h, {
        event: {
          uid: 'hooli@test',
          title: 'Hooli — contract negotiation',
          description: 'Purpose: to agree the remaining redlines on liability and the start date',
          start: new Date('2026-12-09T19:00:00Z'),
          end: new Date('2026-12-09T20:00:00Z'),
          organizer: REP.email,
          attendees: [{ email: REP.email }, { email: 'gavin@hooli.example', name: 'Gavin Belson' }],
        },
      });
      expect(meeting.stage).toBe('negotiation');
      expect(meeting.pointSource).toMatchObject({ purpose: 'event' });

      const server = await serveApp(h.ctx);
      try {
        expect((await fetch(server.url + link)).status).toBe(200);
        expect((await postForm(server.url + link, { action: 'approve' })).status).toBe(200);
        expect((await postForm(server.url + link, { action: 'approve' })).status).toBe(409);
      } finally {
        await server.close();
      }
      await h.tick();
      await h.tick();
      const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
      expect(agenda.status).toBe('sent');
      const sent = await Promise.all(
        (await h.mailbox('sent')).map(async (f) => simpleParser((await h?.readMail('sent', f)) as Buffer)),
      );
      expect(sent.filter((m) => m.messageId === agenda.messageId)).toHaveLength(1);
      expect(sent.find((m) => m.messageId === agenda.messageId)?.text).toContain(
        'remaining redlines on liability',
      );
    });
  },
);
