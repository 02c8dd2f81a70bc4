/** The recap email, rendered with the real templates, re-confirms what docs/method.md says it must. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeRecap, type RecapInput } from '../../src/compose/compose-recap.js';
import { PREVIEW_RECAP } from '../../src/compose/preview-data.js';
import { loadTemplates, recapTemplateFor, type TemplateSet } from '../../src/compose/template-set.js';
import { STAGES } from '../../src/domain/types.js';
import { TEMPLATES_DIR } from '../helpers/templates-dir.js';

let templates: TemplateSet;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES_DIR);
});

const input = (over: Partial<RecapInput> = {}, outcome: Partial<RecapInput['outcome']> = {}): RecapInput => ({
  ...PREVIEW_RECAP,
  ...over,
  outcome: { ...PREVIEW_RECAP.outcome, ...outcome },
});

describe('composeRecap', () => {
  it('renders the docs/method.md example in the agenda thread', () => {
    const email = composeRecap(templates, PREVIEW_RECAP);
    expect(email.subject).toBe('Re: Agenda for Tuesday: Acme Robotics × Northwind — discovery call');
    expect(email.text).toBe(
      [
        'Hi Priya,',
        '',
        "Thanks for the call today. To make sure we're on the same page:",
        '',
        'What we agreed: late re-plans on the Joliet site cost ~6 hours a week, and fixing that this quarter is the priority.',
        '',
        "Next step: a technical deep-dive with Sam (your ops lead) to check the Joliet data — I'll send two time options by Thursday, March 5.",
        '',
        'Can you confirm that\'s right? Reply "confirmed" or correct me — or use this link: https://agendum.example.com/c/preview',
        '',
        'Dana',
        '',
      ].join('\n'),
    );
    expect(email.html).toContain('<strong>What we agreed:</strong> late re-plans on the Joliet site');
    expect(email.html).toContain('href="https://agendum.example.com/c/preview"');
  });

  it.each(STAGES)(
    'states agreement, next step, owner, date and the confirm ask for a %s meeting',
    (stage) => {
      const email = composeRecap(
        templates,
        input(
          { stage, confirmUrl: 'https://agendum.example.com/c/tok.9' },
          { nextStep: 'Send the SOW draft' },
        ),
      );
      expect(recapTemplateFor(templates, stage).file).toMatch(new RegExp(`recap/${stage}\\.hbs$`));
      expect(email.text).toMatch(/^Hi Priya,\n\nThanks for [^\n]+ today\./);
      expect(email.text).toContain('What we agreed: late re-plans on the Joliet site cost ~6 hours a week');
      expect(email.text).toContain("Next step: I'll send the SOW draft by Thursday, March 5.");
      expect(email.text).toContain(
        'Reply "confirmed" or correct me — or use this link: https://agendum.example.com/c/tok.9',
      );
      expect(email.html).toContain('href="https://agendum.example.com/c/tok.9"');
      expect(email.html).toContain('I&#x27;ll send the SOW draft by Thursday, March 5.');
      expect(email.subject).toBe('Re: Agenda for Tuesday: Acme Robotics × Northwind — discovery call');
    },
  );

  it('opens with what the meeting was', () => {
    const opening = (stage: RecapInput['stage']) =>
      composeRecap(templates, input({ stage })).text.split('\n')[2];
    expect(opening('demo')).toMatch(/^Thanks for joining the demo today\./);
    expect(opening('proposal')).toMatch(/^Thanks for going through the proposal today\./);
    expect(opening('negotiation')).toMatch(/^Thanks for working through the terms today\./);
  });

  it.each([
    ['Send the SOW draft', 'rep', "Next step: I'll send the SOW draft by Thursday, March 5."],
    [
      'share the Joliet shift data',
      'prospect',
      "Next step: you'll share the Joliet shift data by Thursday, March 5.",
    ],
    ['review the pilot plan.', 'both', "Next step: we'll both review the pilot plan by Thursday, March 5."],
    [
      'a pilot on the Joliet site',
      'prospect',
      "Next step: a pilot on the Joliet site — you'll take care of it by Thursday, March 5.",
    ],
    [
      'a call with your CFO',
      'rep',
      "Next step: a call with your CFO — I'll take care of it by Thursday, March 5.",
    ],
    // The recap goes to Priya: a step naming her (or Dana) is said in person, with no second owner.
    ['Priya will loop in Sam', 'prospect', "Next step: you'll loop in Sam by Thursday, March 5."],
    [
      'Priya sends us a sample of the route data',
      'rep',
      "Next step: you'll send us a sample of the route data by Thursday, March 5.",
    ],
    ['to send two time options', 'rep', "Next step: I'll send two time options by Thursday, March 5."],
    [
      'Sam to check the Joliet data',
      'both',
      'Next step: Sam will check the Joliet data by Thursday, March 5.',
    ],
    [
      'a pilot on the Joliet site',
      'both',
      "Next step: a pilot on the Joliet site — we'll take care of it together by Thursday, March 5.",
    ],
  ] as const)('phrases "%s" owned by %s', (nextStep, owner, line) => {
    expect(composeRecap(templates, input({}, { nextStep, owner })).text).toContain(line);
  });

  it.each([
    ['America/New_York', 'Thursday, March 5'],
    ['Europe/Berlin', 'Friday, March 6'],
    ['Asia/Tokyo', 'Friday, March 6'],
  ])('dates the next step in the meeting zone %s', (timeZone, shown) => {
    const meeting = { ...PREVIEW_RECAP.meeting, timeZone };
    // 10 PM in New York on Thursday is already Friday in Berlin and Tokyo.
    const email = composeRecap(templates, input({ meeting }, { due: new Date('2026-03-06T03:00:00Z') }));
    expect(email.text).toContain(`by ${shown}.`);
  });

  it('leaves the date out when there is none, and adds the year when it is not this year', () => {
    expect(composeRecap(templates, input({}, { due: undefined })).text).toContain(
      "Next step: a technical deep-dive with Sam (your ops lead) to check the Joliet data — I'll send two time options.\n",
    );
    const nextYear = composeRecap(templates, input({}, { due: new Date('2027-01-08T22:00:00Z') }));
    expect(nextYear.text).toContain('by Friday, January 8, 2027.');
  });

  it('says when the call was if the recap goes out later', () => {
    const later = (now: string) => composeRecap(templates, input({ now: new Date(now) })).text.split('\n')[2];
    expect(later('2026-03-04T14:00:00Z')).toMatch(/^Thanks for the call yesterday\./);
    expect(later('2026-03-06T14:00:00Z')).toMatch(/^Thanks for the call on Tuesday\./);
    // 11 PM in New York is still the same day there, though it is March 4 in UTC.
    expect(later('2026-03-04T04:00:00Z')).toMatch(/^Thanks for the call today\./);
  });

  it('threads with one "Re:" whatever the agenda subject carried, and has its own subject without one', () => {
    const subject = (agendaSubject?: string) => composeRecap(templates, input({ agendaSubject })).subject;
    expect(subject('Re: RE:  Agenda for Tuesday: Acme')).toBe('Re: Agenda for Tuesday: Acme');
    expect(subject('AW: Agenda for Tuesday: Acme')).toBe('Re: Agenda for Tuesday: Acme');
    expect(subject('Agenda\r\nBcc: evil@x.example')).toBe('Re: Agenda Bcc: evil@x.example');
    expect(subject(undefined)).toBe('Recap: Acme Robotics × Northwind — discovery call');
    expect(composeRecap(templates, input({ agendaSubject: undefined, stage: 'technical' })).subject).toBe(
      'Recap: Acme Robotics × Northwind — technical deep-dive',
    );
  });

  it('escapes hostile meeting and outcome text in HTML', () => {
    const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const email = composeRecap(
      templates,
      input(
        {
          prospects: [{ email: 'priya.raman@acme-robotics.example', name: `${evil} Raman` }],
          meeting: { ...PREVIEW_RECAP.meeting, title: evil },
          accountName: evil,
          agendaSubject: undefined,
        },
        { agreed: evil, nextStep: evil },
      ),
    );
    expect(email.html).not.toMatch(/<script|<img|onerror=alert\(2\)>/i);
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src&#x3D;x');
    expect(email.text).toContain(`What we agreed: ${evil}`);
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses a recap that says nothing', () => {
    expect(() => composeRecap(templates, input({}, { agreed: ' ', nextStep: '' }))).toThrow(
      /needs what was agreed or the next step/,
    );
  });

  it('uses the default recap for a stage whose file was removed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'agendum-recap-'));
    try {
      await cp(TEMPLATES_DIR, dir, { recursive: true });
      await rm(path.join(dir, 'recap', 'demo.hbs'));
      const set = await loadTemplates(dir);
      const email = composeRecap(set, input({ stage: 'demo', agendaSubject: undefined }));
      expect(email.subject).toBe('Recap: Acme Robotics × Northwind');
      expect(email.text).toContain('Thanks for the meeting today.');
      await rm(path.join(dir, 'recap', 'default.hbs'));
      await expect(loadTemplates(dir)).rejects.toThrow(/recap\/default\.hbs: missing/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
