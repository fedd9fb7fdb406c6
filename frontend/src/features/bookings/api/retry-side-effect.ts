import type { ApiClient } from '@bookings/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';
import { bookingQueryKey } from './get-booking';
import { type BookingSideEffect, getBookingSideEffectsQueryOptions } from './get-booking-side-effects';

export function retrySideEffect(api: ApiClient, bookingId: string, sideEffectId: string) {
  return unwrap(
    api.POST('/bookings/bookings/{id}/side-effects/{sideEffectId}:retry', {
      params: { path: { id: bookingId, sideEffectId } },
    }),
  );
}

/** Tries a dead side effect again; the list shows it on its way at once, then (with the meeting page) follows the server. */
export function useRetrySideEffect(bookingId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const { queryKey } = getBookingSideEffectsQueryOptions(api, bookingId);
  return useMutation({
    mutationFn: (sideEffectId: string) => retrySideEffect(api, bookingId, sideEffectId),
    onSuccess: (revived) => {
      queryClient.setQueryData<BookingSideEffect[]>(queryKey, (items) =>
        items?.map((item) => (item.id === revived.id ? revived : item)),
      );
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey }),
        queryClient.invalidateQueries({ queryKey: bookingQueryKey(bookingId) }),
      ]),
  });
}
