import { type LoaderFunctionArgs, useParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { getLinkQueryOptions, useLink } from '../../../features/links/api/get-link';
import { LinkEditor } from '../../../features/links/components/link-editor';
import { draftFromLink } from '../../../features/links/model/link-draft';
import { getTemplatesQueryOptions } from '../../../features/templates/api/templates';
import type { RouteContext } from '../../route-context';
import { useTemplateChoices } from './use-template-choices';

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
  const templates = useTemplateChoices();
  if (!link.data) return <ListSkeleton label="Loading the link…" rows={1} rowHeight="24rem" />;
  return (
    <>
      <PageHeader title={`Edit “${link.data.title}”`} />
      <LinkEditor
        templates={templates.choices}
        templatesFailed={templates.hasFailed}
        linkId={id}
        initialDraft={draftFromLink(link.data)}
      />
    </>
  );
}
