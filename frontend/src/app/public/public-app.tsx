import { useEffect } from 'react';
import {
  getPublicLinkQueryOptions,
  linkAvailabilitySource,
} from '../../features/public-booking/api/public-booking';
import { firstWindowQueryOptions } from '../../features/public-booking/model/use-booking-window';
import { createBrowserApiClient } from '../../lib/api-client-context';
import { isEmbedded, reportHeightToParent } from '../../lib/embed';
import { AppProviders } from '../app-providers';
import { createAppQueryClient } from '../create-query-client';
import { PublicBookingRoute } from '../routes/public/public-booking-route';

let publicApp: {
  api: ReturnType<typeof createBrowserApiClient>;
  queryClient: ReturnType<typeof createAppQueryClient>;
} | null = null;

function publicAppOf() {
  publicApp ??= { api: createBrowserApiClient(), queryClient: createAppQueryClient() };
  return publicApp;
}

/**
 * Loads what the page's first render shows: the link, then its first free times (both already asked for by
 * index.html). That render is then the finished card, instead of a skeleton and two renders more. A failure is
 * left in the cache for the page to show (and retry) as it would have.
 */
export async function preparePublicApp(token: string): Promise<void> {
  const { api, queryClient } = publicAppOf();
  const link = await queryClient.fetchQuery(getPublicLinkQueryOptions(api, token)).catch(() => null);
  if (!link) return;
  await queryClient.prefetchQuery(
    firstWindowQueryOptions(linkAvailabilitySource(api, token), { defaultDuration: link.defaultDuration }),
  );
}

/** The recipient's application: one page, no sign-in, no router (its size is budgeted). */
export function PublicApp({ token }: { token: string }) {
  const { api, queryClient } = publicAppOf();
  useEffect(() => {
    // Framed by the embed snippet: keep the iframe exactly as tall as the page.
    const root = document.getElementById('root');
    return isEmbedded() && root ? reportHeightToParent(root) : undefined;
  }, []);
  return (
    <AppProviders api={api} queryClient={queryClient}>
      <PublicBookingRoute token={token} />
    </AppProviders>
  );
}
