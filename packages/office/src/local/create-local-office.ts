import type { OfficePort } from '../port';
import { OfficeError } from '../port';

/**
 * For an owner with no provider connected: events live only in our database, so there is
 * no external busy time (the service adds its own bookings) and no address book.
 */
export function createLocalOffice(): OfficePort {
  return {
    describeAccount: async () => {
      throw new OfficeError('provider_rejected', 'no provider account is connected');
    },
    listCalendars: async () => [],
    getBusy: async () => [],
    createEvent: async (_calendarId, event) => ({ eventId: `local:${event.id}` }),
    updateEvent: async () => {},
    cancelEvent: async () => {},
    searchContacts: async () => [],
    createContact: async () => {},
  };
}
