import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type CalendarConnection = Schemas['CalendarConnection'];
export type ProviderCalendar = Schemas['ProviderCalendar'];
export type CalendarProvider = CalendarConnection['provider'];
export type ConnectionChoices = Schemas['UpdateCalendarConnection'];

export type ProviderAvailability = Schemas['CalendarProviderAvailability'];
/** The owner's connected accounts, and which providers this server can connect at all. */
export type ConnectionList = Schemas['CalendarConnectionList'];

export const connectionsQueryKey = ['connections'] as const;

export function getConnections(api: ApiClient): Promise<ConnectionList> {
  return unwrap(api.GET('/bookings/connections'));
}

export function getConnectionsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: [...connectionsQueryKey, 'list'] as const,
    queryFn: () => getConnections(api),
  });
}

export function useConnections() {
  return useQuery(getConnectionsQueryOptions(useApiClient()));
}

export async function getConnectionCalendars(api: ApiClient, id: string): Promise<ProviderCalendar[]> {
  return (await unwrap(api.GET('/bookings/connections/{id}/calendars', { params: { path: { id } } }))).items;
}

export function useConnectionCalendars(id: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...connectionsQueryKey, 'calendars', id] as const,
    queryFn: () => getConnectionCalendars(api, id),
  });
}

/**
 * The provider's consent page for a new (or renewed) connection; the SPA navigates there itself. The answer also
 * sets the httpOnly cookie that binds the flow to this browser: the callback connects nothing without it, so the
 * request must let the browser store cookies (ADR 010).
 */
export async function getAuthorizeUrl(api: ApiClient, provider: CalendarProvider): Promise<string> {
  const answer = await unwrap(
    api.GET('/bookings/connections/{provider}/start', {
      params: { path: { provider }, query: { redirect: false } },
      credentials: 'include',
    }),
  );
  return answer.authorizeUrl;
}

export function useStartConnection() {
  const api = useApiClient();
  return useMutation({ mutationFn: (provider: CalendarProvider) => getAuthorizeUrl(api, provider) });
}

export function useUpdateConnection(id: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choices: ConnectionChoices) =>
      unwrap(api.PATCH('/bookings/connections/{id}', { params: { path: { id } }, body: choices })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: connectionsQueryKey }),
  });
}

export function useDeleteConnection() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/bookings/connections/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: connectionsQueryKey }),
  });
}
