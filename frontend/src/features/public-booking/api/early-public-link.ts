import { canonicalTimeZone } from '@bookings/availability/time-zone-names';
import { ApiError } from '../../../lib/api-error';
import type { Availability, PublicLink } from './public-booking';

/** What index.html started before any of the app's code loaded (see its inline script). */
interface EarlyRequests {
  token: string;
  /** Removed once taken: it is also the page view. */
  response?: Promise<Response>;
  /** The window stays once its answer is taken: the page keeps asking for the windows that follow it. */
  availability?:
    | { from: string; to: string; timeZone: string; response?: Promise<Response> | undefined }
    | undefined;
  /** Asks for the first free times; called by the build's preload script (never, in development). */
  startAvailability?: (() => void) | undefined;
}

declare global {
  interface Window {
    __bookingsEarlyLink?: EarlyRequests;
  }
}

function isForThisPage(
  early: EarlyRequests | undefined,
  token: string,
  apiBaseUrl: string,
): early is EarlyRequests {
  return !!early && apiBaseUrl === window.location.origin && decodeURIComponent(early.token) === token;
}

async function readJson<T>(response: Promise<Response>): Promise<T> {
  const answer = await response;
  const body: unknown = await answer.json().catch(() => null);
  if (!answer.ok) throw ApiError.fromResponse(body, answer);
  return body as T;
}

/**
 * index.html starts `GET /bookings/public/{token}` before any of the app's code has loaded, so the page
 * renders one round trip sooner. Taken at most once (it is also the page view); null when there is none for
 * this token or the API lives on another origin.
 */
export function takeEarlyPublicLink(token: string, apiBaseUrl: string): Promise<PublicLink> | null {
  const early = window.__bookingsEarlyLink;
  if (!isForThisPage(early, token, apiBaseUrl) || !early.response) return null;
  const { response } = early;
  // The availability request stays for the page to take once it knows the link's durations.
  window.__bookingsEarlyLink = { ...early, response: undefined };
  return readJson<PublicLink>(response);
}

/** The window the early availability request asked for, so the page asks for the very same one. */
export function readEarlyAvailabilityWindow(
  token: string,
  apiBaseUrl: string,
): { from: string; to: string } | null {
  const early = window.__bookingsEarlyLink;
  if (!isForThisPage(early, token, apiBaseUrl) || !early.availability) return null;
  return { from: early.availability.from, to: early.availability.to };
}

/**
 * The availability index.html asked for (the link's default duration, the browser's zone), when it is
 * exactly the window, zone and duration the page needs now; taken at most once.
 */
export function takeEarlyAvailability(
  token: string,
  apiBaseUrl: string,
  wanted: { from: string; to: string; timeZone: string; duration: number },
): Promise<Availability> | null {
  const early = window.__bookingsEarlyLink;
  if (!isForThisPage(early, token, apiBaseUrl) || !early.availability) return null;
  const { availability } = early;
  const { response } = availability;
  const sameRequest =
    availability.from === wanted.from &&
    availability.to === wanted.to &&
    canonicalTimeZone(availability.timeZone) === wanted.timeZone;
  if (!response || !sameRequest) return null;
  window.__bookingsEarlyLink = { ...early, availability: { ...availability, response: undefined } };
  return readJson<Availability>(response).then((answer) =>
    // Asked without a duration, so it is the link's default one: only usable when that is the one wanted.
    answer.duration === wanted.duration ? answer : Promise.reject(new EarlyAvailabilityMismatch()),
  );
}

export class EarlyAvailabilityMismatch extends Error {}
