import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';

export function Component() {
  return (
    <>
      <PageHeader title="Links" />
      <EmptyState title="Your booking links">
        <p>Create a link, share its address, and people book a time with you.</p>
      </EmptyState>
    </>
  );
}
