/**
 * The state most loop, page and browser tests start from, built the way production gets
 * there: a prospect meeting on the rep's calendar, and its agenda drafted — then either
 * waiting for the rep's approval (the approval request in their inbox) or, in auto mode,
 * sent to the prospect; or, after the meeting, its recap waiting for the rep's approval. The
 * harness flavour writes the event and ticks; the Google and
 * Microsoft flavours wait for the running service (google-service.ts, microsoft-service.ts)
 * to mail the rep, driven in service time (drive-service.ts). Each returns what a test goes on with.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { Meeting, Message } from '../../src/db/types.js';
import { type OutcomeInput, recordOutcome } from '../../src/workflows/inbound/record-outcome.js';
import { approveMessage } from '../../src/workflows/outbound/approve-message.js';
import type { GoogleEmulator } from '../emulators/google/google-emulator.js';
import type { GmailMessage } from '../emulators/google/mailbox.js';
import type { MicrosoftEmulator } from '../emulators/microsoft/emulator.js';
import type { StoredMessage } from '../emulators/microsoft/mailbox.js';
import type { ServiceDriver } from './drive-service.js';
import { type Harness, REP } from './harness.js';
import { actionPathIn } from './http.js';
import type { TestEvent } from './ics.js';

/**
 * Umbrella Corp's proposal review with Alice Abernathy, Wednesday 2026-12-09 11:00 New
 * York: its agenda is due by Tuesday 11:00, so a harness at 2026-12-08T16:30Z drafts it at once.
 */
export const PROPOSAL_REVIEW: TestEvent = {
  uid: 'umbrella@test',
  title: 'Umbrella Corp — proposal review',
  start: new Date('2026-12-09T16:00:00Z'),
  end: new Date('2026-12-09T16:45:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: 'alice@umbrella.example', name: 'Alice Abernathy' }],
};

/** Priya Raman of Acme Robotics, the prospect of the discovery-call scenarios. */
export const PRIYA = 'priya.raman@acme-robotics.example';

/** Acme Robotics' discovery call with Priya, Wednesday 2026-12-09 10:00 New York. */
export const ACME_DISCOVERY: TestEvent = {
  uid: 'acme-1@test',
  title: 'Acme Robotics × Northwind — discovery call',
  start: new Date('2026-12-09T15:00:00Z'),
  end: new Date('2026-12-09T15:30:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: PRIYA, name: 'Priya Raman' }],
};

export interface ScenarioOptions {
  /** The prospect meeting written to the calendar (PROPOSAL_REVIEW unless given). */
  event?: TestEvent;
  /** Where the clock moves after the event is written and before the tick (the agenda's due time). */
  at?: string;
}

/** The meeting planned and its agenda drafted. */
export interface DraftedAgenda {
  meeting: Meeting;
  /** The agenda as it stands after the tick. */
  agenda: Message;
}

export interface AwaitingApproval extends DraftedAgenda {
  /** The approval request as the rep received it. */
  approvalRequest: ParsedMail;
  /** The `/a/…` path of its approval link. */
  approvalPath: string;
}

export interface AgendaSent extends DraftedAgenda {
  /** The agenda as it went out (the rep's sent folder). */
  sentAgenda: ParsedMail;
  /** The `/c/…` path of its confirmation link. */
  confirmPath: string;
}

/** Writes the event, moves the clock if asked, ticks once; the meeting and its agenda. */
async function draftAgenda(h: Harness, opts: ScenarioOptions): Promise<DraftedAgenda> {
  const event = opts.event ?? PROPOSAL_REVIEW;
  await h.writeEvent(event);
  if (opts.at) h.clock.set(opts.at);
  await h.tick();
  const meeting = await h.ctx.db.meeting.findFirst({ where: { repId: h.repId, iCalUid: event.uid } });
  if (!meeting) throw new Error(`scenario: no meeting for ${event.uid}`);
  const agenda = await h.ctx.db.message.findFirst({ where: { meetingId: meeting.id, kind: 'agenda' } });
  if (!agenda) {
    throw new Error(`scenario: no agenda for ${event.uid} at ${h.clock.now.toISOString()} (not due yet?)`);
  }
  return { meeting, agenda };
}

/** The mail with `messageId` in one of the rep's folders, raw and parsed. */
export async function mailIn(
  h: Harness,
  folder: 'inbox' | 'sent',
  messageId: string,
): Promise<{ raw: Buffer; mail: ParsedMail }> {
  for (const file of await h.mailbox(folder)) {
    const raw = await h.readMail(folder, file);
    const mail = await simpleParser(raw);
    if (mail.messageId === messageId) return { raw, mail };
  }
  throw new Error(`scenario: ${messageId} is not in the rep's ${folder}`);
}

/**
 * Service running (the harness), one prospect meeting, its agenda awaiting approval and
 * the approval request in the rep's inbox. The harness must ask for approval (the default mode).
 */
export async function meetingAwaitingApproval(
  h: Harness,
  opts: ScenarioOptions = {},
): Promise<AwaitingApproval> {
  const drafted = await draftAgenda(h, opts);
  const request = await h.ctx.db.message.findFirst({
    where: { kind: 'approval_request', subjectMessageId: drafted.agenda.id },
  });
  if (!request) throw new Error(`scenario: no approval request for the agenda (${drafted.agenda.status})`);
  const { raw, mail } = await mailIn(h, 'inbox', request.messageId);
  return { ...drafted, approvalRequest: mail, approvalPath: await actionPathIn(raw, 'a') };
}

/** One prospect meeting whose agenda went out at once: a harness in `approvalMode: 'auto'`. */
export async function agendaSent(h: Harness, opts: ScenarioOptions = {}): Promise<AgendaSent> {
  const drafted = await draftAgenda(h, opts);
  const { raw, mail } = await mailIn(h, 'sent', drafted.agenda.messageId);
  return { ...drafted, sentAgenda: mail, confirmPath: await actionPathIn(raw, 'c') };
}

/** The recap of a held meeting waiting for the rep's approval, its approval request in their inbox. */
export interface RecapAwaitingApproval {
  /** The agenda as sent: the recap answers it in its thread. */
  agenda: Message;
  recap: Message;
  approvalRequest: ParsedMail;
  approvalPath: string;
}

/** What the rep records after PROPOSAL_REVIEW unless told otherwise. */
export const PROPOSAL_OUTCOME: OutcomeInput = {
  agreed: 'the proposal fits, apart from the rollout timeline',
  nextStep: 'send a revised timeline',
  owner: 'rep',
  due: new Date('2026-12-11T22:00:00Z'), // Friday 17:00 New York
};

/**
 * PROPOSAL_REVIEW held (a harness asking for approval, at its agenda's due time): the agenda
 * approved and sent, the clock 16 minutes past the meeting's end (the recap prompt sent), the
 * outcome recorded as the outcome form does, and the recap awaiting the rep's approval.
 */
export async function recapAwaitingApproval(
  h: Harness,
  outcome: OutcomeInput = PROPOSAL_OUTCOME,
): Promise<RecapAwaitingApproval> {
  const { meeting, agenda } = await meetingAwaitingApproval(h);
  await approveMessage(h.ctx, agenda.id);
  await h.tick();
  h.clock.set(new Date(PROPOSAL_REVIEW.end.getTime() + 16 * 60_000));
  await h.tick();
  await recordOutcome(h.ctx, meeting.id, outcome);
  await h.tick();
  const recap = await h.ctx.db.message.findFirst({ where: { meetingId: meeting.id, kind: 'recap' } });
  if (!recap) throw new Error('scenario: no recap drafted');
  const request = await h.ctx.db.message.findFirst({
    where: { kind: 'approval_request', subjectMessageId: recap.id },
  });
  if (!request) throw new Error(`scenario: no approval request for the recap (${recap.status})`);
  const { raw, mail } = await mailIn(h, 'inbox', request.messageId);
  const sent = await h.ctx.db.message.findUniqueOrThrow({ where: { id: agenda.id } });
  return { agenda: sent, recap, approvalRequest: mail, approvalPath: await actionPathIn(raw, 'a') };
}

/**
 * Google flavour: the approval request the running service mailed the rep (it lands in
 * their own Gmail INBOX), once it has. Seed the meeting first (seedProspectMeeting).
 */
export async function approvalRequestInGmail(
  svc: ServiceDriver,
  emu: GoogleEmulator,
  rep: string,
): Promise<{ approvalRequest: GmailMessage; approvalPath: string }> {
  const approvalRequest = await svc.until('the approval request in the rep’s Gmail inbox', () =>
    emu.folder(rep, 'INBOX').find((m) => m.from === rep),
  );
  return { approvalRequest, approvalPath: await actionPathIn(approvalRequest.raw, 'a') };
}

/** Microsoft flavour: the approval request the running service mailed the rep, in their Outlook inbox. */
export async function approvalRequestInOutlook(
  svc: ServiceDriver,
  emu: MicrosoftEmulator,
  rep: string,
): Promise<{ approvalRequest: StoredMessage; approvalPath: string }> {
  const approvalRequest = await svc.until(
    'the approval request',
    () => emu.mailbox(rep).inFolder('inbox')[0],
  );
  return { approvalRequest, approvalPath: await actionPathIn(approvalRequest.raw, 'a') };
}

/**
 * Drops a prospect's plain-text reply to `parentMessageId` into the rep's local inbox, with
 * Gmail-style quoted history under it; the next tick reads it.
 */
export async function dropProspectReply(
  h: Harness,
  reply: { from: string; name?: string; parentMessageId: string; body: string; id: string },
): Promise<void> {
  const raw = [
    `From: ${reply.name ?? 'Priya Raman'} <${reply.from}>`,
    `To: ${REP.email}`,
    'Subject: Re: Agenda',
    `Message-ID: <${reply.id}@acme-robotics.example>`,
    `In-Reply-To: ${reply.parentMessageId}`,
    `References: ${reply.parentMessageId}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    reply.body,
    '',
    'On Tue, Dec 8, 2026 at 10:00 AM Dana Whitfield <dana@northwind.example> wrote:',
    '> Does that match what you want from the call? Reply "confirmed", or tell me what to add or change',
    '',
  ].join('\r\n');
  const inbox = path.join(h.dataDir, 'mail', REP.email, 'inbox');
  await mkdir(inbox, { recursive: true });
  await writeFile(path.join(inbox, `${reply.id}.eml`), raw);
}
