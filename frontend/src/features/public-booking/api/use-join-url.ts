import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { getManagedBookingQueryOptions } from './manage-booking';
import type { BookingConfirmation } from './public-booking';

/** How long the confirmation keeps asking: the calendar event (and its join link) is made seconds after booking. */
const ASK_FOR_MS = 30_000;
const ASK_EVERY_MS = 2_000;

/**
 * The meeting's video-call link for the confirmation. It exists only once the calendar event is made, just
 * after the booking commits, so until then the booking's manage data is asked again for a short while; a link
 * without a video call simply never gets one, and the invitation email carries it either way.
 */
export function useJoinUrl(confirmation: BookingConfirmation): string | null {
  const api = useApiClient();
  const token = decodeURIComponent(
    new URL(confirmation.manageUrl, 'http://x').pathname.split('/').at(-1) ?? '',
  );
  const since = useRef(Date.now());
  const managed = useQuery({
    ...getManagedBookingQueryOptions(api, token),
    enabled: token !== '',
    retry: false,
    refetchInterval: (query) =>
      query.state.data?.booking.joinUrl || Date.now() - since.current > ASK_FOR_MS ? false : ASK_EVERY_MS,
  });
  return managed.data?.booking.joinUrl ?? null;
}
