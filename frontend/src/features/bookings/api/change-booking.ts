import type { ApiClient } from '@bookings/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import { bookingsQueryKey } from './get-bookings';

/** A change by the owner: the meeting page, every list and the week refetch once it is answered. */
function useBookingChange<Variables, Result>(
  send: (api: ApiClient, variables: Variables) => Promise<Result>,
) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => send(api, variables),
    onSettled: () => queryClient.invalidateQueries({ queryKey: bookingsQueryKey }),
  });
}

export function useCancelBooking(bookingId: string) {
  return useBookingChange((api, reason: string | undefined) =>
    unwrap(
      api.POST('/bookings/bookings/{id}:cancel', {
        params: { path: { id: bookingId } },
        body: reason ? { reason } : {},
      }),
    ),
  );
}

export function useRescheduleBooking(bookingId: string) {
  return useBookingChange((api, change: { start: string; duration: number }) =>
    unwrap(
      api.POST('/bookings/bookings/{id}:reschedule', { params: { path: { id: bookingId } }, body: change }),
    ),
  );
}
