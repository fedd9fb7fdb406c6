import { RouterProvider } from 'react-router';
import { createBrowserApiClient } from '../../lib/api-client-context';
import { clearSession, readAccessToken } from '../../lib/session';
import { AppProviders } from '../app-providers';
import { createAppQueryClient } from '../create-query-client';
import { sendToSignIn, useFollowSession } from './follow-session';
import { createAppRouter } from './router';

function createOwnerApp() {
  const api = createBrowserApiClient(readAccessToken);
  let router: ReturnType<typeof createAppRouter> | null = null;
  const queryClient = createAppQueryClient({
    onUnauthorized: () => {
      clearSession();
      if (router) sendToSignIn(router, queryClient);
    },
  });
  router = createAppRouter({ queryClient, api });
  return { api, queryClient, router };
}

// One router per page load, made outside React: a router starts its loaders as soon as it exists, and
// a render React throws away (a suspended first mount) must not start them twice (sign-in links work once).
let ownerApp: ReturnType<typeof createOwnerApp> | null = null;

export function OwnerApp() {
  ownerApp ??= createOwnerApp();
  const { api, queryClient, router } = ownerApp;
  useFollowSession(router, queryClient);
  return (
    <AppProviders api={api} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
