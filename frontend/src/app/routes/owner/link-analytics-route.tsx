import { type LoaderFunctionArgs, Link as RouterLink, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { paths } from '../../../config/paths';
import { getLinkAnalyticsQueryOptions } from '../../../features/analytics/api/get-link-analytics';
import { LinkAnalyticsPanel } from '../../../features/analytics/components/link-analytics-panel';
import { readAnalyticsRange } from '../../../features/analytics/model/analytics-range';
import { getLinkQueryOptions, useLink } from '../../../features/links/api/get-link';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    const range = readAnalyticsRange(new URL(request.url).searchParams);
    await Promise.all([
      queryClient.ensureQueryData(getLinkQueryOptions(api, id)),
      queryClient.prefetchQuery(getLinkAnalyticsQueryOptions(api, id, range)),
    ]);
    return null;
  };
}

export function Component() {
  const { id = '' } = useParams();
  const link = useLink(id);
  return (
    <>
      <PageHeader
        title={link.data ? `Analytics: ${link.data.title}` : 'Analytics'}
        description="How many people opened the booking page, and how many booked."
        actions={<RouterLink to={paths.links}>Back to your links</RouterLink>}
      />
      <LinkAnalyticsPanel linkId={id} />
    </>
  );
}
