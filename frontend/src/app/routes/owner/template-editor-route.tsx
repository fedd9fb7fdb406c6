import { type LoaderFunctionArgs, useParams } from 'react-router';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { getTemplateQueryOptions, useTemplate } from '../../../features/templates/api/templates';
import { TemplateEditor } from '../../../features/templates/components/template-editor';
import { createTemplateDraft, draftFromTemplate } from '../../../features/templates/model/template-draft';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async ({ params }: LoaderFunctionArgs) => {
    if (params.id) await queryClient.ensureQueryData(getTemplateQueryOptions(api, params.id));
    return null;
  };
}

export function Component() {
  const { id } = useParams();
  if (!id) {
    return (
      <>
        <PageHeader title="New template" />
        <TemplateEditor templateId={null} initialDraft={createTemplateDraft()} />
      </>
    );
  }
  return <EditTemplate id={id} />;
}

function EditTemplate({ id }: { id: string }) {
  const template = useTemplate(id);
  if (!template.data) return <ListSkeleton label="Loading the template…" rows={1} rowHeight="24rem" />;
  return (
    <>
      <PageHeader title={`Edit “${template.data.name}”`} />
      <TemplateEditor templateId={id} initialDraft={draftFromTemplate(template.data)} />
    </>
  );
}
