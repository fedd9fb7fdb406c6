import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { isApiError, problemCodes } from '../../../lib/api-error';
import { unwrap } from '../../../lib/unwrap';
import { answersToSend, type BookingFormValues } from '../model/booking-form';
import { useProofOfWork } from '../model/use-proof-of-work';
import {
  availabilityQueryKey,
  type BookingConfirmation,
  getBookingChallenge,
  type PublicLink,
  type Slot,
} from './public-booking';

/** Problem codes meaning "that time is gone": pick another, nothing else is wrong. */
export const SLOT_GONE = problemCodes('slot_unavailable', 'slot_not_offered', 'outside_window', 'off_grid');

export interface BookSlotVariables {
  slot: Slot;
  duration: number;
  timeZone: string;
  values: BookingFormValues;
}

/**
 * Books a slot: solves the anti-spam challenge in the background (from `canStart` on, so it never competes
 * with the first times for the network or the processor) while the visitor picks, sends one
 * idempotent request per attempt, and refreshes the free times when the slot was just taken.
 */
export function useBookSlot(token: string, link: PublicLink, { canStart }: { canStart: boolean }) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const takeSolution = useProofOfWork(() => getBookingChallenge(api, token), link.botProtection, canStart);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  return useMutation({
    mutationFn: async ({
      slot,
      duration,
      timeZone,
      values,
    }: BookSlotVariables): Promise<BookingConfirmation> => {
      const altcha = await takeSolution();
      return unwrap(
        api.POST('/bookings/public/{token}/book', {
          params: { path: { token }, header: { 'idempotency-key': idempotencyKey } },
          body: {
            start: slot.start,
            duration,
            name: values.name.trim(),
            email: values.email.trim(),
            timezone: timeZone,
            answers: answersToSend(values),
            ...(altcha ? { altcha } : {}),
            ...(values.website ? { website: values.website } : {}),
          },
        }),
      );
    },
    onError: (error) => {
      // A different request from here on: a retry with changed answers must not replay the failed one.
      setIdempotencyKey(crypto.randomUUID());
      if (isApiError(error) && SLOT_GONE.has(error.code))
        void queryClient.invalidateQueries({ queryKey: availabilityQueryKey(token) });
    },
  });
}
