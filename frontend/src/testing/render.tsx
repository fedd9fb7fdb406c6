import type { ApiClient } from '@bookings/api-client';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, type DataRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/app-providers';
import { useFollowSession } from '../app/owner/follow-session';
import { createAppRoutes } from '../app/owner/router';
import { saveSession } from '../lib/session';
import { buildProfile } from './factories';
import { createFakeApi, type FakeRoutes } from './fake-api';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export function renderWithProviders(ui: ReactElement, { api }: { api: ApiClient }) {
  const queryClient = createTestQueryClient();
  return {
    queryClient,
    ...render(
      <AppProviders api={api} queryClient={queryClient}>
        {ui}
      </AppProviders>,
    ),
  };
}

function FollowSession({ router, queryClient }: { router: DataRouter; queryClient: QueryClient }) {
  useFollowSession(router, queryClient);
  return null;
}

/** The owner SPA's real route table in memory, starting at `path`, following the session as every tab does. */
export function renderOwnerApp(path: string, { api }: { api: ApiClient }) {
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(createAppRoutes({ api, queryClient }), { initialEntries: [path] });
  const view = render(
    <AppProviders api={api} queryClient={queryClient}>
      <FollowSession router={router} queryClient={queryClient} />
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, queryClient, ...view };
}

/** A signed-in owner (Europe/Berlin) on `path`, the API answering `routes` plus `GET /bookings/me`. */
export function renderSignedInOwnerApp(path: string, routes: FakeRoutes) {
  saveSession({ accessToken: 'valid-token', expiresAt: new Date(Date.now() + 3600_000).toISOString() });
  const fake = createFakeApi({
    'GET /bookings/me': () => ({ status: 200, body: buildProfile() }),
    ...routes,
  });
  return { fake, ...renderOwnerApp(path, { api: fake.client }) };
}
