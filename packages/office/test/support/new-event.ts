import type { NewEvent } from '../../src/index';

/** A booking's event as the service hands it to an adapter: half an hour with one attendee. */
export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: '3f2b8c1e-9d4a-4e6b-8a1f-0c2d3e4f5a6b',
    title: 'Intro call',
    description: 'Booked via link\n\nWhat is it about? Pricing',
    start: new Date('2030-03-04T09:00:00Z'),
    end: new Date('2030-03-04T09:30:00Z'),
    timeZone: 'Europe/Berlin',
    attendees: [{ email: 'ada@example.com', name: 'Ada Lovelace' }],
    withConference: false,
    ...overrides,
  };
}
