import { useEffect } from 'react';
import { createBrowserApiClient } from '../../lib/api-client-context';
import { isEmbedded, reportHeightToParent } from '../../lib/embed';
import { AppProviders } from '../app-providers';
import { createAppQueryClient } from '../create-query-client';
import { PublicBookingRoute } from '../routes/public/public-booking-route';

let publicApp: {
  api: ReturnType<typeof createBrowserApiClient>;
  queryClient: ReturnType<typeof createAppQueryClient>;
} | null = null;

/** The recipient's application: one page, no sign-in, no router (its size is budgeted). */
export function PublicApp({ token }: { token: string }) {
  publicApp ??= { api: createBrowserApiClient(), queryClient: createAppQueryClient() };
  useEffect(() => {
    // Framed by the embed snippet: keep the iframe exactly as tall as the page.
    const root = document.getElementById('root');
    return isEmbedded() && root ? reportHeightToParent(root) : undefined;
  }, []);
  return (
    <AppProviders api={publicApp.api} queryClient={publicApp.queryClient}>
      <PublicBookingRoute token={token} />
    </AppProviders>
  );
}
