import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions } from '@tanstack/react-query';
import { readApiBaseUrl } from '../../../config/env';
import { unwrap } from '../../../lib/unwrap';
import { type AvailabilitySource, DAY_MS, WINDOW_DAYS } from '../model/use-booking-window';
import {
  EarlyAvailabilityMismatch,
  readEarlyAvailabilityWindow,
  takeEarlyAvailability,
  takeEarlyPublicLink,
} from './early-public-link';

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

/** A booking link's free times, the first window taken from index.html's early request when it matches. */
export function linkAvailabilitySource(api: ApiClient, token: string): AvailabilitySource {
  return {
    queryKey: availabilityQueryKey(token),
    fetchWindow: (window) => getAvailability(api, token, window),
    readEarlyOrigin: () => {
      const early = readEarlyAvailabilityWindow(token, readApiBaseUrl());
      return early && Date.parse(early.to) - Date.parse(early.from) === WINDOW_DAYS * DAY_MS
        ? Date.parse(early.from)
        : null;
    },
  };
}

export function getBookingChallenge(api: ApiClient, token: string): Promise<BotChallenge> {
  return unwrap(api.GET('/bookings/public/{token}/challenge', { params: { path: { token } } }));
}
