/**
 * The viewer's scoped client on a real SQLite database: another rep's meetings, messages,
 * steps, connections and contacts are invisible to reads and untouchable by writes;
 * an admin's client sees everything.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scopedDb } from '../../src/auth/scoped-db.js';
import type { Viewer } from '../../src/auth/viewer.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';

let h: Harness;
let otherRepId: string;
let otherMeetingId: string;

const viewer = (repId: string, isAdmin = false): Viewer => ({
  repId,
  email: 'x@northwind.example',
  name: 'X',
  isAdmin,
  via: 'session',
});

beforeEach(async () => {
  h = await createHarness({ now: '2026-12-08T14:00:00Z' });
  await h.writeEvent({
    uid: 'mine@test',
    title: 'Initech discovery',
    start: new Date('2026-12-09T16:00:00Z'),
    end: new Date('2026-12-09T16:30:00Z'),
    organizer: REP.email,
    attendees: [{ email: REP.email }, { email: 'pat@initech.example' }],
  });
  await h.tick();
  const other = await h.ctx.db.rep.create({
    data: {
      email: 'lee@northwind.example',
      name: 'Lee',
      timeZone: 'UTC',
      orgDomains: ['northwind.example'],
      businessHours: h.ctx.config.repDefaults.businessHours,
      ignoreRules: [],
    },
  });
  otherRepId = other.id;
  const conn = await h.ctx.db.connection.create({ data: { repId: other.id, provider: 'local' } });
  const account = await h.ctx.db.account.create({ data: { domain: 'bigdeal.example', name: 'BigDeal' } });
  await h.ctx.db.contact.create({ data: { email: 'cfo@bigdeal.example', accountId: account.id } });
  const meeting = await h.ctx.db.meeting.create({
    data: {
      repId: other.id,
      connectionId: conn.id,
      accountId: account.id,
      providerEventId: 'bigdeal',
      title: 'BigDeal confidential pricing (NDA)',
      start: new Date('2026-12-09T18:00:00Z'),
      end: new Date('2026-12-09T19:00:00Z'),
      timeZone: 'UTC',
      attendees: [],
      status: 'confirmed',
      isProspect: true,
      reason: 'external',
      agendaItems: [],
      pointSource: {},
      contentHash: 'x',
    },
  });
  otherMeetingId = meeting.id;
  await h.ctx.db.step.create({
    data: { meetingId: meeting.id, kind: 'draft_agenda', runKey: 'bigdeal', payload: {}, dueAt: new Date() },
  });
});
afterEach(async () => {
  await h.cleanup();
});

describe('scopedDb', () => {
  it('hides another rep’s rows from every read', async () => {
    const db = scopedDb(h.ctx.db, viewer(h.repId));
    expect(await db.meeting.findUnique({ where: { id: otherMeetingId } })).toBeNull();
    expect((await db.meeting.findMany()).map((m) => m.title)).toEqual(['Initech discovery']);
    expect(await db.meeting.count({ where: { title: { contains: 'BigDeal' } } })).toBe(0);
    expect(await db.connection.count()).toBe(1);
    expect(await db.step.count({ where: { runKey: 'bigdeal' } })).toBe(0);
    expect(await db.contact.findMany({ where: { email: 'cfo@bigdeal.example' } })).toEqual([]);
    expect(await db.rep.findUnique({ where: { id: otherRepId } })).toBeNull();
  });

  it('cannot change or delete another rep’s rows, nor create through the viewer’s client', async () => {
    const db = scopedDb(h.ctx.db, viewer(h.repId));
    expect((await db.meeting.updateMany({ data: { title: 'pwned' } })).count).toBe(1);
    await expect(
      db.meeting.update({ where: { id: otherMeetingId }, data: { title: 'pwned' } }),
    ).rejects.toThrow();
    expect((await db.meeting.deleteMany({ where: { id: otherMeetingId } })).count).toBe(0);
    const still = await h.ctx.db.meeting.findUniqueOrThrow({ where: { id: otherMeetingId } });
    expect(still.title).toBe('BigDeal confidential pricing (NDA)');
    await expect(db.connection.create({ data: { repId: otherRepId, provider: 'google' } })).rejects.toThrow(
      /not allowed/,
    );
  });

  it('lets an admin see every rep', async () => {
    const db = scopedDb(h.ctx.db, viewer(h.repId, true));
    expect(await db.meeting.count()).toBe(2);
    expect(await db.meeting.findUnique({ where: { id: otherMeetingId } })).not.toBeNull();
  });
});
