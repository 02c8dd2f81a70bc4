/**
 * The bundled demo calendar (examples/demo) is what a newcomer sees first: every file
 * parses, the prospect meetings are recognized with the intended stage, and the traps
 * (internal series, room booking, all-day, declined, cancelled, webinar) are left alone for
 * the right reason.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyMeeting } from '../../../src/domain/classify-meeting.js';
import { parseDescriptionPoint } from '../../../src/domain/parse-description-point.js';
import type { Playbook } from '../../../src/domain/playbook.js';
import { resolveStage } from '../../../src/domain/resolve-stage.js';
import type { CalendarEvent } from '../../../src/domain/types.js';
import { type IcsFolderResult, readIcsFolder } from '../../../src/providers/local/ics-folder.js';
import { loadRealPlaybook } from '../../helpers/real-playbook.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/demo', import.meta.url));
const TWO_WEEKS = { from: new Date('2026-01-05T05:00:00Z'), to: new Date('2026-01-19T05:00:00Z') };
const REP = {
  email: 'demo.rep@northwind.example',
  orgDomains: ['northwind.example'],
  maxExternalAttendees: 8,
  ignoreRules: { titles: [], domains: [], calendars: [] },
};

let demo: IcsFolderResult;
let playbook: Playbook;
const first = (file: string) => demo.byFile.get(file)?.[0] as CalendarEvent;

beforeAll(async () => {
  demo = await readIcsFolder(EXAMPLES, TWO_WEEKS);
  playbook = await loadRealPlaybook();
});

describe('the demo calendar', () => {
  it('parses every file without a problem, each with an event in the two template weeks', () => {
    expect(demo.errors).toEqual([]);
    expect(demo.byFile.size).toBe(13);
    for (const [file, events] of demo.byFile) expect(events.length, file).toBeGreaterThan(0);
  });

  it.each([
    ['acme-robotics-discovery.ics', 'discovery', 'priya.raman@acme-robotics.example'],
    ['globex-demo.ics', 'demo', 'marge.tanaka@globex.example'],
    ['initech-technical-deep-dive.ics', 'technical', 'bill.lumbergh@initech.example'],
    ['umbrella-proposal-review.ics', 'proposal', 'claire.redfield@umbrella.example'],
    ['hooli-contract-call.ics', 'negotiation', 'denise.cho@hooli.example'],
    ['brandt-logistik-kickoff.ics', 'kickoff', 'lena.brandt@brandt-logistik.example'],
    ['vandelay-intro-call.ics', 'discovery', 'art.vandelay@vandelay.example'],
  ])('%s is a %s meeting with %s', (file, stage, prospect) => {
    const event = first(file);
    const decision = classifyMeeting(event, REP);
    expect(decision.isProspect, decision.reason).toBe(true);
    expect(decision.prospects[0]?.email).toBe(prospect);
    expect(resolveStage(event, playbook).stage).toBe(stage);
    expect(event.conferenceUrl).toMatch(/^https:\/\//);
  });

  it.each([
    ['weekly-pipeline-review.ics', 'internal only'],
    ['boardroom-hold.ics', 'only rooms or resources besides the team'],
    ['nrf-big-show.ics', 'all-day event'],
    ['massive-dynamic-intro.ics', 'rep declined'],
    ['soylent-discovery-cancelled.ics', 'cancelled'],
    ['webinar-route-optimization.ics', 'webinar: 40 external attendees (limit 8)'],
  ])('%s is skipped: %s', (file, reason) => {
    expect(classifyMeeting(first(file), REP)).toMatchObject({ isProspect: false, reason });
  });

  it('has the Acme call from docs/method.md at 10:00 New York time on the template Tuesday', () => {
    const acme = first('acme-robotics-discovery.ics');
    expect(acme.start.toISOString()).toBe('2026-01-06T15:00:00.000Z');
    expect(acme.description).toContain('three warehouses');
  });

  it('states the Hooli point explicitly in the description', () => {
    const point = parseDescriptionPoint(first('hooli-contract-call.ics').description);
    expect(point.purpose).toMatch(/^agree the open commercial terms/);
    expect(point.agenda).toHaveLength(4);
    expect(point.outcome).toMatch(/order form both sides are ready to sign/);
  });

  it('holds a European customer in Europe/Berlin time and a series with an EXDATE and a moved occurrence', () => {
    const brandt = first('brandt-logistik-kickoff.ics');
    expect(brandt.timeZone).toBe('Europe/Berlin');
    expect(brandt.start.toISOString()).toBe('2026-01-09T14:00:00.000Z');
    // Outlook's Windows zone name maps to its IANA zone.
    expect(first('umbrella-proposal-review.ics').timeZone).toBe('America/New_York');
    const pipeline = demo.byFile.get('weekly-pipeline-review.ics') ?? [];
    // Jan 5 moved to Tuesday Jan 6, Jan 12 cancelled by EXDATE.
    expect(pipeline.map((e) => e.start.toISOString())).toEqual(['2026-01-06T14:30:00.000Z']);
    expect(pipeline[0]?.id).toBe('weekly-pipeline-review@demo.northwind.example::2026-01-05T14:00:00.000Z');
  });
});
