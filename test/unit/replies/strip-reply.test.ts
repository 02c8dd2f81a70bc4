/** Quote and signature stripping on the forms the shared client fixtures do not cover. */
import { describe, expect, it } from 'vitest';
import { extractReplyText } from '../../../src/replies/strip-reply.js';

const QUOTED = 'Reply "confirmed", or tell me what to add or change.';
const strip = (text: string) => extractReplyText({ text });

describe('extractReplyText: quoted history', () => {
  it.each([
    ['en', 'From: Dana <dana@acme.example>\nSent: Monday, March 2, 2026 9:14 AM\nTo: Priya\nSubject: Agenda'],
    ['de', 'Von: Dana <dana@acme.example>\nGesendet: Montag, 2. März 2026 09:14\nAn: Jonas\nBetreff: Agenda'],
    ['fr', 'De : Dana <dana@acme.example>\nEnvoyé : lundi 2 mars 2026 09:14\nÀ : Claire\nObjet : Agenda'],
    [
      'es',
      'De: Dana <dana@acme.example>\nEnviado el: lunes, 2 de marzo de 2026 9:14\nPara: Lucía\nAsunto: Agenda',
    ],
    [
      'nl',
      'Van: Dana <dana@acme.example>\nVerzonden: maandag 2 maart 2026 09:14\nAan: Daan\nOnderwerp: Agenda',
    ],
    [
      'pt',
      'De: Dana <dana@acme.example>\nEnviada em: segunda-feira, 2 de março de 2026 09:14\nPara: João\nAssunto: Agenda',
    ],
    ['bold', '*From:* Dana <dana@acme.example>\n*Sent:* Monday\n*To:* Priya\n*Subject:* Agenda'],
  ])('cuts an Outlook header block (%s)', (_lang, header) => {
    expect(strip(`Works for me.\n\n${header}\n\n${QUOTED}`)).toBe('Works for me.');
  });

  it.each([
    '-----Original Message-----',
    '-------- Original message --------',
    '---------- Forwarded message ---------',
    '-----Ursprüngliche Nachricht-----',
    'Begin forwarded message:',
  ])('cuts at "%s"', (separator) => {
    expect(strip(`Sounds good.\n\n${separator}\n${QUOTED}`)).toBe('Sounds good.');
  });

  it.each([
    'On Mon, Mar 2, 2026 at 9:14 AM Dana Reyes <dana@acme.example> wrote:',
    'On Mar 2, 2026, at 9:14 AM, Dana Reyes <dana@acme.example> wrote:',
    'Am Mo., 2. März 2026 um 09:14 Uhr schrieb Dana Reyes <dana@acme.example>:',
    'Le lun. 2 mars 2026 à 09:14, Dana Reyes <dana@acme.example> a écrit :',
    'El lun, 2 mar 2026 a las 9:14, Dana Reyes (<dana@acme.example>) escribió:',
    'Op ma 2 mrt 2026 om 09:14 schreef Dana Reyes <dana@acme.example>:',
    'Em seg., 2 de mar. de 2026 às 09:14, Dana Reyes <dana@acme.example> escreveu:',
    '02.03.2026, 09:14, "Dana Reyes" <dana@acme.example>:',
  ])('removes the attribution "%s" and its quote', (attribution) => {
    expect(strip(`Passt.\n\n${attribution}\n\n> ${QUOTED}\n`)).toBe('Passt.');
  });

  it('joins an attribution wrapped over two lines', () => {
    const text = `Sounds good.\n\nOn Mon, Mar 2, 2026 at 9:14 AM Dana Reyes <\ndana@acme.example> wrote:\n\n> ${QUOTED}`;
    expect(strip(text)).toBe('Sounds good.');
  });

  it('cuts unmarked history after an attribution with no > lines', () => {
    expect(
      strip(`Confirmed.\n\nOn Mon, Mar 2, 2026 at 9:14 AM Dana <dana@acme.example> wrote:\n\n${QUOTED}`),
    ).toBe('Confirmed.');
  });

  it('keeps bottom-posted and interleaved answers', () => {
    expect(strip(`On Mon, Dana <dana@acme.example> wrote:\n> ${QUOTED}\n\nConfirmed.`)).toBe('Confirmed.');
    expect(strip('> Item one?\nYes.\n> Item two?\nAdd pricing.')).toBe('Yes.\nAdd pricing.');
  });

  it('keeps a line that only mentions writing', () => {
    expect(strip('Sam wrote the brief, so please add him:\nhe owns the data.')).toBe(
      'Sam wrote the brief, so please add him:\nhe owns the data.',
    );
  });
});

describe('extractReplyText: signatures', () => {
  it.each([
    ['a -- separator', 'Looks good.\n\n-- \nPriya Shah\nNorthwind'],
    ['Sent from my iPhone', 'Looks good.\n\nSent from my iPhone'],
    ['Sent from my iPad', 'Looks good.\nSent from my iPad'],
    ['Sent from my Android', 'Looks good.\n\nSent from my Android phone'],
    ['Outlook for iOS', 'Looks good.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>'],
    ['a German device line', 'Looks good.\n\nVon meinem iPhone gesendet'],
    ['a sign-off and name', 'Looks good.\n\nBest regards,\nPriya'],
    ['a sign-off and name on one line', 'Looks good.\n\nThanks, Priya'],
    [
      'a name, title and phone block',
      'Looks good.\n\nPriya Shah\nVP Operations, Northwind\n+1 (312) 555-0142',
    ],
    ['a contact block', 'Looks good.\n\nT: +1 312 555 0142\nwww.northwind.example'],
    [
      'a legal footer',
      'Looks good.\n\nThis email and any attachments are confidential and intended solely for the addressee.',
    ],
    ['a German footer', 'Looks good.\n\nDiese E-Mail enthält vertrauliche Informationen.'],
    ['a name under the text', 'Looks good.\nPriya'],
  ])('removes %s', (_name, text) => {
    expect(strip(text)).toBe('Looks good.');
  });

  it('never empties a reply that is only a sign-off-like word', () => {
    expect(strip('Thanks!')).toBe('Thanks!');
    expect(strip('Cheers!')).toBe('Cheers!');
    expect(strip('Perfect')).toBe('Perfect');
  });

  it('keeps a last paragraph that is content', () => {
    expect(strip('Looks good.\n\nPlease add sam@northwind.example to the invite.')).toBe(
      'Looks good.\n\nPlease add sam@northwind.example to the invite.',
    );
    expect(strip('Can we move it?\n\nTuesday')).toBe('Can we move it?\n\nTuesday');
  });
});

describe('extractReplyText: HTML', () => {
  const agenda = `<p>${QUOTED}</p>`;

  it.each([
    [
      'gmail_quote',
      `<div>Confirmed.</div><div class="gmail_quote">On Mon, Dana wrote:<blockquote>${agenda}</blockquote></div>`,
    ],
    ['blockquote', `<p>Confirmed.</p><blockquote type="cite">${agenda}</blockquote>`],
    [
      'moz-cite-prefix',
      `<p>Confirmed.</p><div class="moz-cite-prefix">On 02.03.26, Dana wrote:</div><blockquote>${agenda}</blockquote>`,
    ],
    ['divRplyFwdMsg', `<p>Confirmed.</p><div id="divRplyFwdMsg"><b>From:</b> Dana</div>${agenda}`],
    [
      'Outlook border-top',
      `<p>Confirmed.</p><div style="border:none;border-top:solid #E1E1E1 1.0pt"><b>From:</b> Dana</div>${agenda}`,
    ],
  ])('drops %s markup before converting HTML-only replies', (_name, html) => {
    expect(extractReplyText({ text: '', html })).toBe('Confirmed.');
  });

  it('uses the HTML when the text was rendered from it', () => {
    const html = `<p>Confirmed.</p><blockquote>${agenda}</blockquote>`;
    expect(extractReplyText({ text: `Confirmed.\n\n${QUOTED}`, html, textFromHtml: true })).toBe(
      'Confirmed.',
    );
  });
});
