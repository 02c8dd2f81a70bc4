/**
 * What the send-hygiene tests share: a second meeting with the same prospect, a delivery
 * status notification dropped into the rep's local inbox, the API's view of the meetings
 * (as a script reads it, with an API key), and the notices in the rep's inbox.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach } from 'vitest';
import { createApiKey } from '../../src/auth/api-keys.js';
import type { MeetingView } from '../../src/http/meetings-view.js';
import { createHarness, type Harness, REP } from './harness.js';
import { serveApp, type TestServer } from './http.js';
import type { TestEvent } from './ics.js';
import { ACME_DISCOVERY, PRIYA } from './scenario.js';

/** A follow-up with Priya on Wednesday 9:00 New York: its agenda is due at once at 2026-12-08T16:30Z. */
export const ACME_FOLLOW_UP: TestEvent = {
  uid: 'acme-2@test',
  title: 'Acme Robotics × Northwind — technical deep-dive',
  start: new Date('2026-12-09T14:00:00Z'),
  end: new Date('2026-12-09T14:45:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: PRIYA, name: 'Priya Raman' }],
};

/** Sam Ortiz, Priya's colleague at Acme Robotics. */
export const SAM = 'sam.ortiz@acme-robotics.example';

/** A third meeting, with Priya and Sam, Wednesday 11:00 New York. */
export const ACME_WITH_SAM: TestEvent = {
  uid: 'acme-3@test',
  title: 'Acme Robotics × Northwind — proposal',
  start: new Date('2026-12-09T16:00:00Z'),
  end: new Date('2026-12-09T16:45:00Z'),
  organizer: REP.email,
  attendees: [{ email: REP.email }, { email: PRIYA, name: 'Priya Raman' }, { email: SAM, name: 'Sam Ortiz' }],
};

export { ACME_DISCOVERY, PRIYA };

/** Drops a Gmail-style delivery status notification for `address` into the rep's inbox. */
export async function dropBounce(h: Harness, address: string, id: string): Promise<void> {
  const raw = [
    'Return-Path: <>',
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    `To: ${REP.email}`,
    'Subject: Delivery Status Notification (Failure)',
    `Message-ID: <${id}@mx.google.com>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
    '',
    '--dsn',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    `Your message wasn't delivered to ${address} because the address couldn't be found.`,
    '',
    '--dsn',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; googlemail.com',
    '',
    `Final-Recipient: rfc822; ${address}`,
    'Action: failed',
    'Status: 5.1.1',
    '',
    '--dsn--',
    '',
  ].join('\r\n');
  const inbox = path.join(h.dataDir, 'mail', REP.email, 'inbox');
  await mkdir(inbox, { recursive: true });
  await writeFile(path.join(inbox, `${id}.eml`), raw);
}

/** `GET /api/meetings` as a script reads it, with the rep's own API key. */
export async function apiMeetings(h: Harness, base: string, email = REP.email): Promise<MeetingView[]> {
  const { key } = await createApiKey(h.ctx, email, 'test');
  const res = await fetch(`${base}/api/meetings`, { headers: { authorization: `Bearer ${key}` } });
  if (res.status !== 200) throw new Error(`GET /api/meetings: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { meetings: MeetingView[] }).meetings;
}

/** The messages of the meeting titled `title`, as the API shows them. */
export function messagesOf(meetings: MeetingView[], title: string): MeetingView['messages'] {
  const m = meetings.find((x) => x.title === title);
  if (!m) throw new Error(`no meeting "${title}" in /api/meetings`);
  return m.messages;
}

/** Subjects and texts of the mail in the rep's inbox whose subject matches. */
export async function inboxMail(h: Harness, subject: RegExp): Promise<{ subject: string; text: string }[]> {
  const found: { subject: string; text: string }[] = [];
  for (const file of await h.mailbox('inbox')) {
    const mail = await simpleParser(await h.readMail('inbox', file));
    if (subject.test(mail.subject ?? '')) found.push({ subject: mail.subject ?? '', text: mail.text ?? '' });
  }
  return found;
}

/** Every address the rep's Sent folder mailed (To and Cc), lower-cased. */
export async function sentTo(h: Harness): Promise<string[]> {
  const out: string[] = [];
  for (const file of await h.mailbox('sent')) {
    const mail = await simpleParser(await h.readMail('sent', file));
    for (const field of [mail.to, mail.cc]) {
      const list = Array.isArray(field) ? field : field ? [field] : [];
      for (const a of list) for (const v of a.value) if (v.address) out.push(v.address.toLowerCase());
    }
  }
  return out;
}

/** A fresh harness and its app on a loopback port for each test of the calling block. */
export function harnessWithApp(opts: Parameters<typeof createHarness>[0]): {
  readonly h: Harness;
  readonly url: string;
} {
  let h: Harness | undefined;
  let server: TestServer | undefined;
  beforeEach(async () => {
    h = await createHarness(opts);
    server = await serveApp(h.ctx);
  });
  afterEach(async () => {
    await server?.close();
    await h?.cleanup();
  });
  return {
    get h() {
      if (!h) throw new Error('harnessWithApp: used outside a test');
      return h;
    },
    get url() {
      if (!server) throw new Error('harnessWithApp: used outside a test');
      return server.url;
    },
  };
}
