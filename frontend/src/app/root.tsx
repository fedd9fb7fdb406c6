import { lazy, StrictMode, Suspense, startTransition } from 'react';
import type { Root as ReactRoot } from 'react-dom/client';
import { ManagePageSkeleton, OwnerSkeleton } from './route-skeleton';

/**
 * Three applications behind one entry. A visitor of a booking page downloads React, the API client and the
 * public page only; an attendee managing a booking, the manage page only; the owner dashboard (React Router's
 * data router, every owner screen) is another chunk.
 */
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

/** The manage page or the owner's app; a booking page is rendered by renderBookingPage. */
export function Root({ pathname }: { pathname: string }) {
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

/**
 * A booking page renders once it has what it shows: its code, its link and its first free times. Until then the
 * outline the server wrote into the page (its header included) stays on screen, rather than a skeleton that would
 * hide the header and paint it again; the render is a transition, so React splits it into short tasks and a slow
 * phone keeps answering while the card is built.
 */
export async function renderBookingPage(root: ReactRoot, token: string): Promise<void> {
  const { PublicApp, preparePublicApp } = await import('./public/public-app');
  await preparePublicApp(token);
  startTransition(() =>
    root.render(
      <StrictMode>
        <PublicApp token={token} />
      </StrictMode>,
    ),
  );
}
