import { lazy, Suspense } from 'react';
import { OwnerSkeleton, PublicPageSkeleton } from './route-skeleton';

/**
 * Two applications behind one entry. A visitor of a booking page downloads React, the API client and the
 * public page only; the owner dashboard (React Router's data router, every owner screen) is another chunk.
 */
const PublicApp = lazy(() => import('./public/public-app').then((module) => ({ default: module.PublicApp })));
const OwnerApp = lazy(() => import('./owner/owner-app').then((module) => ({ default: module.OwnerApp })));

const PUBLIC_PATH = /^\/public\/bookings\/([^/]+)\/?$/;

/** The booking token of a public page URL, or null for any other path. */
export function readPublicToken(pathname: string): string | null {
  const match = PUBLIC_PATH.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export function Root({ pathname }: { pathname: string }) {
  const publicToken = readPublicToken(pathname);
  if (publicToken !== null) {
    return (
      <Suspense fallback={<PublicPageSkeleton />}>
        <PublicApp token={publicToken} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<OwnerSkeleton />}>
      <OwnerApp />
    </Suspense>
  );
}
