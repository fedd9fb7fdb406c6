import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { isApiError, problemCodes } from '../../../lib/api-error';
import { unwrap } from '../../../lib/unwrap';
import type { AvailabilitySource } from '../model/use-booking-window';
import type { AvailabilityWindow } from './public-booking';

/** The booking as its attendee sees it, with the link's facts and what they may still do. */
export type ManagedBooking = Schemas['ManagedBooking'];

/** Problem codes meaning "this time is no longer free": pick another one. */
export const TIME_GONE = problemCodes('slot_unavailable', 'slot_not_offered', 'outside_window', 'off_grid');

export const managedBookingQueryKey = (token: string) => ['managed-booking', token] as const;
const manageAvailabilityQueryKey = (token: string) => ['manage-availability', token] as const;

export function getManagedBookingQueryOptions(api: ApiClient, token: string) {
  return queryOptions({
    queryKey: managedBookingQueryKey(token),
    queryFn: () => unwrap(api.GET('/bookings/public/manage/{token}', { params: { path: { token } } })),
  });
}

export function getManageChallenge(api: ApiClient, token: string) {
  return unwrap(api.GET('/bookings/public/manage/{token}/challenge', { params: { path: { token } } }));
}

/** The link's free times as this booking sees them: its own time counts as free. */
export function manageAvailabilitySource(api: ApiClient, token: string): AvailabilitySource {
  return {
    queryKey: manageAvailabilityQueryKey(token),
    fetchWindow: (window: AvailabilityWindow) =>
      unwrap(
        api.GET('/bookings/public/manage/{token}/availability', {
          params: {
            path: { token },
            query: { from: window.from, to: window.to, duration: window.duration, timezone: window.timeZone },
          },
        }),
      ),
  };
}

/**
 * A change from the manage page (cancel or reschedule): one idempotent request per attempt, the page's booking
 * replaced by the answer; a refused change refreshes what the page shows (the time may be gone, or too close).
 */
function useManageMutation<Variables>(
  token: string,
  takeSolution: TakeSolution,
  send: (api: ApiClient, request: ChangeRequest, variables: Variables) => Promise<ManagedBooking>,
) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  return useMutation({
    mutationFn: async (variables: Variables) => {
      const altcha = await takeSolution();
      return send(api, { idempotencyKey, altcha: altcha ? { altcha } : {} }, variables);
    },
    onSuccess: (booking) => {
      setIdempotencyKey(crypto.randomUUID());
      queryClient.setQueryData(managedBookingQueryKey(token), booking);
      void queryClient.invalidateQueries({ queryKey: manageAvailabilityQueryKey(token) });
    },
    onError: (error) => {
      setIdempotencyKey(crypto.randomUUID());
      if (!isApiError(error)) return;
      if (TIME_GONE.has(error.code))
        void queryClient.invalidateQueries({ queryKey: manageAvailabilityQueryKey(token) });
      else void queryClient.invalidateQueries({ queryKey: managedBookingQueryKey(token) });
    },
  });
}

/** Hands over a solved anti-spam challenge (undefined when the link asks for none). */
export type TakeSolution = () => Promise<string | undefined>;

interface ChangeRequest {
  idempotencyKey: string;
  altcha: { altcha?: string };
}

export function useCancelManagedBooking(token: string, takeSolution: TakeSolution) {
  return useManageMutation(token, takeSolution, (api, request, reason: string | undefined) =>
    unwrap(
      api.POST('/bookings/public/manage/{token}:cancel', {
        params: { path: { token }, header: { 'idempotency-key': request.idempotencyKey } },
        body: { ...(reason ? { reason } : {}), ...request.altcha },
      }),
    ),
  );
}

export function useRescheduleManagedBooking(token: string, takeSolution: TakeSolution) {
  return useManageMutation(token, takeSolution, (api, request, change: { start: string; duration: number }) =>
    unwrap(
      api.POST('/bookings/public/manage/{token}:reschedule', {
        params: { path: { token }, header: { 'idempotency-key': request.idempotencyKey } },
        body: { ...change, ...request.altcha },
      }),
    ),
  );
}
