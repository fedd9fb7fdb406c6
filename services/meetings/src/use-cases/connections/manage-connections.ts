import type { CalendarInfo } from '@bookings/office';
import { DomainError } from '../../domain/shared/domain-error';
import type { CalendarConnection, CalendarConnectionsRepository } from '../../ports/calendar-connections';
import type { OfficeFor, ProviderOffices } from '../../ports/provider-offices';

export interface ConnectionView {
  id: string;
  provider: CalendarConnection['provider'];
  accountEmail: string;
  status: CalendarConnection['status'];
  statusReason: string | null;
  busyCalendarIds: string[];
  receivesEvents: boolean;
  eventCalendarId: string | null;
  createdAt: string;
}

export function toConnectionView(connection: CalendarConnection): ConnectionView {
  return {
    id: connection.id,
    provider: connection.provider,
    accountEmail: connection.accountEmail,
    status: connection.status,
    statusReason: connection.statusReason,
    busyCalendarIds: connection.busyCalendarIds,
    receivesEvents: connection.eventCalendarId !== null,
    eventCalendarId: connection.eventCalendarId,
    createdAt: connection.createdAt.toISOString(),
  };
}

export interface ManageConnectionsDeps {
  connections: Pick<
    CalendarConnectionsRepository,
    'listByOwner' | 'find' | 'updateSelection' | 'clearEventReceiverExcept' | 'delete'
  >;
  officeFor: OfficeFor;
  /** Busy time changes with the calendar choices: drop what is cached for the owner. */
  invalidateBusy: (ownerId: string) => void;
}

const notFound = () => new DomainError('not_found', 'No calendar connection with this id.');

/** Whether this server has an OAuth client for a provider, and the settings an administrator sets to give it one. */
export interface ProviderAvailability {
  provider: CalendarConnection['provider'];
  configured: boolean;
  settings: string[];
}

export function makeListConnections(
  deps: Pick<ManageConnectionsDeps, 'connections'> & { providers: ProviderAvailability[] },
) {
  return async (
    ownerId: string,
  ): Promise<{ items: ConnectionView[]; providers: ProviderAvailability[] }> => ({
    items: (await deps.connections.listByOwner(ownerId)).map(toConnectionView),
    providers: deps.providers,
  });
}

export function makeListConnectionCalendars(deps: Pick<ManageConnectionsDeps, 'connections' | 'officeFor'>) {
  return async (
    ownerId: string,
    id: string,
  ): Promise<{ items: (CalendarInfo & { countsAsBusy: boolean; receivesEvents: boolean })[] }> => {
    const connection = await deps.connections.find(ownerId, id);
    if (!connection) throw notFound();
    const calendars = await withCalendarErrors(async () =>
      (await deps.officeFor(connection)).listCalendars(),
    );
    return {
      items: calendars.map((calendar) => ({
        ...calendar,
        countsAsBusy: connection.busyCalendarIds.includes(calendar.id),
        receivesEvents: connection.eventCalendarId === calendar.id,
      })),
    };
  };
}

export interface ConnectionSelection {
  busyCalendarIds?: string[] | undefined;
  /** true: new events go to `eventCalendarId` (or the primary calendar) of this connection, and only there. */
  receivesEvents?: boolean | undefined;
  eventCalendarId?: string | undefined;
}

export function makeUpdateConnection(deps: ManageConnectionsDeps) {
  return async (ownerId: string, id: string, selection: ConnectionSelection): Promise<ConnectionView> => {
    const connection = await deps.connections.find(ownerId, id);
    if (!connection) throw notFound();
    const wantsEvents =
      selection.receivesEvents ?? (selection.eventCalendarId !== undefined ? true : undefined);
    const needsCalendars = selection.busyCalendarIds !== undefined || wantsEvents === true;
    const calendars = needsCalendars
      ? await withCalendarErrors(async () => (await deps.officeFor(connection)).listCalendars())
      : [];
    const known = new Set(calendars.map((calendar) => calendar.id));
    const errors = (selection.busyCalendarIds ?? []).flatMap((calendarId, index) =>
      known.has(calendarId)
        ? []
        : [{ path: `busyCalendarIds[${index}]`, message: 'is not a calendar of this account' }],
    );
    let eventCalendarId: string | null | undefined;
    if (wantsEvents === true) {
      const chosen =
        selection.eventCalendarId ??
        connection.eventCalendarId ??
        calendars.find((calendar) => calendar.primary && calendar.canWrite)?.id ??
        calendars.find((calendar) => calendar.canWrite)?.id;
      const target = calendars.find((calendar) => calendar.id === chosen);
      if (!target?.canWrite)
        errors.push({ path: 'eventCalendarId', message: 'is not a calendar events can be added to' });
      eventCalendarId = chosen ?? null;
    } else if (wantsEvents === false) {
      eventCalendarId = null;
    }
    if (errors.length > 0)
      throw new DomainError('validation_failed', 'The calendar choice is invalid.', errors);
    const updated = await deps.connections.updateSelection(ownerId, id, {
      busyCalendarIds: selection.busyCalendarIds ? [...new Set(selection.busyCalendarIds)] : undefined,
      eventCalendarId,
    });
    if (!updated) throw notFound();
    if (eventCalendarId) await deps.connections.clearEventReceiverExcept(ownerId, id);
    deps.invalidateBusy(ownerId);
    return toConnectionView(updated);
  };
}

export interface DisconnectDeps {
  connections: Pick<CalendarConnectionsRepository, 'delete' | 'isAccountConnected'>;
  offices: Pick<ProviderOffices, 'revokeGrant'>;
  invalidateBusy: (ownerId: string) => void;
  /** A revocation the provider did not take: the connection is gone all the same, the operator hears of it. */
  onRevokeFailed?: (error: unknown, context: { ownerId: string; provider: string }) => void;
}

/**
 * Deletes the connection (its sealed tokens with it), then asks the provider to end the grant, best-effort: a
 * provider that stays unreachable after the retries does not keep the account connected here. The grant is left
 * alone while another owner still has the same account connected, as one grant serves both (ADR 010).
 */
export function makeDisconnect(deps: DisconnectDeps) {
  return async (ownerId: string, id: string): Promise<void> => {
    const deleted = await deps.connections.delete(ownerId, id);
    if (!deleted) throw notFound();
    deps.invalidateBusy(ownerId);
    if (!deleted.tokens) return;
    try {
      if (await deps.connections.isAccountConnected(deleted.provider, deleted.accountEmail)) return;
      await deps.offices.revokeGrant(deleted.provider, deleted.tokens);
    } catch (error) {
      deps.onRevokeFailed?.(error, { ownerId, provider: deleted.provider });
    }
  };
}

async function withCalendarErrors<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError(
      'calendar_unavailable',
      'The calendar provider cannot be reached right now (or the account must be reconnected). Please try again shortly.',
    );
  }
}
