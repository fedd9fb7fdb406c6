import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';

export function Component() {
  return (
    <>
      <PageHeader title="Templates" />
      <EmptyState title="No templates yet">
        <p>
          Templates hold the questions people answer when they book. Start from the library or write your own.
        </p>
      </EmptyState>
    </>
  );
}
