import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { CenteredCard } from '../components/ui/centered-card';
import { paths } from '../config/paths';
import { describeError } from '../lib/api-error';

export function RouteErrorBoundary() {
  const error = useRouteError();
  const isNotFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <CenteredCard labelledBy="route-error-title">
      <div className="stack">
        <h1 id="route-error-title">{isNotFound ? 'Page not found' : 'Something went wrong'}</h1>
        <p>{isNotFound ? 'There is nothing at this address.' : describeError(error)}</p>
        <p>
          <Link to={paths.home}>Go to your dashboard</Link>
        </p>
      </div>
    </CenteredCard>
  );
}

export function NotFoundRoute() {
  return (
    <CenteredCard labelledBy="not-found-title">
      <div className="stack">
        <h1 id="not-found-title">Page not found</h1>
        <p>There is nothing at this address.</p>
        <p>
          <Link to={paths.home}>Go to your dashboard</Link>
        </p>
      </div>
    </CenteredCard>
  );
}
