import { useState } from 'react';
import { createBrowserApiClient } from '../../lib/api-client-context';
import { AppProviders } from '../app-providers';
import { createAppQueryClient } from '../create-query-client';
import { PublicBookingRoute } from '../routes/public/public-booking-route';

/** The recipient's application: one page, no sign-in, no router (its size is budgeted). */
export function PublicApp({ token }: { token: string }) {
  const [api] = useState(() => createBrowserApiClient());
  const [queryClient] = useState(() => createAppQueryClient());
  return (
    <AppProviders api={api} queryClient={queryClient}>
      <PublicBookingRoute token={token} />
    </AppProviders>
  );
}
