import { type LoaderFunctionArgs, redirect } from 'react-router';
import { paths } from '../../../config/paths';
import { getMeQueryOptions } from '../../../features/auth/api/get-me';
import { isApiError } from '../../../lib/api-error';
import { clearSession, readSession } from '../../../lib/session';
import type { RouteContext } from '../../route-context';
import { OwnerShell } from './owner-shell';
import './owner.css';

/** The guard for every owner screen: no session (or a rejected one) goes to sign-in and comes back after. */
export function createLoader({ api, queryClient }: RouteContext) {
  return async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    const signInUrl = `${paths.signIn}?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`;
    if (!readSession()) throw redirect(signInUrl);
    try {
      await queryClient.ensureQueryData(getMeQueryOptions(api));
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        clearSession();
        queryClient.clear();
        throw redirect(signInUrl);
      }
      throw error;
    }
    return null;
  };
}

export function Component() {
  return <OwnerShell />;
}
