/** The MIME we build, parsed back by an independent parser (mailparser). */
import { type AddressObject, simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildMime, type MimeInput, newMessageId } from '../../../src/compose/build-mime.js';
import { AppError } from '../../../src/errors.js';

const base: MimeInput = {
  from: { name: 'Dana Whitfield', address: 'dana@northwind.example' },
  to: [{ name: 'Priya Raman', address: 'priya.raman@acme-robotics.example' }],
  subject: 'Agenda for Tuesday: Acme Robotics × Northwind — discovery call',
  text: 'Hi Priya,\n\nWhy we meet.\n',
  html: '<p>Hi Priya,</p><p>Why we meet.</p>',
  messageId: '<abc123@agendum.example.com>',
  date: new Date('2026-03-02T15:00:00Z'),
};

const parse = async (input: MimeInput) => {
  const raw = await buildMime(input);
  return { raw: raw.toString('utf8'), mail: await simpleParser(raw) };
};
const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) =>
    o.value.map((v) => ({ name: v.name, address: v.address })),
  );

describe('buildMime', () => {
  it('builds a multipart/alternative message with the given ids and threading headers', async () => {
    const { raw, mail } = await parse({
      ...base,
      cc: [{ address: 'sam@acme-robotics.example' }],
      inReplyTo: '<prev@agendum.example.com>',
      references: ['<first@agendum.example.com>', '<prev@agendum.example.com>'],
      headers: { 'X-Agendum-Kind': 'agenda' },
    });
    expect(raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(addresses(mail.from)).toEqual([{ name: 'Dana Whitfield', address: 'dana@northwind.example' }]);
    expect(addresses(mail.to)).toEqual([
      { name: 'Priya Raman', address: 'priya.raman@acme-robotics.example' },
    ]);
    expect(addresses(mail.cc)).toEqual([{ name: '', address: 'sam@acme-robotics.example' }]);
    expect(mail.subject).toBe(base.subject);
    expect(mail.messageId).toBe('<abc123@agendum.example.com>');
    expect(mail.inReplyTo).toBe('<prev@agendum.example.com>');
    expect(mail.references).toEqual(['<first@agendum.example.com>', '<prev@agendum.example.com>']);
    expect(mail.date?.toISOString()).toBe('2026-03-02T15:00:00.000Z');
    expect(mail.text).toBe(base.text);
    expect(mail.html).toContain('<p>Why we meet.</p>');
    expect(mail.headers.get('x-agendum-kind')).toBe('agenda');
  });

  it('keeps UTF-8 names, subjects and bodies intact', async () => {
    const { mail } = await parse({
      ...base,
      from: { name: 'Renée Müller', address: 'renee@northwind.example' },
      to: [{ name: '山田 日本', address: 'yamada@acme.example' }],
      subject: 'Agenda für Dienstag — 日本 × Zürich',
      text: 'Grüße, Renée — 日本\n',
    });
    expect(addresses(mail.from)[0]?.name).toBe('Renée Müller');
    expect(addresses(mail.to)[0]?.name).toBe('山田 日本');
    expect(mail.subject).toBe('Agenda für Dienstag — 日本 × Zürich');
    expect(mail.text).toBe('Grüße, Renée — 日本\n');
  });

  it('lets no display name, subject or header value inject a header', async () => {
    const { raw, mail } = await parse({
      ...base,
      from: { name: 'Dana\r\nBcc: evil@x.example', address: 'dana@northwind.example' },
      to: [{ name: 'Priya\nX-Injected: yes', address: 'priya.raman@acme-robotics.example' }],
      subject: 'Agenda\r\nBcc: evil@x.example',
      headers: { 'X-Agendum-Kind': 'agenda\r\nX-Other: 1' },
    });
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has('x-injected')).toBe(false);
    expect(mail.headers.has('x-other')).toBe(false);
    expect(raw).not.toMatch(/^(Bcc|X-Injected|X-Other):/im);
    expect(addresses(mail.to)).toHaveLength(1);
    expect(addresses(mail.to)[0]?.address).toBe('priya.raman@acme-robotics.example');
    expect(mail.subject).toBe('Agenda Bcc: evil@x.example');
  });

  it.each([
    'Priya <priya@acme.example>',
    'priya@acme.example, evil@x.example',
    'priya@acme.example\r\nBcc: evil@x.example',
    '"priya"@acme.example',
    'no-at-sign',
  ])('rejects %j as an address', async (address) => {
    const err = await buildMime({ ...base, to: [{ address }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('bad_request');
  });

  it('rejects a message id that is not <id@host>', async () => {
    await expect(buildMime({ ...base, messageId: '<a@b>\r\nBcc: x@y.z' })).rejects.toMatchObject({
      code: 'bad_request',
    });
    await expect(buildMime({ ...base, inReplyTo: 'plain' })).rejects.toMatchObject({ code: 'bad_request' });
  });
});

describe('newMessageId', () => {
  it('makes distinct ids on the given domain that buildMime accepts', async () => {
    const a = newMessageId('agendum.example.com');
    expect(a).toMatch(/^<[0-9a-f]{32}@agendum\.example\.com>$/);
    expect(newMessageId('agendum.example.com')).not.toBe(a);
    expect((await parse({ ...base, messageId: a })).mail.messageId).toBe(a);
    expect(() => newMessageId('bad domain>')).toThrow(AppError);
  });
});
