import { PageHeader } from '../../../components/ui/page-header';
import { getMeQueryOptions, useMe } from '../../../features/auth/api/get-me';
import { LinkEditor } from '../../../features/links/components/link-editor';
import { createDraft } from '../../../features/links/model/link-draft';
import { getTemplatesQueryOptions } from '../../../features/templates/api/templates';
import { detectTimeZone } from '../../../lib/time-zones';
import type { RouteContext } from '../../route-context';
import { useTemplateChoices } from './use-template-choices';

export function createLoader({ api, queryClient }: RouteContext) {
  return async () => {
    await Promise.all([
      queryClient.ensureQueryData(getMeQueryOptions(api)),
      queryClient.prefetchQuery(getTemplatesQueryOptions(api)),
    ]);
    return null;
  };
}

export function Component() {
  const me = useMe();
  const templates = useTemplateChoices();
  return (
    <>
      <PageHeader title="New booking link" />
      <LinkEditor
        templates={templates.choices}
        templatesFailed={templates.hasFailed}
        linkId={null}
        initialDraft={createDraft(me.data?.timeZone ?? detectTimeZone())}
      />
    </>
  );
}
