import { readIcsFolder } from '../src/providers/local/ics-folder.js';
import { classifyMeeting } from '../src/domain/classify-meeting.js';
const t0 = Date.now();
const r = await readIcsFolder('examples/demo', { from: new Date('2026-01-04T00:00:00Z'), to: new Date('2026-01-19T00:00:00Z') });
console.log('ms', Date.now() - t0);
const rep = { email: 'demo.rep@northwind.example', orgDomains: ['northwind.example'], maxExternalAttendees: 8, ignoreRules: [] };
for (const [f, evs] of r.byFile) for (const e of evs) console.log(f.padEnd(36), e.start.toISOString(), e.timeZone.padEnd(17), e.status, (e.conferenceUrl ?? '').slice(0, 40), '|', classifyMeeting(e, rep).reason);
console.log(r.errors);
