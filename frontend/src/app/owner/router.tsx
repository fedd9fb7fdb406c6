import type { ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunction, type RouteObject, redirect } from 'react-router';
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
            { index: true, lazy: () => loadRoute(import('../routes/owner/links-route'), context) },
            {
              path: 'dashboard/links/new',
              lazy: () => loadRoute(import('../routes/owner/new-link-route'), context),
            },
            {
              path: 'dashboard/links/:id/edit',
              lazy: () => loadRoute(import('../routes/owner/edit-link-route'), context),
            },
            {
              path: 'dashboard/links/:id/one-time',
              lazy: () => loadRoute(import('../routes/owner/one-time-links-route'), context),
            },
            {
              path: 'dashboard/links/:id/analytics',
              lazy: () => loadRoute(import('../routes/owner/link-analytics-route'), context),
            },
            {
              path: 'dashboard/bookings',
              lazy: () => loadRoute(import('../routes/owner/meetings-route'), context),
            },
            {
              path: 'meetings/:id',
              lazy: () => loadRoute(import('../routes/owner/meeting-route'), context),
            },
            {
              path: 'dashboard/templates',
              lazy: () => loadRoute(import('../routes/owner/templates-route'), context),
            },
            {
              path: 'dashboard/templates/new',
              lazy: () => loadRoute(import('../routes/owner/template-editor-route'), context),
            },
            {
              path: 'dashboard/templates/:id/edit',
              lazy: () => loadRoute(import('../routes/owner/template-editor-route'), context),
            },
            {
              path: 'dashboard/profile',
              lazy: () => loadRoute(import('../routes/owner/profile-route'), context),
            },
            {
              path: 'dashboard/connections',
              lazy: () => loadRoute(import('../routes/owner/connections-route'), context),
            },
            {
              path: 'dashboard/webhooks',
              lazy: () => loadRoute(import('../routes/owner/webhooks-route'), context),
            },
            {
              path: 'dashboard/webhooks/:id',
              lazy: () => loadRoute(import('../routes/owner/webhook-route'), context),
            },
          ],
        },
        { path: '*', Component: NotFoundRoute },
      ],
    },
  ];
}

interface OwnerRouteModule {
  Component: ComponentType;
  createLoader?: (context: RouteContext) => LoaderFunction;
}

async function loadRoute(modulePromise: Promise<OwnerRouteModule>, context: RouteContext) {
  const route = await modulePromise;
  return route.createLoader
    ? { Component: route.Component, loader: route.createLoader(context) }
    : { Component: route.Component };
}

export function createAppRouter(context: RouteContext) {
  return createBrowserRouter(createAppRoutes(context));
}
