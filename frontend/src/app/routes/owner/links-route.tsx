import { Link as RouterLink } from 'react-router';
import { buttonClassName } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { paths } from '../../../config/paths';
import { getLinksQueryOptions } from '../../../features/links/api/get-links';
import { LinksList } from '../../../features/links/components/links-list';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async () => {
    // A failed prefetch is shown by the list itself (with a retry), not by the route's error screen.
    await queryClient.prefetchInfiniteQuery(getLinksQueryOptions(api));
    return null;
  };
}

export function Component() {
  return (
    <>
      <PageHeader
        title="Links"
        description="Share a link; people book a time that suits both of you."
        actions={
          <RouterLink className={buttonClassName('primary')} to={paths.newLink}>
            New link
          </RouterLink>
        }
      />
      <LinksList />
    </>
  );
}
