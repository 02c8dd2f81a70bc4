/**
 * Calendar changes after planning: a moved meeting re-plans its agenda step and refreshes
 * an unsent draft; a cancelled or deleted meeting retracts unsent drafts (also from the
 * rep's Drafts folder) and cancels pending steps.
 */
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, REP } from '../helpers/harness.js';
import type { TestEvent } from '../helpers/ics.js';

const NOW = '2026-12-07T15:00:00Z'; // Monday 10:00 New York
const meeting: TestEvent = {
  uid: 'globex-demo@test',
  title: 'Globex — product demo',
  start: new Date('2026-12-10T19:00:00Z'), // Thursday 14:00 New York
  end: new Date('2026-12-10T20:00:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: 'hank@globex.example', name: 'Hank Scorpio' }],
};

let h: Harness;
afterEach(async () => h?.cleanup());

const steps = () =>
  h.ctx.db.step.findMany({ where: { kind: 'draft_agenda' }, orderBy: { createdAt: 'asc' } });

describe('re-planning and retraction', () => {
  it('moves the pending agenda step when the meeting moves', async () => {
    h = await createHarness({ now: NOW });
    await h.writeEvent(meeting);
    await h.tick();
    expect((await steps())[0]?.dueAt.toISOString()).toBe('2026-12-09T19:00:00.000Z');

    await h.writeEvent({
      ...meeting,
      start: new Date('2026-12-11T15:00:00Z'), // Friday 10:00
      end: new Date('2026-12-11T16:00:00Z'),
      sequence: 1,
    });
    await h.tick();
    const all = await steps();
    expect(all).toHaveLength(1);
    expect(all[0]?.dueAt.toISOString()).toBe('2026-12-10T15:00:00.000Z');
    expect(all[0]?.status).toBe('pending');
  });

  it('refreshes an unsent draft with the new time when the meeting moves', async () => {
    h = await createHarness({ now: '2026-12-09T19:00:00Z' });
    await h.writeEvent(meeting);
    await h.tick();
    const before = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
    expect(before.status).toBe('awaiting_approval');
    expect(before.text).toContain('Thursday');

    await h.writeEvent({
      ...meeting,
      start: new Date('2026-12-11T15:00:00Z'),
      end: new Date('2026-12-11T16:00:00Z'),
    });
    await h.tick();
    const after = await h.ctx.db.message.findFirstOrThrow({ where: { id: before.id } });
    expect(after.status).toBe('awaiting_approval');
    expect(after.messageId).toBe(before.messageId);
    expect(after.text).toContain('Friday');
    expect(after.text).not.toContain('Thursday');
  });

  it('retracts the unsent draft and cancels steps when the meeting is cancelled', async () => {
    h = await createHarness({ now: '2026-12-09T19:00:00Z', approvalMode: 'draft' });
    await h.writeEvent(meeting);
    await h.tick();
    expect(await h.mailbox('drafts')).toHaveLength(1);

    await h.writeEvent({ ...meeting, status: 'CANCELLED', sequence: 2 });
    await h.tick();
    expect(await h.mailbox('drafts')).toEqual([]);
    const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
    expect(agenda.status).toBe('retracted');
    expect(await h.mailbox('sent')).toEqual([]);
  });

  it('cancels the pending step when the event file is deleted', async () => {
    h = await createHarness({ now: NOW });
    await h.writeEvent(meeting);
    await h.tick();
    await h.removeEvent(meeting.uid);
    await h.tick();
    const [step] = await steps();
    expect(step?.status).toBe('cancelled');
    expect(await h.ctx.db.step.count({ where: { status: 'pending' } })).toBe(0);
    const m = await h.ctx.db.meeting.findFirstOrThrow();
    expect(m.status).toBe('cancelled');
    // Time passes: nothing is drafted for the cancelled meeting.
    h.clock.set('2026-12-10T12:00:00Z');
    await h.tick();
    expect(await h.ctx.db.message.count()).toBe(0);
  });

  it('drafts at once for a meeting booked inside the lead window, and nothing for one already started', async () => {
    h = await createHarness({ now: NOW });
    await h.writeEvent({
      ...meeting,
      uid: 'soon@test',
      start: new Date('2026-12-07T18:00:00Z'),
      end: new Date('2026-12-07T18:30:00Z'),
    });
    await h.writeEvent({
      ...meeting,
      uid: 'started@test',
      start: new Date('2026-12-07T14:30:00Z'),
      end: new Date('2026-12-07T15:30:00Z'),
    });
    await h.tick();
    const soon = await h.ctx.db.meeting.findFirstOrThrow({
      where: { providerEventId: 'soon@test' },
      include: { messages: true },
    });
    expect(soon.messages.map((m) => [m.kind, m.status]).sort()).toEqual([
      ['agenda', 'awaiting_approval'],
      ['approval_request', 'sent'],
    ]);
    const started = await h.ctx.db.meeting.findFirstOrThrow({
      where: { providerEventId: 'started@test' },
      include: { steps: true, messages: true },
    });
    expect(started.steps.map((s) => s.kind)).toEqual(['recap_prompt']);
    expect(started.messages).toEqual([]);
  });
});

describe('approval modes', () => {
  it('draft mode: the agenda waits in Drafts and is marked sent when the rep sends it', async () => {
    h = await createHarness({ now: '2026-12-09T19:00:00Z', approvalMode: 'draft' });
    await h.writeEvent(meeting);
    await h.tick();
    const [draft] = await h.mailbox('drafts');
    expect(draft).toBeDefined();
    const parsed = await simpleParser(await h.readMail('drafts', draft as string));
    expect(parsed.to).toMatchObject({ value: [{ address: 'hank@globex.example' }] });
    expect(await h.mailbox('inbox')).toEqual([]); // no approval request in draft mode

    // The rep sends it from their mail client: the file moves to sent.
    const { mkdir, rename } = await import('node:fs/promises');
    const path = await import('node:path');
    const box = path.join(h.dataDir, 'mail', REP.email);
    await mkdir(path.join(box, 'sent'), { recursive: true });
    await rename(path.join(box, 'drafts', draft as string), path.join(box, 'sent', draft as string));
    await h.tick();
    const agenda = await h.ctx.db.message.findFirstOrThrow({ where: { kind: 'agenda' } });
    expect(agenda.status).toBe('sent');
  });

  it('auto mode: the agenda is sent at due time without asking', async () => {
    h = await createHarness({ now: NOW, approvalMode: 'auto' });
    await h.writeEvent(meeting);
    await h.tick();
    expect(await h.mailbox('sent')).toEqual([]);
    h.clock.set('2026-12-09T19:00:00Z');
    await h.tick();
    const sent = await h.mailbox('sent');
    expect(sent).toHaveLength(1);
    const parsed = await simpleParser(await h.readMail('sent', sent[0] as string));
    expect(parsed.to).toMatchObject({ value: [{ address: 'hank@globex.example' }] });
    expect(await h.mailbox('inbox')).toEqual([]);
  });
});
