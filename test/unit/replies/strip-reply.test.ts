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

describe('extractReplyText: the reply line above an attribution (issue 12)', () => {
  const attribution = 'On Mon, Mar 2, 2026 at 9:14 AM Dana Reyes <dana@acme.example> wrote:';
  const attributionHtml = attribution.replace('<', '&lt;').replace('>', '&gt;');
  const reply = 'Confirmed, see you Tuesday.';

  it.each([
    ['quoted lines under it', `${reply}\n${attribution}\n> ${QUOTED}`],
    ['unmarked history under it', `${reply}\n${attribution}\n${QUOTED}`],
    ['a short line', `Hi,\n${attribution}\n> ${QUOTED}`],
    ['a line not ending a sentence', `Sure 10am works\n${attribution}\n> ${QUOTED}`],
    ['a wrapped last line', `Yes. I will try to fix it as soon as I\nget back.\n${attribution}\n> ${QUOTED}`],
  ])('keeps the line directly above "On … wrote:" (%s)', (_name, text) => {
    const [first = '', second] = text.split(`\n${attribution}`)[0]?.split('\n') ?? [];
    expect(strip(text)).toBe(second ? `${first}\n${second}` : first);
  });

  it.each([
    ['a div', `<div>${reply}</div><div>${attributionHtml}</div><blockquote>${QUOTED}</blockquote>`],
    ['a div and no quote markup', `<div>${reply}</div><div>${attributionHtml}</div><div>${QUOTED}</div>`],
    ['a line break', `${reply}<br>${attributionHtml}<br><blockquote type="cite">${QUOTED}</blockquote>`],
    ['the same div', `<div>${reply} ${attributionHtml}</div><blockquote>${QUOTED}</blockquote>`],
  ])('keeps it in HTML, with the attribution in %s', (_name, html) => {
    expect(extractReplyText({ text: '', html })).toBe(reply);
  });

  it('keeps a bottom-posted HTML answer under a blockquote', () => {
    const html = `<div>${attributionHtml}</div><blockquote>${QUOTED}</blockquote><div>${reply}</div>`;
    expect(extractReplyText({ text: '', html })).toBe(reply);
  });

  it.each([
    ['a space', `reply ${attribution}\n> ${QUOTED}`, 'reply'],
    ['dashes', `reply--- ${attribution}\n> ${QUOTED}`, 'reply'],
    ['a second line', `reply\nbla-bla - bla--- ${attribution}\n> ${QUOTED}`, 'reply\nbla-bla - bla'],
  ])('keeps text on the same line as the attribution (%s)', (_name, text, expected) => {
    expect(strip(text)).toBe(expected);
  });

  it('leaves prose that only sounds like an attribution', () => {
    expect(strip('Sam agreed. On Tuesday he wrote:\nadd the pilot numbers.')).toBe(
      'Sam agreed. On Tuesday he wrote:\nadd the pilot numbers.',
    );
  });
});

describe('extractReplyText: more quoted history (issue 12)', () => {
  const reply = 'Works for me.';
  const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Nullam pharetra d';

  it.each([
    [
      'Italian',
      `Il giovedì, 8 dicembre 2016, Company <q@company.example>\nha scritto:\n> ${long}\nignissim odio?\n>\n> Maecenas tempor libero nec orci scelerisque porta a quis orci.\nrhoncus tortor in.\n>`,
    ],
    [
      'Dutch',
      `Op 12 december 2016 19:05 schreef Company <\nq@company.example>:\n\n> "In efficitur augue ac tristique ullamcorper. Aenean tincidunt ornare diam,\neget accumsan est viverra quis. Pellentesque"\n>`,
    ],
    ['a broken link', '> View ticket (http://example.com/action\n_nonce=3dd518)\n>'],
  ])('drops quoted lines wrapped without ">" (%s)', (_name, quote) => {
    expect(strip(`${reply}\n\n${quote}`)).toBe(reply);
  });

  it('keeps an answer between quoted lines', () => {
    expect(strip(`> ${long}\nYes, add it.\n> And pricing?`)).toBe('Yes, add it.');
  });

  it.each([
    [
      'French, typographic spacing',
      'De : Dana<mailto:dana@acme.example>\nEnvoyé le :jeudi 15 décembre 2016 09:35\nÀ : claire@acme.example\nObjet :Agenda',
    ],
    [
      'French, "Message du"',
      '====\n\nMessage du : 12/12/2016 13:20\nDe : "Dana" <dana@acme.example>\nA : claire@acme.example\nCopie à :\nSujet :  Agenda',
    ],
    [
      'Chinese Outlook',
      '发件人: Dana Reyes <dana@acme.example>\n发送时间: 2026年3月2日 9:14\n收件人: Li Wei <li@acme.example>\n主题: Agenda',
    ],
    [
      'Chinese Outlook, full-width colons',
      '发件人： Dana Reyes\n发送时间： 2026年3月2日 9:14\n收件人： Li Wei\n主题： Agenda',
    ],
    ['Danish', 'Fra: Dana <dana@acme.example>\nDato: 04.07.2024 17.45\nTil: lars@acme.example\nEmne: Agenda'],
    ['From and Date only', 'From: dana@acme.example\nDate: Wed, 16 May 2012 00:15:02 -0600'],
    ['a block starting with Date', 'Date: Wed, 16 May 2012 00:15:02 -0600\nTo: priya@acme.example'],
    ['From and Date on one line', 'From: dana@acme.example Date: Thu, 24 Mar 2016 08:07:12 -0700'],
  ])('cuts a header block (%s)', (_name, header) => {
    expect(strip(`${reply}\n\n${header}\n\n${QUOTED}`)).toBe(reply);
  });

  it('keeps an answer under a quoted header block', () => {
    const quoted = '> From: Dana <dana@acme.example>\n> Sent: Monday\n> To: Priya\n> Subject: Agenda\n>';
    expect(strip(`${quoted}\n> ${QUOTED}\n\nConfirmed.`)).toBe('Confirmed.');
  });

  it('leaves two labels in prose', () => {
    expect(strip('Date: Tuesday works\nTo: all of us, I think')).toBe(
      'Date: Tuesday works\nTo: all of us, I think',
    );
  });

  it("cuts Polymail's attribution, wrapped over five lines", () => {
    const polymail =
      'On Tue, Apr 11, 2017 at 10:07 PM John Smith\n\n<\nmailto:John Smith <johnsmith@gmail.com>\n> wrote:';
    expect(strip(`${reply}\n\n${polymail}\n${QUOTED}`)).toBe(reply);
  });

  it.each([
    ['Finnish', 'pe 20. lokakuuta 2017 klo 17.50 John Coe\n<j@coe.example> kirjoitti:'],
    ['Norwegian', 'tir. 18. apr. 2017 kl. 13:09 skrev Test user <test@example.com\n>:'],
    ['Swedish', 'Den 14 september, 2015 02:23:18, Valentino Rudy (valentino@rudy.be) skrev:'],
    [
      'three lines',
      'On Nov 30, 2011, at 12:47 PM, Somebody <\n416ffd3258d4d2fa4c85cf@somebody.domain.com>\nwrote:',
    ],
    ['no colon', 'On Wed, 14 Nov 2018 08:14:43 -0200 John Doe <john@doe.example> wrote'],
  ])('cuts an attribution (%s)', (_name, attribution) => {
    expect(strip(`${reply}\n${attribution}\n\n${QUOTED}`)).toBe(reply);
  });

  it("cuts old Gmail's date-and-address line when a quote follows it", () => {
    expect(strip(`${reply}\n2011/4/7 Nathan <support@example.com>\n\n> ${QUOTED}`)).toBe(reply);
  });

  it.each([
    '---- John Smith wrote ----',
    '---- On Wed, 24 Feb 2021 14:02:50 +0530 john@gmail.com wrote ----',
    '------On 12/29/1987 17:32 PM, Julius Caesar wrote-----',
    '-----Oprindelig meddelelse-----',
    '-------- Oprindelig besked --------',
    '-----Antwort Nachricht-----',
    '-----Reply Message-----',
  ])('cuts at "%s" and its first line goes too', (separator) => {
    expect(strip(`${reply}\n\n${separator}\n\n${QUOTED}`)).toBe(reply);
  });

  it('keeps a ">>> … <<<" banner, which is no quote', () => {
    const text = 'Visit us now for assistance...\n>>> >>>  http://www.domain.com <<<\nVisit our site';
    expect(strip(text)).toBe(text);
  });
});

describe('extractReplyText: content that looks like a signature (issue 12)', () => {
  it('keeps "Sent from …" when it is a sentence', () => {
    const text = 'Here is another email\n\nSent from my desk, is much easier then my mobile phone.';
    expect(strip(text)).toBe(text);
  });

  it('still drops a tagline with the usual apology', () => {
    expect(strip('Looks good.\n\nSent from my iPhone, please excuse typos')).toBe('Looks good.');
    expect(strip('Heeyyoooo.\nSent wirelessly from my BlackBerry device on the Bell network.')).toBe(
      'Heeyyoooo.',
    );
  });

  it('keeps what follows a markdown rule', () => {
    const text =
      'Here is my analysis:\n\n## Key Points\n----\n\n1. Performance improved by 50%\n\n----\n\nThe dashes above are formatting.\n\n====\n\nAlso these are separators in my text.';
    expect(strip(text)).toBe(text);
  });

  it('drops a rule with a signature under it', () => {
    expect(strip('Looks good.\n\n----------------\nPriya Shah\nt. 555-931-0702\nhttp://example.com/')).toBe(
      'Looks good.',
    );
    expect(strip('🎉\n\n—\nJohn Doe\nCEO at Pandaland\n\n@pandaland')).toBe('🎉');
  });

  it('keeps "--\\nRoman" when that is all there is, as talon does', () => {
    expect(strip('--\nRoman')).toBe('--\nRoman');
  });

  it('keeps "-- " list lines that are not a separator', () => {
    const text = "I'm writing because of:\n-- first point\n-- second point\n\nI hope you can check it";
    expect(strip(text)).toBe(text);
  });

  it.each([
    ['a dash and a name', 'Looks good.\n\n-Abhishek Kona'],
    ['a dash and a lower-case name', 'Looks good.\n- roman'],
    ['"Thanks in advance," and a name', 'Looks good.\n\nThanks in advance,\nBob'],
    ['a sign-off, name and any title', 'Looks good.\n\nRegards,\n\nJohn Doe\nCEO @ Acme !'],
    ['a name with letters after it', 'Looks good.\n\nJohn E. Doe, Ph.D.\nPresident\njohn@example.com'],
    ['a closing without a name', 'Looks good.\n\nBest regards,'],
  ])('removes %s', (_name, text) => {
    expect(strip(text)).toBe('Looks good.');
  });

  it('keeps a list item that starts with a dash', () => {
    expect(strip('Please add:\n- Sam')).toBe('Please add:\n- Sam');
    expect(strip('Agenda:\n- Pricing\n- Timeline')).toBe('Agenda:\n- Pricing\n- Timeline');
  });

  it('keeps a last "Thanks!", a sentence rather than a closing', () => {
    expect(strip('I hope you can check it\n\nThanks!')).toBe('I hope you can check it\n\nThanks!');
  });

  it('keeps a long line under a sign-off, which is message, and drops only the name', () => {
    const text =
      "Call me ASAP.\n\nThanks in advance,\nsome long text here which doesn't seem to be a signature at all";
    expect(strip(`${text}\nBob`)).toBe(text);
  });

  it('removes only the last sign-off block', () => {
    expect(strip('Thanks,\n\nBlah\n\nregards\n\nJohn Doe')).toBe('Thanks,\n\nBlah');
  });
});

describe('extractReplyText: hostile input', () => {
  // Each of these once made a pattern quadratic; they must read like any other reply.
  it.each([
    ['a line of spaces', `${' '.repeat(100_000)}x`],
    ['a line of ">"', '>'.repeat(100_000)],
    ['a header label and spaces', `From${' '.repeat(100_000)}x`],
    ['a long word with an "@"', `From: ${'a'.repeat(100_000)}@${'b'.repeat(100_000)}`],
    ['many rules', '----\n'.repeat(20_000)],
  ])('reads %s under a reply', (_name, tail) => {
    expect(strip(`Confirmed.\n\n${tail}`)).toMatch(/^Confirmed\./);
  });
});
