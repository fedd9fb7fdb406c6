import type { ProviderName } from '@bookings/office';
import type { FastifyInstance } from 'fastify';
import type { CalendarConnection } from '../../src/ports/calendar-connections';
import type { OfficeFakes } from './office-fakes';

/** Stores a connection as the OAuth callback would, with fresh tokens from the provider's token fake. */
export async function connectAccount(
  app: FastifyInstance,
  fakes: OfficeFakes,
  o: {
    ownerId: string;
    provider: ProviderName;
    accountEmail: string;
    busyCalendarIds: string[];
    eventCalendarId?: string | null;
  },
): Promise<CalendarConnection> {
  const tokens = (o.provider === 'google' ? fakes.googleTokens : fakes.microsoftTokens).grant();
  return app.container.repositories.calendarConnections.upsert({
    ownerId: o.ownerId,
    provider: o.provider,
    accountEmail: o.accountEmail,
    tokens,
    busyCalendarIds: o.busyCalendarIds,
    eventCalendarId: o.eventCalendarId ?? null,
  });
}
