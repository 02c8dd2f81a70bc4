/** The agenda email, rendered with the real templates, says what docs/method.md says it must. */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AgendaInput, composeAgenda } from '../../../src/compose/compose-agenda.js';
import { PREVIEW_AGENDA } from '../../../src/compose/preview-data.js';
import { loadTemplates, type TemplateSet } from '../../../src/compose/template-set.js';
import { STAGES } from '../../../src/domain/types.js';
import { TEMPLATES_DIR } from '../../helpers/templates-dir.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES_DIR);
});

const input = (over: Partial<AgendaInput> = {}): AgendaInput => ({ ...PREVIEW_AGENDA, ...over });
const at = (start: string, minutes: number, timeZone: string): AgendaInput['meeting'] => ({
  title: 'Call',
  start: new Date(start),
  end: new Date(new Date(start).getTime() + minutes * 60_000),
  timeZone,
});

describe('composeAgenda', () => {
  it('renders the docs/method.md example', () => {
    const email = composeAgenda(templates, PREVIEW_AGENDA);
    expect(email.subject).toBe('Agenda for Tuesday: Acme Robotics × Northwind — discovery call');
    expect(email.text).toMatch(
      /^Hi Priya,\n\nAhead of our call on Tuesday, March 3 at 10:00 AM EST \(30 min\)/,
    );
    expect(email.text).toContain(
      "Why we're meeting: to understand where route planning breaks down for your three warehouses today, and whether it is worth solving this quarter.",
    );
    expect(email.text).toContain("  2. What you've tried so far\n");
    expect(email.text).toContain('Reply "confirmed", or tell me what to add or change');
    expect(email.text.trimEnd().endsWith('\n\nDana')).toBe(true);
  });

  it.each(STAGES)('states purpose, agenda, outcome, time and the confirm ask for a %s meeting', (stage) => {
    const point = {
      purpose: `to decide the ${stage} scope for the Joliet site`,
      agenda: ['Where re-plans cost time', 'What the data shows', 'Who decides'],
      outcome: `a yes or no on the ${stage} next step`,
    };
    const email = composeAgenda(
      templates,
      input({ stage, point, confirmUrl: 'https://agendum.example.com/c/tok.123' }),
    );
    expect(email.text).toContain(`${point.purpose}.`);
    for (const [i, item] of point.agenda.entries()) expect(email.text).toContain(`${i + 1}. ${item}`);
    expect(email.text).toContain(point.outcome);
    expect(email.text).toContain('Tuesday, March 3 at 10:00 AM EST (30 min)');
    expect(email.text).toContain('https://agendum.example.com/c/tok.123');
    expect(email.text).toContain('Reply "confirmed"');
    expect(email.html).toContain('href="https://agendum.example.com/c/tok.123"');
    for (const item of point.agenda) expect(email.html).toContain(`<li style="margin:0 0 4px">${item}</li>`);
    expect(email.subject).toMatch(/^Agenda for Tuesday: Acme Robotics × Northwind — \S/);
  });

  it.each([
    ['America/New_York', '2026-03-06T15:00:00Z', 'Friday, March 6 at 10:00 AM EST'],
    ['America/New_York', '2026-03-09T14:00:00Z', 'Monday, March 9 at 10:00 AM EDT'],
    ['Europe/Berlin', '2026-03-27T09:00:00Z', 'Friday, March 27 at 10:00 AM CET'],
    ['Europe/Berlin', '2026-03-30T08:00:00Z', 'Monday, March 30 at 10:00 AM CEST'],
  ])('shows the time in the meeting zone %s across DST (%s)', (zone, start, shown) => {
    const email = composeAgenda(templates, input({ meeting: at(start, 90, zone) }));
    expect(email.text).toContain(`${shown} (1 hr 30 min)`);
    expect(email.html).toContain(`${shown} (1 hr 30 min)`);
    expect(email.subject).toContain(`Agenda for ${shown.split(',')[0]}:`);
  });

  it('greets several prospects by first name, or all of them at once', () => {
    const two = [
      { email: 'priya.raman@acme-robotics.example', name: 'Priya Raman' },
      { email: 'sam@acme-robotics.example', name: 'Sam Ortiz' },
    ];
    expect(composeAgenda(templates, input({ prospects: two })).text).toMatch(/^Hi Priya and Sam,/);
    const unnamed = [...two, { email: 'ops@acme-robotics.example' }];
    expect(composeAgenda(templates, input({ prospects: unnamed })).text).toMatch(/^Hi all,/);
    const fromAddress = [{ email: 'priya.raman@acme-robotics.example' }];
    expect(composeAgenda(templates, input({ prospects: fromAddress })).text).toMatch(/^Hi Priya,/);
  });

  it('derives the company names from the domains when they are not given', () => {
    const email = composeAgenda(
      templates,
      input({
        accountName: undefined,
        repCompany: undefined,
        rep: { ...PREVIEW_AGENDA.rep, email: 'dana@northwind.example' },
      }),
    );
    expect(email.subject).toContain('Acme Robotics × Northwind');
  });

  it('falls back to the default template and keeps the rep signature lines', () => {
    const rep = { ...PREVIEW_AGENDA.rep, signature: 'Dana Whitfield\nAccount Executive, Northwind' };
    const email = composeAgenda(templates, input({ stage: 'unknown-stage' as 'demo', rep }));
    expect(email.subject).toBe('Agenda for Tuesday: Acme Robotics × Northwind');
    expect(email.text).toContain('Dana Whitfield\nAccount Executive, Northwind');
    expect(email.html).toContain('Dana Whitfield<br>Account Executive, Northwind');
  });

  it('escapes hostile event text in HTML', () => {
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const email = composeAgenda(
      templates,
      input({
        prospects: [{ email: 'priya.raman@acme-robotics.example', name: `${evil} Raman` }],
        accountName: evil,
        meeting: { ...PREVIEW_AGENDA.meeting, title: evil, conferenceUrl: 'javascript:alert(3)' },
        point: { purpose: evil, agenda: [evil], outcome: evil },
      }),
    );
    expect(email.html).not.toMatch(/<script|<img|onerror=alert\(2\)>|javascript:/i);
    expect(email.html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;',
    );
    expect(email.text).toContain(evil); // the text part is plain text: shown as typed, never interpreted
  });

  it('keeps CR/LF and other control characters out of the subject', () => {
    const email = composeAgenda(
      templates,
      input({ accountName: 'Acme\r\nBcc: evil@x.example', repCompany: 'North\u0000wind\u2028X-Evil: 1' }),
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
    expect(email.subject).not.toMatch(/[\r\n\u0000-\u001f\u2028]/);
    expect(email.subject).toBe(
      'Agenda for Tuesday: Acme Bcc: evil@x.example × North wind X-Evil: 1 — discovery call',
    );
  });

  it('rejects a meeting zone that is not an IANA zone instead of guessing', () => {
    expect(() =>
      composeAgenda(templates, input({ meeting: at('2026-03-03T15:00:00Z', 30, 'Eastern Standard Time') })),
    ).toThrow(/Unknown time zone "Eastern Standard Time"/);
  });
});
