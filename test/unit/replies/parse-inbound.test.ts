/** Parsing raw messages: threading headers, addresses, HTML-only bodies and bounces. */
import { describe, expect, it } from 'vitest';
import { parseInbound } from '../../../src/replies/parse-inbound.js';

const reply = [
  'From: "Priya Shah" <priya@northwind.example>',
  'To: Dana Reyes <dana@acme.example>, sam@northwind.example',
  'Subject: =?UTF-8?Q?Re:_Agenda_f=C3=BCr_Dienstag?=',
  'Date: Mon, 02 Mar 2026 11:32:07 -0600',
  'Message-ID: <r1@northwind.example>',
  'In-Reply-To: <agenda-1@acme.example>',
  'References: <thread-0@acme.example>',
  ' <agenda-1@acme.example>',
  'Auto-Submitted: no',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Confirmed &amp; <a href="https://x.example/track">see you</a> Tuesday.</p><blockquote>Reply confirmed</blockquote>',
  '',
].join('\r\n');

function dsn(statusPart: string): string {
  return [
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    'To: dana@acme.example',
    'Subject: Delivery Status Notification',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    "Your message wasn't delivered to fallback@northwind.example.",
    '--b',
    statusPart,
    '--b--',
    '',
  ].join('\n');
}

describe('parseInbound', () => {
  it('reads threading headers, addresses and the decoded subject', async () => {
    const parsed = await parseInbound(reply);
    expect(parsed).toMatchObject({
      messageId: '<r1@northwind.example>',
      inReplyTo: '<agenda-1@acme.example>',
      references: ['<thread-0@acme.example>', '<agenda-1@acme.example>'],
      from: { address: 'priya@northwind.example', name: 'Priya Shah' },
      to: ['dana@acme.example', 'sam@northwind.example'],
      subject: 'Re: Agenda für Dienstag',
      isBounce: false,
      bouncedRecipients: [],
    });
    expect(parsed.date?.toISOString()).toBe('2026-03-02T17:32:07.000Z');
    expect(parsed.headers.get('auto-submitted')).toBe('no');
  });

  it('renders an HTML-only body as text, links without URLs, and says so', async () => {
    const parsed = await parseInbound(reply);
    expect(parsed.textFromHtml).toBe(true);
    expect(parsed.text).toContain('Confirmed & see you Tuesday.');
    expect(parsed.text).not.toContain('x.example/track');
    expect(parsed.html).toContain('<blockquote>');
  });

  it('takes failed recipients from the delivery-status part', async () => {
    const parsed = await parseInbound(
      dsn(
        [
          'Content-Type: message/delivery-status',
          '',
          'Reporting-MTA: dns; googlemail.com',
          '',
          'Final-Recipient: rfc822; priya@northwind.example',
          'Action: failed',
          'Status: 5.1.1',
          '',
          'Original-Recipient: rfc822;sam@northwind.example',
          'Action: failed',
          'Status: 5.2.2',
          '',
        ].join('\n'),
      ),
    );
    expect(parsed.isBounce).toBe(true);
    expect(parsed.bouncedRecipients).toEqual(['priya@northwind.example', 'sam@northwind.example']);
  });

  it('does not call a delay notice a bounce', async () => {
    const parsed = await parseInbound(
      dsn(
        [
          'Content-Type: message/delivery-status',
          '',
          'Final-Recipient: rfc822; priya@northwind.example',
          'Action: delayed',
          '',
        ].join('\n'),
      ),
    );
    expect(parsed.isBounce).toBe(false);
  });

  it('falls back to the addresses in the text when the report has no recipients', async () => {
    const parsed = await parseInbound(
      dsn(['Content-Type: text/plain', '', 'Nothing structured here.', ''].join('\n')),
    );
    expect(parsed.isBounce).toBe(true);
    expect(parsed.bouncedRecipients).toEqual(['fallback@northwind.example']);
  });
});
