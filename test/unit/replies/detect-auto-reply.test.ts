/** Automatic replies by header, subject and wording, and the human replies that must not match. */
import { describe, expect, it } from 'vitest';
import { type AutoReplyInput, detectAutoReply } from '../../../src/replies/detect-auto-reply.js';

function input(over: {
  headers?: Record<string, string>;
  subject?: string;
  text?: string;
  isBounce?: boolean;
}) {
  const headers = new Map(Object.entries(over.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    headers,
    subject: over.subject ?? 'Re: Agenda for Tuesday',
    text: over.text ?? 'Confirmed.',
    isBounce: over.isBounce ?? false,
  } satisfies AutoReplyInput;
}

describe('detectAutoReply', () => {
  it.each([
    [{ 'Auto-Submitted': 'auto-replied' }, 'Auto-Submitted: auto-replied'],
    [{ 'Auto-Submitted': 'auto-generated; owner-email="x@y.example"' }, 'Auto-Submitted: auto-generated'],
    [{ 'X-Autoreply': 'yes' }, 'x-autoreply: yes'],
    [{ 'X-Autorespond': 'Out of office' }, 'x-autorespond'],
    [{ Precedence: 'bulk' }, 'Precedence: bulk'],
    [{ Precedence: 'junk' }, 'Precedence: junk'],
    [{ Precedence: 'auto_reply' }, 'Precedence: auto_reply'],
    [{ 'X-MS-Exchange-Generated-Message-Source': 'Mailbox Rules Agent' }, 'Mailbox Rules Agent'],
  ])('recognises the header %o', (headers, evidence) => {
    const result = detectAutoReply(input({ headers }));
    expect(result.autoReply).toBe(true);
    expect(result.evidence).toContain(evidence);
  });

  it.each([[{ 'Auto-Submitted': 'no' }], [{ Precedence: 'list' }], [{ 'X-Auto-Response-Suppress': 'All' }]])(
    'does not count %o on a normal reply',
    (headers) => {
      expect(detectAutoReply(input({ headers }))).toEqual({ autoReply: false });
    },
  );

  it('names X-Auto-Response-Suppress when an out-of-office subject comes with it', () => {
    const result = detectAutoReply(
      input({
        headers: { 'X-Auto-Response-Suppress': 'All' },
        subject: 'Automatic reply: Agenda for Tuesday',
      }),
    );
    expect(result.evidence).toBe(
      'X-Auto-Response-Suppress: All with subject "Automatic reply: Agenda for Tuesday"',
    );
  });

  it.each([
    'Automatic reply: Agenda for Tuesday',
    'Auto: Agenda for Tuesday',
    'Out of Office: Re: Agenda',
    'Re: Out of office',
    'Abwesenheitsnotiz: Agenda',
    'Automatische Antwort: Agenda',
    'Réponse automatique : Agenda',
    'Absence : Agenda',
    'Respuesta automática: Agenda',
    'Fuera de la oficina: Agenda',
    'Resposta automática: Pauta',
    'Automatisch antwoord: Agenda',
    'Afwezig: Agenda',
  ])('recognises the subject "%s"', (subject) => {
    expect(detectAutoReply(input({ subject })).autoReply).toBe(true);
  });

  it.each(['Re: Auto-renewal question', 'Re: Absence of pricing in the agenda', 'Re: Agenda for Tuesday'])(
    'leaves the human subject "%s" alone',
    (subject) => {
      expect(detectAutoReply(input({ subject })).autoReply).toBe(false);
    },
  );

  it.each([
    'I am out of the office until March 9.',
    "I'm currently out of office and will reply when I'm back.",
    'Thank you for your message. I am currently away until Monday.',
    'Ich bin bis zum 9. März nicht im Büro.',
    'Je suis absent jusqu’au 10 mars.',
    'Estoy fuera de la oficina hasta el lunes.',
    'Estou fora do escritório até segunda.',
    'Ik ben afwezig tot 9 maart.',
  ])('recognises out-of-office wording: %s', (text) => {
    const result = detectAutoReply(input({ text }));
    expect(result.autoReply).toBe(true);
    expect(result.evidence).toMatch(/^body says/);
  });

  it('reads the stripped reply, not the quoted history, when given', () => {
    const text = 'Confirmed.\n\n> I am out of the office until March 9.';
    expect(detectAutoReply({ ...input({ text }), reply: 'Confirmed.' }).autoReply).toBe(false);
  });

  it('ignores out-of-office wording deep inside a long human reply', () => {
    const text = `${'We reviewed the agenda with the team and it covers what we need. '.repeat(10)}I am out of the office until Monday.`;
    expect(detectAutoReply(input({ text })).autoReply).toBe(false);
  });

  it('counts a bounce as automatic', () => {
    expect(detectAutoReply(input({ isBounce: true }))).toEqual({
      autoReply: true,
      evidence: 'bounce (delivery status notification)',
      signal: 'bounce',
    });
  });
});

describe('out-of-office bodies the blind holdout found (test/fixtures/intent-holdout)', () => {
  it.each([
    'Abwesenheitsnotiz / Out of office: Ich befinde mich im Urlaub. Ihre Nachricht wird nicht weitergeleitet.',
    'Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 7 de enero con acceso limitado al correo.',
    'Resposta automática: encontro-me de férias até dia 4 de janeiro.',
    'Dit is een automatisch gegenereerd bericht. Wij hebben uw e-mail ontvangen.',
    'Dies ist eine automatisch generierte Nachricht. Wir melden uns so bald wie möglich.',
    'Este buzón no se supervisa. Para consultas escriba a soporte.',
  ])('%s', (text) => {
    expect(detectAutoReply(input({ text })).autoReply).toBe(true);
  });

  it('does not take a person mentioning the office for an automatic reply', () => {
    expect(
      detectAutoReply(input({ text: 'Confirmed. I will be in the office on Tuesday, see you then.' }))
        .autoReply,
    ).toBe(false);
  });
});
