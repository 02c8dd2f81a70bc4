/**
 * A process that dies between "sending" and "sent" must not send twice after a restart:
 * the restarted runner finds the Message-ID in the Sent folder. One that died before the
 * provider call sends exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.js';
import { createContext } from '../../src/create-context.js';
import { silentLogger } from '../../src/log.js';
import { createRunner } from '../../src/main.js';
import type { ConnectionProviders } from '../../src/providers/registry.js';
import { createHarness, type Harness, REP } from '../helpers/harness.js';

let h: Harness;
afterEach(async () => h?.cleanup());

class ProcessDied extends Error {}

/** Wraps the rep's mail provider so the "process" dies right after (or before) the send. */
function crashOnSend(ctx: AppContext, when: 'after' | 'before'): void {
  const original = ctx.providers.forConnection.bind(ctx.providers);
  ctx.providers = {
    ...ctx.providers,
    forConnection(conn) {
      const p: ConnectionProviders = original(conn);
      return {
        ...p,
        mail: {
          ...p.mail,
          findSent: p.mail.findSent.bind(p.mail),
          async send(mail) {
            if (when === 'after') await p.mail.send(mail);
            throw new ProcessDied('killed');
          },
        },
      };
    },
  };
}

async function setUpApprovedAgenda(): Promise<string> {
  h = await createHarness({ now: '2026-12-07T15:00:00Z', approvalMode: 'auto' });
  await h.writeEvent({
    uid: 'initech@test',
    title: 'Initech technical deep-dive',
    start: new Date('2026-12-07T20:00:00Z'),
    end: new Date('2026-12-07T21:00:00Z'),
    organizer: REP.email,
    attendees: [{ email: REP.email }, { email: 'bill@initech.example' }],
  });
  const { syncCalendar } = await import('../../src/workflows/calendar/sync-calendar.js');
  await syncCalendar(h.ctx, h.connectionId);
  return h.ctx.db.step.findFirstOrThrow().then((s) => s.id);
}

/** What a killed process leaves behind: the step still claimed, its lease not yet expired. */
async function leaveStepClaimed(): Promise<void> {
  await h.ctx.db.step.updateMany({
    where: { kind: 'send_message' },
    data: { status: 'running', lockedUntil: new Date(h.clock.now.getTime() + 5 * 60_000) },
  });
}

async function restartAndRun(): Promise<void> {
  // A fresh context on the same data folder is a restarted process.
  const ctx = await createContext(h.ctx.config, { clock: () => h.clock.now, log: silentLogger });
  try {
    const runner = createRunner(ctx);
    h.clock.advance(10 * 60_000); // past the dead process's lease
    for (let i = 0; i < 5 && (await runner.runDue()) > 0; i++) {}
  } finally {
    await ctx.db.$disconnect();
  }
}

describe('exactly-once send across a crash', () => {
  it('does not send again when the crash came after the provider accepted the message', async () => {
    await setUpApprovedAgenda();
    crashOnSend(h.ctx, 'after');
    const runner = createRunner(h.ctx);
    await runner.runDue(); // draft_agenda → schedules send_message
    await runner.runDue(); // send_message: sends, then the process "dies"
    await leaveStepClaimed();
    const msg = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
    expect(msg.status).toBe('sending');
    expect(await h.mailbox('sent')).toHaveLength(1);

    await restartAndRun();
    const after = await h.ctx.db.message.findFirstOrThrow({ where: { id: msg.id } });
    expect(after.status).toBe('sent');
    expect(await h.mailbox('sent')).toHaveLength(1);
    const step = await h.ctx.db.step.findFirstOrThrow({ where: { kind: 'send_message' } });
    expect(step.status).toBe('done');
    expect(step.result).toContain('not sent again');
  });

  it('sends exactly once when the crash came before the provider call', async () => {
    await setUpApprovedAgenda();
    crashOnSend(h.ctx, 'before');
    const runner = createRunner(h.ctx);
    await runner.runDue();
    await runner.runDue();
    await leaveStepClaimed();
    expect(await h.mailbox('sent')).toHaveLength(0);

    await restartAndRun();
    await restartAndRun(); // a second restart changes nothing
    expect(await h.mailbox('sent')).toHaveLength(1);
    const msg = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
    expect(msg.status).toBe('sent');
  });
});
