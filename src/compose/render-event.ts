/**
 * `agendum render --event FILE.json`: the agenda email for a normalized event, composed with
 * the real templates and playbook, touching no provider or database.
 */
import type { Playbook } from '../domain/playbook.js';
import { resolvePoint } from '../domain/resolve-point.js';
import type { CalendarAttendee } from '../domain/types.js';
import { AppError } from '../errors.js';
import { buildMime, previewMessageId } from './build-mime.js';
import { composeAgenda } from './compose-agenda.js';
import { domainOf } from './names.js';
import { parseEvent } from './parse-event.js';
import type { ComposedEmail, TemplateSet } from './template-set.js';

/** The rep an event is rendered for. */
export interface RenderRep {
  name: string;
  email: string;
  signature?: string;
  /** Attendees outside these domains are the prospects; the rep's own domain when absent. */
  orgDomains?: string[];
  company?: string;
}

/** The demo rep, used when none is given. */
export const DEMO_REP: RenderRep = {
  name: 'Dana Whitfield',
  email: 'demo.rep@northwind.example',
  signature: '',
  orgDomains: ['northwind.example'],
};

/** People outside the rep's domains (subdomains included), excluding rooms, groups and decliners. */
export function externalPeople(attendees: CalendarAttendee[], orgDomains: string[]): CalendarAttendee[] {
  const ours = (d: string) => orgDomains.some((o) => d === o || d.endsWith(`.${o}`));
  return attendees.filter(
    (a) => a.kind === 'person' && a.response !== 'declined' && !ours(domainOf(a.email)),
  );
}

/** What `renderEventFile` needs; the CLI parses its arguments into this. */
export interface RenderEventInput {
  eventJson: unknown;
  templates: TemplateSet;
  playbook: Playbook;
  rep?: RenderRep;
  /** Defaults to a preview link (`/c/preview`), which confirms nothing. */
  confirmUrl?: string;
  now?: Date;
}

/** Composes the agenda for an event file: the email, its .eml form, and a JSON summary. */
export async function renderEventFile(
  input: RenderEventInput,
): Promise<{ email: ComposedEmail; eml: Buffer; json: object }> {
  const event = parseEvent(input.eventJson);
  const rep = input.rep ?? DEMO_REP;
  const orgDomains = rep.orgDomains?.length
    ? rep.orgDomains.map((d) => d.toLowerCase())
    : [domainOf(rep.email)];
  const prospects = externalPeople(event.attendees, orgDomains);
  if (prospects.length === 0) {
    throw new AppError(
      'event_invalid',
      `attendees: nobody outside ${orgDomains.join(', ')}, so there is no prospect to send an agenda to.`,
    );
  }
  const { stage, point } = resolvePoint({
    event: { title: event.title, description: event.description },
    playbook: input.playbook,
    carried: null,
  });
  const email = composeAgenda(input.templates, {
    rep: { name: rep.name, email: rep.email, signature: rep.signature ?? '' },
    meeting: {
      title: event.title,
      start: event.start,
      end: event.end,
      timeZone: event.timeZone,
      location: event.location,
      conferenceUrl: event.conferenceUrl,
    },
    prospects: prospects.map((p) => ({ email: p.email, name: p.name })),
    repCompany: rep.company,
    stage,
    point,
    confirmUrl: input.confirmUrl ?? 'http://localhost:3000/c/preview',
  });
  const messageId = previewMessageId(domainOf(rep.email));
  const to = prospects.map((p) => ({ name: p.name, address: p.email }));
  const eml = await buildMime({
    from: { name: rep.name, address: rep.email },
    to,
    ...email,
    messageId,
    date: input.now,
    // A rendered preview is never a sent message: say so where any mail tool will show it.
    headers: { 'X-Agendum-Kind': 'agenda', 'X-Agendum-Preview': 'true' },
  });
  const json = {
    kind: 'agenda',
    preview: true,
    stage,
    point,
    from: rep.email,
    to: prospects.map((p) => p.email),
    messageId,
    ...email,
  };
  return { email, eml, json };
}
