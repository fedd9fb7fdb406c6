import { lazy, Suspense } from 'react';
import { ManagePageSkeleton, OwnerSkeleton, PublicPageSkeleton } from './route-skeleton';

/**
 * Three applications behind one entry. A visitor of a booking page downloads React, the API client and the
 * public page only; an attendee managing a booking, the manage page only; the owner dashboard (React Router's
 * data router, every owner screen) is another chunk.
 */
const PublicApp = lazy(() => import('./public/public-app').then((module) => ({ default: module.PublicApp })));
const ManageApp = lazy(() => import('./public/manage-app').then((module) => ({ default: module.ManageApp })));
const OwnerApp = lazy(() => import('./owner/owner-app').then((module) => ({ default: module.OwnerApp })));

const PUBLIC_PATH = /^\/public\/bookings\/([^/]+)\/?$/;
const MANAGE_PATH = /^\/public\/bookings\/manage\/([^/]+)\/?$/;

function readToken(pattern: RegExp, pathname: string): string | null {
  const match = pattern.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** The booking token of a public page URL, or null for any other path. */
export function readPublicToken(pathname: string): string | null {
  return readToken(PUBLIC_PATH, pathname);
}

/** The manage token of an attendee's "reschedule or cancel" URL, or null for any other path. */
export function readManageToken(pathname: string): string | null {
  return readToken(MANAGE_PATH, pathname);
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
  const manageToken = readManageToken(pathname);
  if (manageToken !== null) {
    return (
      <Suspense fallback={<ManagePageSkeleton />}>
        <ManageApp token={manageToken} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<OwnerSkeleton />}>
      <OwnerApp />
    </Suspense>
  );
}
