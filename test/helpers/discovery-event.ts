/** The normalized calendar event the CLI tests render: a discovery call with one prospect. */
export const DISCOVERY_EVENT = {
  id: 'evt-1',
  title: 'Acme Robotics × Northwind — discovery call',
  description: 'Purpose: understand where route planning breaks down across the three warehouses',
  start: '2026-03-03T15:00:00Z',
  end: '2026-03-03T15:30:00Z',
  timeZone: 'America/New_York',
  isAllDay: false,
  status: 'confirmed',
  organizerEmail: 'demo.rep@northwind.example',
  attendees: [
    { email: 'demo.rep@northwind.example', response: 'accepted', kind: 'person', organizer: true },
    {
      email: 'priya.raman@acme-robotics.example',
      name: 'Priya Raman',
      response: 'needsAction',
      kind: 'person',
    },
  ],
};
