import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions } from '@tanstack/react-query';
import { readApiBaseUrl } from '../../../config/env';
import { unwrap } from '../../../lib/unwrap';
import { EarlyAvailabilityMismatch, takeEarlyAvailability, takeEarlyPublicLink } from './early-public-link';

export type PublicLink = Schemas['PublicLink'];
export type Availability = Schemas['Availability'];
export type Slot = Schemas['Slot'];
export type BotChallenge = Schemas['BotChallenge'];
export type BookingRequest = Schemas['BookingRequest'];
export type BookingConfirmation = Schemas['BookingConfirmation'];

export function getPublicLink(api: ApiClient, token: string): Promise<PublicLink> {
  return (
    takeEarlyPublicLink(token, readApiBaseUrl()) ??
    unwrap(api.GET('/bookings/public/{token}', { params: { path: { token } } }))
  );
}

export function getPublicLinkQueryOptions(api: ApiClient, token: string) {
  // Each fetch counts as a page view: fetch once per visit.
  return queryOptions({
    queryKey: ['public-link', token] as const,
    queryFn: () => getPublicLink(api, token),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export interface AvailabilityWindow {
  from: string;
  to: string;
  duration: number;
  timeZone: string;
}

export async function getAvailability(
  api: ApiClient,
  token: string,
  window: AvailabilityWindow,
): Promise<Availability> {
  const early = takeEarlyAvailability(token, readApiBaseUrl(), window);
  if (early) {
    try {
      return await early;
    } catch (error) {
      if (!(error instanceof EarlyAvailabilityMismatch)) throw error;
    }
  }
  return unwrap(
    api.GET('/bookings/public/{token}/availability', {
      params: {
        path: { token },
        query: { from: window.from, to: window.to, duration: window.duration, timezone: window.timeZone },
      },
    }),
  );
}

export const availabilityQueryKey = (token: string) => ['availability', token] as const;

export function getAvailabilityQueryOptions(api: ApiClient, token: string, window: AvailabilityWindow) {
  return queryOptions({
    queryKey: [...availabilityQueryKey(token), window] as const,
    queryFn: () => getAvailability(api, token, window),
    staleTime: 60_000,
  });
}

export function getBookingChallenge(api: ApiClient, token: string): Promise<BotChallenge> {
  return unwrap(api.GET('/bookings/public/{token}/challenge', { params: { path: { token } } }));
}
