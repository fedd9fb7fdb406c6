import { createBrowserRouter, type RouteObject, redirect } from 'react-router';
import { paths } from '../../config/paths';
import type { RouteContext } from '../route-context';
import { NotFoundRoute, RouteErrorBoundary } from '../route-error';
import { OwnerSkeleton } from '../route-skeleton';

/**
 * The owner side of the SPA. Every screen's code is its own chunk; route modules export `Component` and,
 * when they prefetch, `createLoader(context)`. The public booking page is not here: see app/root.tsx.
 */
export function createAppRoutes(context: RouteContext): RouteObject[] {
  return [
    {
      id: 'root',
      HydrateFallback: OwnerSkeleton,
      ErrorBoundary: RouteErrorBoundary,
      children: [
        { path: '/', loader: () => redirect(paths.home) },
        {
          path: paths.signIn,
          lazy: async () => {
            const route = await import('../routes/auth/sign-in-route');
            return { Component: route.Component, loader: route.createLoader(context) };
          },
        },
        {
          path: paths.home,
          lazy: async () => {
            const route = await import('../routes/owner/owner-layout-route');
            return { Component: route.Component, loader: route.createLoader(context) };
          },
          children: [
            {
              index: true,
              lazy: async () => {
                const route = await import('../routes/owner/links-route');
                return { Component: route.Component };
              },
            },
            {
              path: 'dashboard/bookings',
              lazy: async () => {
                const route = await import('../routes/owner/meetings-route');
                return { Component: route.Component };
              },
            },
            {
              path: 'dashboard/templates',
              lazy: async () => {
                const route = await import('../routes/owner/templates-route');
                return { Component: route.Component };
              },
            },
            {
              path: 'dashboard/connections',
              lazy: async () => {
                const route = await import('../routes/owner/connections-route');
                return { Component: route.Component };
              },
            },
          ],
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
  ];
}

export function createAppRouter(context: RouteContext) {
  return createBrowserRouter(createAppRoutes(context));
}
