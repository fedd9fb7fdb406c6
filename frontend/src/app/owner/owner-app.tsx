import type { ApiClient } from '@bookings/api-client';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { paths } from '../../config/paths';
import { createBrowserApiClient } from '../../lib/api-client-context';
import { clearSession } from '../../lib/session';
import { AppProviders } from '../app-providers';
import { createAppQueryClient } from '../create-query-client';
import { createAppRouter } from './router';

function createOwnerApp(api: ApiClient) {
  let router: ReturnType<typeof createAppRouter> | null = null;
  const queryClient = createAppQueryClient({
    onUnauthorized: () => {
      clearSession();
      queryClient.clear();
      const here = `${window.location.pathname}${window.location.search}`;
      router?.navigate(`${paths.signIn}?next=${encodeURIComponent(here)}`, { replace: true });
    },
  });
  router = createAppRouter({ queryClient, api });
  return { queryClient, router };
}

export function OwnerApp() {
  const [api] = useState(() => createBrowserApiClient());
  const [{ queryClient, router }] = useState(() => createOwnerApp(api));
  return (
    <AppProviders api={api} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
