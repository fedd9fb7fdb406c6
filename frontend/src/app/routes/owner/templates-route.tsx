import { Link as RouterLink } from 'react-router';
import { buttonClassName } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { paths } from '../../../config/paths';
import {
  getTemplateLibraryQueryOptions,
  getTemplatesQueryOptions,
} from '../../../features/templates/api/templates';
import { TemplateLibrary } from '../../../features/templates/components/template-library';
import { TemplatesList } from '../../../features/templates/components/templates-list';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async () => {
    await Promise.all([
      queryClient.prefetchQuery(getTemplatesQueryOptions(api)),
      queryClient.prefetchQuery(getTemplateLibraryQueryOptions(api)),
    ]);
    return null;
  };
}

export function Component() {
  return (
    <>
      <PageHeader
        title="Templates"
        description="The questions people answer when they book."
        actions={
          <RouterLink className={buttonClassName('primary')} to={paths.newTemplate}>
            New template
          </RouterLink>
        }
      />
      <TemplatesList />
      <TemplateLibrary />
    </>
  );
}
