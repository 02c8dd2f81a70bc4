import { readIcsFolder } from '../src/providers/local/ics-folder.js';
const r = await readIcsFolder('test/fixtures/ics', { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-04-30T00:00:00Z') });
for (const [f, evs] of r.byFile) for (const e of evs) console.log(f, e.id, e.start.toISOString(), e.end.toISOString(), e.timeZone, e.isAllDay, e.status, e.title, e.conferenceUrl ?? '', JSON.stringify(e.attendees.map(a => [a.email, a.response, a.kind, a.organizer ? 'org' : '', a.optional ? 'opt' : ''])));
console.log(r.errors, r.troubled);
