import { ApiError } from '../../../lib/api-error';
import type { PublicLink } from './public-booking';

interface EarlyLinkRequest {
  token: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __bookingsEarlyLink?: EarlyLinkRequest;
  }
}

/**
 * index.html starts `GET /bookings/public/{token}` before any of the app's code has loaded, so the page
 * renders one round trip sooner. Taken at most once (it is also the page view); null when there is none for
 * this token or the API lives on another origin.
 */
export function takeEarlyPublicLink(token: string, apiBaseUrl: string): Promise<PublicLink> | null {
  const early = window.__bookingsEarlyLink;
  if (!early || apiBaseUrl !== window.location.origin || decodeURIComponent(early.token) !== token)
    return null;
  window.__bookingsEarlyLink = undefined;
  return early.response.then(async (response) => {
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw ApiError.fromResponse(body, response);
    return body as PublicLink;
  });
}
