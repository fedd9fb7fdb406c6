import { createBrowserApiClient } from '../../lib/api-client-context';
import { AppProviders } from '../app-providers';
import { createAppQueryClient } from '../create-query-client';
import { ManageBookingRoute } from '../routes/public/manage-booking-route';

let manageApp: {
  api: ReturnType<typeof createBrowserApiClient>;
  queryClient: ReturnType<typeof createAppQueryClient>;
} | null = null;

/** The attendee's "reschedule or cancel" page: no sign-in (the token in the URL is the key), no router. */
export function ManageApp({ token }: { token: string }) {
  manageApp ??= { api: createBrowserApiClient(), queryClient: createAppQueryClient() };
  return (
    <AppProviders api={manageApp.api} queryClient={manageApp.queryClient}>
      <ManageBookingRoute token={token} />
    </AppProviders>
  );
}
