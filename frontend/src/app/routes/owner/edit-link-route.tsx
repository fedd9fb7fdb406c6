import { type LoaderFunctionArgs, useParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { getLinkQueryOptions, useLink } from '../../../features/links/api/get-link';
import { LinkEditor } from '../../../features/links/components/link-editor';
import { draftFromLink } from '../../../features/links/model/link-draft';
import { getTemplatesQueryOptions } from '../../../features/templates/api/templates';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async ({ params }: LoaderFunctionArgs) => {
    await Promise.all([
      queryClient.ensureQueryData(getLinkQueryOptions(api, params.id ?? '')),
      queryClient.prefetchQuery(getTemplatesQueryOptions(api)),
    ]);
    return null;
  };
}

export function Component() {
  const { id = '' } = useParams();
  const link = useLink(id);
  if (!link.data) return <ListSkeleton label="Loading the link…" rows={1} rowHeight="24rem" />;
  return (
    <>
      <PageHeader title={`Edit “${link.data.title}”`} />
      <LinkEditor linkId={id} initialDraft={draftFromLink(link.data)} />
    </>
  );
}
