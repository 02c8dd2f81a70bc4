/**
 * The viewer's scoped client on a real SQLite database: another rep's meetings, messages,
 * steps, connections and contacts are invisible to reads and untouchable by writes; the
 * Initech Account is shared by both reps' meetings, so nothing may walk from it to another
 * rep's rows; sessions, keys, tokens and raw SQL are out of reach; an admin's client sees
 * everything.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scopedDb } from '../../src/auth/scoped-db.js';
import type { Viewer } from '../../src/auth/viewer.js';
import type { Db } from '../../src/db/client.js';
import { listConnectionViews } from '../../src/http/connections-view.js';
import { getMeetingView, listMeetingViews } from '../../src/http/meetings-view.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';

let h: Harness;
let otherRepId: string;
let otherMeetingId: string;
let myMeetingId: string;
let otherMessageId: string;
let myMessageId: string;

const viewer = (repId: string, isAdmin = false): Viewer => ({
  repId,
  email: 'x@northwind.example',
  name: 'X',
  isAdmin,
  via: 'session',
});

const meetingData = (repId: string, connectionId: string, accountId: string, title: string) => ({
  repId,
  connectionId,
  accountId,
  providerEventId: title,
  title,
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
});

const messageData = (repId: string, meetingId: string, subject: string) => ({
  repId,
  meetingId,
  kind: 'agenda' as const,
  status: 'drafted' as const,
  fromAddress: 'rep@northwind.example',
  to: [],
  cc: [],
  subject,
  html: subject,
  text: subject,
  messageId: `<${meetingId}@test>`,
});

async function seedSecrets(repId: string): Promise<void> {
  const expiresAt = new Date('2027-01-01T00:00:00Z');
  await h.ctx.db.session.create({
    data: { tokenHash: `t-${repId}`, repId, csrfToken: `csrf-${repId}`, method: 'link', expiresAt },
  });
  await h.ctx.db.apiKey.create({ data: { keyHash: `k-${repId}`, prefix: 'k', name: 'ci', repId } });
}

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
    data: meetingData(other.id, conn.id, account.id, 'BigDeal confidential pricing (NDA)'),
  });
  otherMeetingId = meeting.id;
  await h.ctx.db.step.create({
    data: { meetingId: meeting.id, kind: 'draft_agenda', runKey: 'bigdeal', payload: {}, dueAt: new Date() },
  });
  // Lee also meets Initech: one Account row, shared by both reps' meetings.
  const mine = await h.ctx.db.meeting.findFirstOrThrow({ where: { repId: h.repId } });
  myMeetingId = mine.id;
  const shared = await h.ctx.db.meeting.create({
    data: meetingData(other.id, conn.id, mine.accountId as string, 'Initech: Lee’s rival bid'),
  });
  otherMessageId = (await h.ctx.db.message.create({ data: messageData(other.id, shared.id, 'Lee secret') }))
    .id;
  myMessageId = (await h.ctx.db.message.create({ data: messageData(h.repId, mine.id, 'Dana draft') })).id;
  await seedSecrets(h.repId);
  await seedSecrets(other.id);
  await h.ctx.db.usedToken.create({ data: { jti: 'used-by-lee' } });
});
afterEach(async () => {
  await h.cleanup();
});

const mine = (): Db => scopedDb(h.ctx.db, viewer(h.repId));
/** scopedDb's own refusal, not some Prisma validation error that happens to reject too. */
const REFUSED = /not allowed on a viewer's client/;

describe('scopedDb', () => {
  it('hides another rep’s rows from every read', async () => {
    const db = mine();
    expect(await db.meeting.findUnique({ where: { id: otherMeetingId } })).toBeNull();
    expect((await db.meeting.findMany()).map((m) => m.title)).toEqual(['Initech discovery']);
    expect(await db.meeting.count({ where: { title: { contains: 'BigDeal' } } })).toBe(0);
    expect(await db.connection.count()).toBe(1);
    expect(await db.step.count({ where: { runKey: 'bigdeal' } })).toBe(0);
    expect(await db.contact.findMany({ where: { email: 'cfo@bigdeal.example' } })).toEqual([]);
    expect(await db.rep.findUnique({ where: { id: otherRepId } })).toBeNull();
  });

  it('keeps a unique lookup unique: own rows are found, others’ are not', async () => {
    const db = mine();
    expect((await db.meeting.findUnique({ where: { id: myMeetingId } }))?.title).toBe('Initech discovery');
    expect(
      await db.message.findUnique({ where: { id: otherMessageId }, include: { meeting: true } }),
    ).toBeNull();
    const msg = await db.message.findUnique({ where: { id: myMessageId }, include: { meeting: true } });
    expect(msg?.meeting?.title).toBe('Initech discovery');
    await expect(
      db.meeting.findUniqueOrThrow({ where: { id: otherMeetingId, AND: [{}] } }),
    ).rejects.toThrow();
    const key = { repId_provider: { repId: otherRepId, provider: 'local' as const } };
    expect(await db.connection.findUnique({ where: key })).toBeNull();
  });

  it('serves the dashboard and API reads', async () => {
    const db = mine();
    const page = await listMeetingViews(db, h.clock.now);
    expect(page.meetings.map((m) => [m.title, m.rep, m.messages.length])).toEqual([
      ['Initech discovery', REP.email, 1],
    ]);
    expect(await getMeetingView(db, otherMeetingId)).toBeNull();
    expect((await getMeetingView(db, myMeetingId))?.messages.map((m) => m.subject)).toEqual(['Dana draft']);
    expect((await listConnectionViews(db)).map((c) => c.rep)).toEqual([REP.email]);
    const withAccount = await db.meeting.findMany({ include: { account: true } });
    expect(withAccount.map((m) => m.account?.domain)).toEqual(['initech.example']);
    expect((await db.account.findMany()).map((a) => a.domain)).toEqual(['initech.example']);
  });

  it('cannot change or delete another rep’s rows, nor create through the viewer’s client', async () => {
    const db = mine();
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

  it('refuses every write but updateMany/deleteMany, own rows included', async () => {
    const db = mine();
    const data = { title: 'pwned' };
    await expect(db.meeting.updateManyAndReturn({ data })).rejects.toThrow(REFUSED);
    const conn = { repId: otherRepId, provider: 'google' as const };
    await expect(db.connection.createManyAndReturn({ data: [conn] })).rejects.toThrow(REFUSED);
    await expect(db.meeting.update({ where: { id: myMeetingId }, data })).rejects.toThrow(REFUSED);
    await expect(db.meeting.delete({ where: { id: otherMeetingId } })).rejects.toThrow(REFUSED);
    const upsert = {
      where: { id: otherMeetingId },
      create: meetingData(h.repId, h.connectionId, '', 'x'),
      update: data,
    };
    await expect(db.meeting.upsert(upsert)).rejects.toThrow(REFUSED);
    await expect(
      db.usedToken.upsert({ where: { jti: 'victim' }, create: { jti: 'victim' }, update: {} }),
    ).rejects.toThrow(REFUSED);
    // Moving an own row to another rep, or editing shared or privileged rows, is a write beyond scope.
    await expect(db.meeting.updateMany({ data: { repId: otherRepId } })).rejects.toThrow(REFUSED);
    await expect(db.rep.updateMany({ data: { isAdmin: true } })).rejects.toThrow(REFUSED);
    await expect(db.account.deleteMany()).rejects.toThrow(REFUSED);
    const titles = (await h.ctx.db.meeting.findMany({ orderBy: { title: 'asc' } })).map((m) => m.title);
    expect(titles).toEqual([
      'BigDeal confidential pricing (NDA)',
      'Initech discovery',
      'Initech: Lee’s rival bid',
    ]);
    expect(await h.ctx.db.usedToken.count()).toBe(1);
    expect(await h.ctx.db.rep.count({ where: { isAdmin: true } })).toBe(0);
  });

  it('does not walk from a shared Account to another rep’s rows', async () => {
    const db = mine();
    await expect(db.account.findMany({ include: { meetings: true } })).rejects.toThrow(REFUSED);
    await expect(db.account.findFirst({ select: { contacts: true } })).rejects.toThrow(REFUSED);
    await expect(db.account.findMany({ include: { _count: true } })).rejects.toThrow(REFUSED);
    const nested = { account: { include: { meetings: { include: { messages: true } } } } };
    await expect(db.meeting.findMany({ include: nested })).rejects.toThrow(REFUSED);
    await expect(
      db.contact.findMany({ include: { account: { select: { meetings: true } } } }),
    ).rejects.toThrow(REFUSED);
    await expect(
      db.meeting
        .findUnique({ where: { id: myMeetingId } })
        .account()
        .meetings(),
    ).rejects.toThrow(REFUSED);
    // A filter through the Account is an oracle on another rep's titles.
    const probe = { account: { meetings: { some: { title: { contains: 'rival' } } } } };
    await expect(db.meeting.count({ where: probe })).rejects.toThrow(REFUSED);
    await expect(db.meeting.findMany({ orderBy: { account: { name: 'asc' } } })).resolves.toHaveLength(1);
  });

  it('never reaches sessions, keys, tokens or leases, directly or through a relation', async () => {
    const db = mine();
    await expect(db.session.findMany()).rejects.toThrow(REFUSED);
    await expect(db.apiKey.findMany()).rejects.toThrow(REFUSED);
    await expect(db.usedToken.findMany()).rejects.toThrow(REFUSED);
    await expect(db.signinLink.count()).rejects.toThrow(REFUSED);
    await expect(db.writeProbe.findFirst()).rejects.toThrow(REFUSED);
    await expect(db.inboundSeen.deleteMany()).rejects.toThrow(REFUSED);
    await expect(db.rep.findMany({ include: { sessions: true } })).rejects.toThrow(REFUSED);
    await expect(db.connection.findMany({ select: { inboundSeen: true } })).rejects.toThrow(REFUSED);
  });

  it('refuses raw SQL, also inside an interactive transaction, which stays scoped', async () => {
    const db = mine();
    await expect(db.$queryRaw`SELECT csrfToken FROM Session`).rejects.toThrow(REFUSED);
    await expect(db.$queryRawUnsafe('SELECT title FROM Meeting')).rejects.toThrow(REFUSED);
    await expect(db.$executeRaw`DELETE FROM Meeting`).rejects.toThrow(REFUSED);
    await expect(db.$executeRawUnsafe('DELETE FROM Meeting')).rejects.toThrow(REFUSED);
    await expect(db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`)).rejects.toThrow(REFUSED);
    expect(await db.$transaction(async (tx) => tx.meeting.count())).toBe(1);
    expect(await db.$transaction([db.meeting.count(), db.message.count()])).toEqual([1, 1]);
    expect(await h.ctx.db.meeting.count()).toBe(3);
  });

  it('lets an admin see every rep', async () => {
    const db = scopedDb(h.ctx.db, viewer(h.repId, true));
    expect(await db.meeting.count()).toBe(3);
    expect(await db.meeting.findUnique({ where: { id: otherMeetingId } })).not.toBeNull();
  });
});
