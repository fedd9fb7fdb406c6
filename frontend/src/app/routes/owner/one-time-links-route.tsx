import { type LoaderFunctionArgs, Link as RouterLink, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/auth/api/get-me';
import { getLinkQueryOptions, useLink } from '../../../features/links/api/get-link';
import { getOneTimeLinksQueryOptions } from '../../../features/one-time-links/api/one-time-links';
import { OneTimeLinkForm } from '../../../features/one-time-links/components/one-time-link-form';
import { OneTimeLinksList } from '../../../features/one-time-links/components/one-time-links-list';
import { detectTimeZone } from '../../../lib/time-zones';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    await Promise.all([
      queryClient.ensureQueryData(getLinkQueryOptions(api, id)),
      queryClient.prefetchInfiniteQuery(getOneTimeLinksQueryOptions(api, id)),
    ]);
    return null;
  };
}

export function Component() {
  const { id = '' } = useParams();
  const link = useLink(id);
  const me = useMe();
  return (
    <>
      <PageHeader
        title="One-time links"
        description={
          link.data ? `For “${link.data.title}”: each works for one recipient and one booking.` : null
        }
        actions={<RouterLink to={paths.links}>Back to your links</RouterLink>}
      />
      {link.data ? (
        <OneTimeLinkForm
          linkId={id}
          linkUrl={link.data.url}
          timeZone={me.data?.timeZone ?? detectTimeZone()}
        />
      ) : null}
      <OneTimeLinksList linkId={id} timeZone={me.data?.timeZone ?? detectTimeZone()} />
    </>
  );
}
