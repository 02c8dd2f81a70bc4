/** `agendum render`: an event file in, the agenda the prospect would get out — real templates and playbook. */
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../../src/compose/load-playbook.js';
import { renderEventFile } from '../../../src/compose/render-event.js';
import { loadTemplates, type TemplateSet } from '../../../src/compose/template-set.js';
import type { Playbook } from '../../../src/domain/playbook.js';
import { AppError } from '../../../src/errors.js';
import { TEMPLATES_DIR } from '../../helpers/templates-dir.js';

let templates: TemplateSet;
let playbook: Playbook;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES_DIR);
  playbook = await loadPlaybook(path.join(TEMPLATES_DIR, 'playbook.yaml'));
});

const event = {
  id: 'evt-1',
  title: 'Acme Robotics × Northwind — discovery call',
  description: 'Purpose: understand where route planning breaks down across the three warehouses',
  start: '2026-03-03T15:00:00Z',
  end: '2026-03-03T15:30:00Z',
  timeZone: 'America/New_York',
  isAllDay: false,
  status: 'confirmed',
  attendees: [
    { email: 'demo.rep@northwind.example', response: 'accepted', kind: 'person', organizer: true },
    {
      email: 'priya.raman@acme-robotics.example',
      name: 'Priya Raman',
      response: 'needsAction',
      kind: 'person',
    },
    { email: 'sam@acme-robotics.example', name: 'Sam Ortiz', response: 'declined', kind: 'person' },
    { email: 'room-4@acme-robotics.example', name: 'Room 4', response: 'accepted', kind: 'room' },
  ],
};

const render = (eventJson: unknown) =>
  renderEventFile({ eventJson, templates, playbook, confirmUrl: 'https://agendum.example.com/c/preview' });

describe('renderEventFile', () => {
  it('composes the agenda to the prospects, as an .eml marked as a preview', async () => {
    const out = await render(event);
    const mail = await simpleParser(out.eml);
    expect(mail.to).toMatchObject({
      value: [{ address: 'priya.raman@acme-robotics.example', name: 'Priya Raman' }],
    });
    expect(mail.from).toMatchObject({
      value: [{ address: 'demo.rep@northwind.example', name: 'Dana Whitfield' }],
    });
    expect(mail.subject).toBe('Agenda for Tuesday: Acme Robotics × Northwind — discovery call');
    expect(mail.text).toMatch(/^Hi Priya,/);
    expect(mail.text).toContain('route planning breaks down across the three warehouses');
    expect(mail.text).toContain('Tuesday, March 3 at 10:00 AM EST (30 min)');
    expect(mail.text).toContain('https://agendum.example.com/c/preview');
    expect(mail.messageId).toMatch(/^<[0-9a-f]+@northwind\.example>$/);
    expect(mail.headers.get('x-agendum-preview')).toBe('true');
    expect(out.json).toMatchObject({
      stage: 'discovery',
      preview: true,
      to: ['priya.raman@acme-robotics.example'],
    });
  });

  it('shows the time in the event zone', async () => {
    const out = await render({
      ...event,
      start: '2026-03-30T08:00:00Z',
      end: '2026-03-30T09:00:00Z',
      timeZone: 'Europe/Berlin',
    });
    expect(out.email.text).toContain('Monday, March 30 at 10:00 AM CEST (1 hr)');
  });

  it('keeps a hostile title out of the headers', async () => {
    const out = await render({ ...event, title: 'Acme discovery\r\nBcc: evil@x.example' });
    const mail = await simpleParser(out.eml);
    expect(out.email.subject).not.toMatch(/[\r\n]/);
    expect(mail.bcc).toBeUndefined();
  });

  it.each([
    [{ ...event, start: 'soon' }, 'start'],
    [{ ...event, timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ ...event, end: event.start }, 'end'],
    [{ ...event, attendees: [{ email: 'not an address' }] }, 'attendees.0.email'],
  ])('names the invalid field (%#)', async (bad, field) => {
    const err = await render(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('event_invalid');
    expect((err as AppError).message).toContain(`${field}:`);
  });

  it('says when nobody outside the rep’s domain is invited', async () => {
    const internal = { ...event, attendees: [event.attendees[0]] };
    await expect(render(internal)).rejects.toMatchObject({
      code: 'event_invalid',
      message: /nobody outside northwind\.example/,
    });
  });
});
