import type { Contact } from '@bookings/office';
import type { CalendarConnectionsRepository } from '../../ports/calendar-connections';
import type { OfficeFor } from '../../ports/provider-offices';

export const MIN_CONTACT_QUERY_LENGTH = 3;
const MAX_SUGGESTIONS = 20;

export interface SearchContactsDeps {
  connections: Pick<CalendarConnectionsRepository, 'listByOwner'>;
  officeFor: OfficeFor;
  onProviderError?: (error: unknown, connectionId: string) => void;
}

/**
 * Autocomplete for the one-time link form: suggestions from every active connection, one per address.
 * A provider that fails only loses its own suggestions: autocomplete is a convenience, not a guarantee.
 */
export function makeSearchContacts(deps: SearchContactsDeps) {
  return async (ownerId: string, query: string): Promise<{ items: Contact[] }> => {
    const trimmed = query.trim();
    if (trimmed.length < MIN_CONTACT_QUERY_LENGTH) return { items: [] };
    const connections = (await deps.connections.listByOwner(ownerId)).filter((c) => c.status === 'active');
    const found = await Promise.all(
      connections.map(async (connection) => {
        try {
          return await (await deps.officeFor(connection)).searchContacts(trimmed);
        } catch (error) {
          deps.onProviderError?.(error, connection.id);
          return [];
        }
      }),
    );
    const byEmail = new Map<string, Contact>();
    for (const contact of found.flat()) {
      const key = contact.email.trim().toLowerCase();
      const known = byEmail.get(key);
      if (!known || (!known.name && contact.name)) byEmail.set(key, contact);
    }
    const items = [...byEmail.values()]
      .sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email))
      .slice(0, MAX_SUGGESTIONS);
    return { items };
  };
}
