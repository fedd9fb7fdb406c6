import { type LoaderFunctionArgs, redirect, useLoaderData } from 'react-router';
import { safeReturnPath } from '../../../config/paths';
import { signInWithToken } from '../../../features/auth/api/verify-sign-in';
import { SignInScreen } from '../../../features/auth/components/sign-in-screen';
import { isApiError } from '../../../lib/api-error';
import { readSession } from '../../../lib/session';
import type { RouteContext } from '../../route-context';

interface SignInLoaderData {
  linkProblem: string | null;
}

/** `/bookings/sign-in?token=` is the emailed link: verify it, keep the session, go on to the dashboard. */
export function createLoader({ api, queryClient }: RouteContext) {
  return async ({ request }: LoaderFunctionArgs): Promise<SignInLoaderData | Response> => {
    const url = new URL(request.url);
    const token = url.searchParams.get('token');
    const next = safeReturnPath(url.searchParams.get('next'));
    if (!token) {
      if (readSession()) return redirect(next);
      return { linkProblem: null };
    }
    try {
      await signInWithToken(api, queryClient, token);
      return redirect(next);
    } catch (error) {
      if (isApiError(error) && (error.status === 401 || error.status === 400)) {
        return { linkProblem: 'This sign-in link has expired or was already used. Ask for a new one below.' };
      }
      return { linkProblem: 'We could not sign you in just now. Please try again.' };
    }
  };
}

export function Component() {
  const { linkProblem } = useLoaderData<SignInLoaderData>();
  return <SignInScreen linkProblem={linkProblem} />;
}
