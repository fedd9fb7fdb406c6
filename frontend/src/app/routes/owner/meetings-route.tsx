import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';

export function Component() {
  return (
    <>
      <PageHeader title="Bookings" />
      <EmptyState title="No bookings yet">
        <p>Meetings people book through your links are listed here, with a week view of what is coming up.</p>
      </EmptyState>
    </>
  );
}
