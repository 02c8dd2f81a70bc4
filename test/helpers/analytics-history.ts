/**
 * One recorded history of two reps' prospect meetings in November 2026, written straight
 * into a database (SQLite or PostgreSQL) the way the workflows record it: sent messages with
 * their send times, Confirmation rows for every answer, a calendar move, a carried next step.
 * The analytics tests (queries, API, page) count it and compare with what a person counts
 * by hand, listed in the comments.
 */
import type { Db } from '../../src/db/client.js';

export const HISTORY_NOW = new Date('2026-12-01T12:00:00Z');
export const HISTORY_WINDOW = { from: '2026-11-02', to: '2026-12-01' };
export const DANA = 'dana@northwind.example';
export const LEE = 'lee@northwind.example';

const at = (iso: string) => new Date(iso);

async function rep(db: Db, email: string, name: string) {
  // Upserts: a test harness may have made the rep and their calendar connection already.
  const row = await db.rep.upsert({
    where: { email },
    update: {},
    create: {
      email,
      name,
      timeZone: 'America/New_York',
      orgDomains: ['northwind.example'],
      businessHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
      ignoreRules: [],
    },
  });
  const connection = await db.connection.upsert({
    where: { repId_provider: { repId: row.id, provider: 'local' } },
    update: {},
    create: { repId: row.id, provider: 'local' },
  });
  return { id: row.id, connectionId: connection.id };
}

interface SeedMeeting {
  rep: { id: string; connectionId: string };
  accountId: string;
  key: string;
  start: string;
  stage: string;
  status?: string;
  isProspect?: boolean;
  movedAt?: string;
  carried?: boolean;
  sent?: { kind: 'agenda' | 'agenda_revision' | 'recap'; at: string }[];
  answers?: { target?: 'agenda' | 'recap'; intent: string; status: string; source: string; at: string }[];
}

async function meeting(db: Db, m: SeedMeeting): Promise<void> {
  const start = at(m.start);
  const row = await db.meeting.create({
    data: {
      repId: m.rep.id,
      connectionId: m.rep.connectionId,
      accountId: m.accountId,
      providerEventId: m.key,
      title: `Meeting ${m.key}`,
      start,
      end: new Date(start.getTime() + 3_600_000),
      timeZone: 'America/New_York',
      attendees: [],
      status: m.status ?? 'confirmed',
      isProspect: m.isProspect ?? true,
      reason: 'seeded',
      stage: m.stage,
      agendaItems: [],
      pointSource: m.carried
        ? { purpose: 'previous_recap', agenda: 'playbook', outcome: 'playbook', stage: 'previous_recap' }
        : { purpose: 'playbook', agenda: 'playbook', outcome: 'playbook', stage: 'title' },
      contentHash: m.key,
      movedAt: m.movedAt ? at(m.movedAt) : null,
    },
  });
  for (const [i, s] of (m.sent ?? []).entries()) {
    await db.message.create({
      data: {
        repId: m.rep.id,
        meetingId: row.id,
        kind: s.kind,
        status: 'sent',
        fromAddress: 'rep@northwind.example',
        to: [],
        cc: [],
        subject: 'seeded',
        html: '',
        text: '',
        messageId: `<${m.key}-${i}@seed>`,
        sentAt: at(s.at),
      },
    });
  }
  for (const a of m.answers ?? []) {
    await db.confirmation.create({
      data: {
        meetingId: row.id,
        target: a.target ?? 'agenda',
        intent: a.intent,
        status: a.status,
        source: a.source,
        reply: '',
        createdAt: at(a.at),
      },
    });
  }
}

/** Writes the history; returns the reps' ids. */
export async function seedAnalyticsHistory(db: Db): Promise<{ dana: string; lee: string }> {
  const dana = await rep(db, DANA, 'Dana Whitfield');
  const lee = await rep(db, LEE, 'Lee Park');
  const acme = (await db.account.create({ data: { domain: 'acme.example', name: 'Acme' } })).id;
  const globex = (await db.account.create({ data: { domain: 'globex.example', name: 'Globex' } })).id;
  const seed = (m: SeedMeeting) => meeting(db, m);

  // Before the window: not counted.
  await seed({
    rep: dana,
    accountId: acme,
    key: 'A0',
    start: '2026-10-20T15:00:00Z',
    stage: 'discovery',
    sent: [{ kind: 'agenda', at: '2026-10-19T15:00:00Z' }],
  });
  // A1 (W45): confirmed 2 h after the agenda; recap sent, next step confirmed; A2 took its point.
  await seed({
    rep: dana,
    accountId: acme,
    key: 'A1',
    start: '2026-11-03T15:00:00Z',
    stage: 'discovery',
    sent: [
      { kind: 'agenda', at: '2026-11-02T15:00:00Z' },
      { kind: 'recap', at: '2026-11-03T17:00:00Z' },
    ],
    answers: [
      { intent: 'confirm', status: 'confirmed', source: 'reply', at: '2026-11-02T17:00:00Z' },
      { target: 'recap', intent: 'confirm', status: 'confirmed', source: 'page', at: '2026-11-04T09:00:00Z' },
    ],
  });
  // A2 (W46): a change asked, revised, confirmed 5 h after the agenda; then moved by the calendar.
  await seed({
    rep: dana,
    accountId: acme,
    key: 'A2',
    start: '2026-11-10T15:00:00Z',
    stage: 'proposal',
    carried: true,
    movedAt: '2026-11-09T21:00:00Z',
    sent: [
      { kind: 'agenda', at: '2026-11-09T15:00:00Z' },
      { kind: 'agenda_revision', at: '2026-11-09T18:00:00Z' },
    ],
    answers: [
      { intent: 'change', status: 'change_requested', source: 'reply', at: '2026-11-09T16:00:00Z' },
      { intent: 'confirm', status: 'confirmed', source: 'reply', at: '2026-11-09T20:00:00Z' },
    ],
  });
  // A3 (W47): no answer, then cancelled.
  await seed({
    rep: dana,
    accountId: globex,
    key: 'A3',
    start: '2026-11-17T15:00:00Z',
    stage: 'discovery',
    status: 'cancelled',
    sent: [{ kind: 'agenda', at: '2026-11-16T15:00:00Z' }],
  });
  // B1 (W47): asked to reschedule, the rep marked it confirmed 8 h after the agenda; recap sent.
  await seed({
    rep: lee,
    accountId: globex,
    key: 'B1',
    start: '2026-11-18T14:00:00Z',
    stage: 'discovery',
    sent: [
      { kind: 'agenda', at: '2026-11-17T14:00:00Z' },
      { kind: 'recap', at: '2026-11-18T16:00:00Z' },
    ],
    answers: [
      { intent: 'reschedule', status: 'unconfirmed', source: 'reply', at: '2026-11-17T15:00:00Z' },
      { intent: 'mark_confirmed', status: 'confirmed', source: 'rep', at: '2026-11-17T22:00:00Z' },
    ],
  });
  // B2 (W48): declined; took place anyway.
  await seed({
    rep: lee,
    accountId: acme,
    key: 'B2',
    start: '2026-11-24T14:00:00Z',
    stage: 'discovery',
    sent: [{ kind: 'agenda', at: '2026-11-23T14:00:00Z' }],
    answers: [{ intent: 'decline', status: 'declined', source: 'reply', at: '2026-11-23T15:00:00Z' }],
  });
  // B3 (W48): no agenda went out. N1: not a prospect meeting, never counted.
  await seed({ rep: lee, accountId: acme, key: 'B3', start: '2026-11-25T14:00:00Z', stage: 'discovery' });
  await seed({
    rep: lee,
    accountId: acme,
    key: 'N1',
    start: '2026-11-26T14:00:00Z',
    stage: 'discovery',
    isProspect: false,
  });
  return { dana: dana.id, lee: lee.id };
}
