/**
 * Work that a provider or the database refused for a moment is done on the next run, not
 * lost: a cancellation or a move whose draft call failed, and a reply whose handling failed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/errors.js';
import type { ConnectionProviders } from '../../src/providers/types.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import type { TestEvent } from '../helpers/ics.js';

// The first inbound message handled fails as if the database were briefly unreachable.
const inboundFailures = vi.hoisted(() => ({ remaining: 0 }));
vi.mock('../../src/workflows/inbound/handle-inbound.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/workflows/inbound/handle-inbound.js')>();
  return {
    ...actual,
    handleInbound: async (...args: Parameters<typeof actual.handleInbound>) => {
      if (inboundFailures.remaining > 0) {
        inboundFailures.remaining--;
        throw new AppError('database_unavailable', 'database is locked');
      }
      return actual.handleInbound(...args);
    },
  };
});

const PRIYA = 'priya.raman@acme-robotics.example';
const meeting: TestEvent = {
  uid: 'acme@test',
  title: 'Acme Robotics × Northwind — discovery call',
  start: new Date('2026-12-09T15:00:00Z'),
  end: new Date('2026-12-09T15:30:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: PRIYA, name: 'Priya Raman' }],
};

let h: Harness;
afterEach(async () => h?.cleanup());

/** Makes the named draft call fail once with a throttling error. */
function failOnce(call: 'deleteDraft' | 'updateDraft'): { failed: () => number } {
  let failures = 0;
  const original = h.ctx.providers.forConnection.bind(h.ctx.providers);
  h.ctx.providers = {
    ...h.ctx.providers,
    forConnection(conn) {
      const p: ConnectionProviders = original(conn);
      const mail = Object.create(p.mail) as typeof p.mail;
      const real = p.mail[call].bind(p.mail) as (...a: unknown[]) => Promise<void>;
      Object.assign(mail, {
        [call]: async (...args: unknown[]) => {
          if (failures++ === 0) throw new AppError('provider_rate_limited', 'Gmail: rate limit exceeded');
          return real(...args);
        },
      });
      return { ...p, mail };
    },
  };
  return { failed: () => failures };
}

describe('a draft call refused during a calendar change', () => {
  it('retracts the draft on the next sync when the cancellation could not delete it at first', async () => {
    h = await createHarness({ now: '2026-12-07T15:00:00Z', approvalMode: 'draft' });
    await h.ctx.db.rep.update({ where: { id: h.repId }, data: { agendaLeadMinutes: 4 * 24 * 60 } });
    await h.writeEvent(meeting);
    await h.tick();
    expect(await h.mailbox('drafts')).toHaveLength(1);
    const calls = failOnce('deleteDraft');

    await h.removeEvent(meeting.uid);
    await h.tick();
    expect(calls.failed()).toBe(1);
    expect(await h.mailbox('drafts')).toHaveLength(1);
    expect(
      (await h.ctx.db.connection.findUniqueOrThrow({ where: { id: h.connectionId } })).lastError,
    ).toMatch(/could not be applied/);

    await h.tick();
    expect(await h.mailbox('drafts')).toEqual([]);
    const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
    expect(agenda.status).toBe('retracted');
    expect(await h.mailbox('sent')).toEqual([]);
  });

  it('retracts on a later sync when a full listing found the event gone but could not delete the draft', async () => {
    h = await createHarness({ now: '2026-12-07T15:00:00Z', approvalMode: 'draft' });
    await h.ctx.db.rep.update({ where: { id: h.repId }, data: { agendaLeadMinutes: 4 * 24 * 60 } });
    await h.writeEvent(meeting);
    await h.tick();
    expect(await h.mailbox('drafts')).toHaveLength(1);
    failOnce('deleteDraft');
    await h.removeEvent(meeting.uid);
    // No cursor: the provider lists the whole window (as after a Google 410), without the event.
    const fullListing = () =>
      h.ctx.db.connection.update({ where: { id: h.connectionId }, data: { calendarCursor: null } });
    await fullListing();
    await h.tick();
    expect(await h.mailbox('drafts')).toHaveLength(1);
    await fullListing();
    await h.tick();
    expect(await h.mailbox('drafts')).toEqual([]);
    expect((await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } })).status).toBe('retracted');
  });

  it('refreshes the draft with the new time on the next sync when the move could not update it at first', async () => {
    h = await createHarness({ now: '2026-12-07T15:00:00Z', approvalMode: 'draft' });
    await h.ctx.db.rep.update({ where: { id: h.repId }, data: { agendaLeadMinutes: 4 * 24 * 60 } });
    await h.writeEvent(meeting);
    await h.tick();
    failOnce('updateDraft');
    await h.writeEvent({
      ...meeting,
      start: new Date('2026-12-10T19:00:00Z'), // Thursday 14:00 New York
      end: new Date('2026-12-10T19:30:00Z'),
      sequence: 1,
    });
    await h.tick();
    const draftText = async () => {
      const [file] = await h.mailbox('drafts');
      return (await h.readMail('drafts', file as string)).toString('utf8');
    };
    expect(await draftText()).not.toMatch(/Thursday/);
    await h.tick();
    expect(await draftText()).toMatch(/Thursday/);
  });
});

describe('a reply whose handling failed for a moment', () => {
  it('is read again on the next inbox run and recorded once', async () => {
    h = await createHarness({ now: '2026-12-08T15:00:00Z', approvalMode: 'auto' });
    await h.writeEvent(meeting);
    await h.tick();
    const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
    expect(agenda.status).toBe('sent');
    const inbox = path.join(h.dataDir, 'mail', REP.email, 'inbox');
    await mkdir(inbox, { recursive: true });
    await writeFile(
      path.join(inbox, 'reply.eml'),
      [
        `From: Priya Raman <${PRIYA}>`,
        `To: ${REP.email}`,
        'Subject: Re: Agenda',
        'Message-ID: <reply-1@acme-robotics.example>',
        `In-Reply-To: ${agenda.messageId}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Confirmed, see you then.',
        '',
      ].join('\r\n'),
    );
    inboundFailures.remaining = 1;
    await expect(h.tick()).rejects.toThrow(/database is locked/);
    expect(await h.ctx.db.inboundSeen.count()).toBe(0);
    expect((await h.ctx.db.meeting.findFirstOrThrow()).pointStatus).toBe('unconfirmed');

    await h.tick();
    await h.tick();
    const m = await h.ctx.db.meeting.findFirstOrThrow({ include: { confirmations: true } });
    expect(m.pointStatus).toBe('confirmed');
    expect(m.confirmations).toHaveLength(1);
  });
});
