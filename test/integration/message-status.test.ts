/**
 * The outbound-message module on a real database: every move the transition table allows
 * works, every other one is refused, a lost race is a conflict, and a link token acts once.
 * On SQLite always, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageKind, MessageStatus } from '../../src/db/types.js';
import { AppError } from '../../src/errors.js';
import { consumeActionToken, isTokenUsed } from '../../src/messages/action-tokens.js';
import { createMessage, startingStatus } from '../../src/messages/create-message.js';
import {
  canMoveMessage,
  MESSAGE_TRANSITIONS,
  type MessageFields,
  moveMessage,
  tryMoveMessage,
} from '../../src/messages/message-status.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import { createTempPgDatabase, TEST_DATABASE_URL } from '../helpers/test-db.js';

const STATUSES = Object.keys(MESSAGE_TRANSITIONS) as MessageStatus[];
const ALLOWED = STATUSES.flatMap((from) => MESSAGE_TRANSITIONS[from].map((to) => [from, to] as const));
const REFUSED = STATUSES.flatMap((from) =>
  STATUSES.filter((to) => !canMoveMessage(from, to)).map((to) => [from, to] as const),
);
const NEEDS_REASON: MessageStatus[] = ['skipped', 'retracted', 'failed'];

/** The fields a move to `to` needs: a reason where nothing was sent. */
type ReasonFields = MessageFields & { lastError: string; notSentReason: 'rep skipped' };
const fieldsFor = (to: MessageStatus): ReasonFields => ({
  lastError: `test: moved to ${to}`,
  notSentReason: 'rep skipped',
});

/** Moves along the table only, by the shortest path from where a `kind` message starts. */
function pathTo(target: MessageStatus, kind: MessageKind): MessageStatus[] | null {
  const start = startingStatus(kind);
  const paths = new Map<MessageStatus, MessageStatus[]>([[start, []]]);
  const queue: MessageStatus[] = [start];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const next of MESSAGE_TRANSITIONS[s]) {
      if (paths.has(next)) continue;
      paths.set(next, [...(paths.get(s) ?? []), next]);
      queue.push(next);
    }
  }
  return paths.get(target) ?? null;
}

const databases = [
  { name: 'SQLite', pg: false },
  ...(TEST_DATABASE_URL ? [{ name: 'PostgreSQL', pg: true }] : []),
];

describe.each(databases)('outbound messages on $name', ({ pg }) => {
  let h: Harness;
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await h?.cleanup();
    await drop?.();
  });

  async function start(): Promise<void> {
    let databaseUrl: string | undefined;
    if (pg) {
      const temp = await createTempPgDatabase(TEST_DATABASE_URL as string);
      drop = temp.drop;
      databaseUrl = temp.url;
    }
    h = await createHarness({ now: '2026-12-07T15:00:00Z', databaseUrl });
  }

  function newMessage(kind: MessageKind) {
    return createMessage(h.ctx.db, h.ctx.config.mailDomain, {
      repId: h.repId,
      meetingId: null,
      kind,
      fromAddress: REP.email,
      to: kind === 'agenda' ? ['bill@initech.example'] : [REP.email],
      subject: 'Initech technical deep-dive',
      text: 'text',
      html: '<p>text</p>',
    });
  }

  /** A fresh message in `status` (one with a way out), reached by allowed moves only. */
  async function messageIn(status: MessageStatus): Promise<string> {
    const kind: MessageKind = pathTo(status, 'agenda') ? 'agenda' : 'rep_notice';
    const msg = await newMessage(kind);
    let at: MessageStatus = msg.status;
    for (const next of pathTo(status, kind) ?? []) {
      await moveMessage(h.ctx.db, msg.id, at, next);
      at = next;
    }
    return msg.id;
  }

  const statusOf = async (id: string) => (await h.ctx.db.message.findUniqueOrThrow({ where: { id } })).status;

  it('creates prospect mail drafted and mail to the rep approved, each with its own Message-ID', async () => {
    await start();
    const agenda = await newMessage('agenda');
    const notice = await newMessage('rep_notice');
    expect(agenda.status).toBe('drafted');
    expect(notice.status).toBe('approved');
    expect(agenda.messageId).toMatch(/^<[0-9a-f]{32}@agendum\.test>$/);
    expect(notice.messageId).not.toBe(agenda.messageId);
  });

  it('reaches every status with a way out by allowed moves alone', () => {
    for (const status of STATUSES.filter((s) => MESSAGE_TRANSITIONS[s].length > 0)) {
      expect(pathTo(status, 'agenda') ?? pathTo(status, 'rep_notice'), status).not.toBeNull();
    }
  });

  it('makes every move the table allows, keeping the reason where nothing was sent', async () => {
    await start();
    for (const [from, to] of ALLOWED) {
      const id = await messageIn(from);
      await moveMessage(h.ctx.db, id, from, to, fieldsFor(to));
      const row = await h.ctx.db.message.findUniqueOrThrow({ where: { id } });
      expect(`${from} → ${row.status}`).toBe(`${from} → ${to}`);
      if (NEEDS_REASON.includes(to)) expect(row.lastError).toBe(`test: moved to ${to}`);
    }
  });

  it('refuses every move the table does not allow, and changes nothing', async () => {
    await start();
    const id = await messageIn('approved');
    for (const [from, to] of REFUSED) {
      const move = tryMoveMessage(h.ctx.db, id, from, to, fieldsFor(to));
      await expect(move, `${from} → ${to}`).rejects.toMatchObject({ code: 'conflict' });
    }
    // One bad source in a list refuses the whole move.
    await expect(tryMoveMessage(h.ctx.db, id, ['approved', 'sent'], 'sending')).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await statusOf(id)).toBe('approved');
  });

  it('refuses a move to skipped, retracted or failed without a reason', async () => {
    await start();
    const id = await messageIn('awaiting_approval');
    // @ts-expect-error the type asks for lastError too
    await expect(tryMoveMessage(h.ctx.db, id, 'awaiting_approval', 'skipped')).rejects.toThrow(AppError);
    expect(await statusOf(id)).toBe('awaiting_approval');
  });

  it('lets only one of two concurrent claims send', async () => {
    await start();
    const id = await messageIn('approved');
    const claims = await Promise.all([
      tryMoveMessage(h.ctx.db, id, 'approved', 'sending'),
      tryMoveMessage(h.ctx.db, id, 'approved', 'sending'),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await statusOf(id)).toBe('sending');
  });

  it('throws conflict when the message was moved on by someone else first', async () => {
    await start();
    const id = await messageIn('awaiting_approval');
    await moveMessage(h.ctx.db, id, 'awaiting_approval', 'approved');
    expect(await tryMoveMessage(h.ctx.db, id, 'awaiting_approval', 'skipped', fieldsFor('skipped'))).toBe(
      false,
    );
    await expect(
      moveMessage(h.ctx.db, id, 'awaiting_approval', 'skipped', fieldsFor('skipped')),
    ).rejects.toMatchObject({ code: 'conflict' });
    const row = await h.ctx.db.message.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('approved');
    expect(row.lastError).toBeNull();
  });

  it('uses a link token once, and not at all when the action rolls back', async () => {
    await start();
    expect(await isTokenUsed(h.ctx.db, 'jti-1')).toBe(false);
    await consumeActionToken(h.ctx.db, 'jti-1');
    expect(await isTokenUsed(h.ctx.db, 'jti-1')).toBe(true);
    await expect(consumeActionToken(h.ctx.db, 'jti-1', 'Already signed in.')).rejects.toMatchObject({
      code: 'token_used',
      message: 'Already signed in.',
    });

    class ActionFailed extends Error {}
    await expect(
      h.ctx.db.$transaction(async (tx) => {
        await consumeActionToken(tx, 'jti-2');
        throw new ActionFailed('the decision failed');
      }),
    ).rejects.toThrow(ActionFailed);
    expect(await isTokenUsed(h.ctx.db, 'jti-2')).toBe(false);
  });
});
