import { EmptyState } from '../../../components/ui/empty-state';
import { PageHeader } from '../../../components/ui/page-header';

export function Component() {
  return (
    <>
      <PageHeader title="Connections" />
      <EmptyState title="No calendar connected">
        <p>Connect Google or Microsoft so busy times block slots and new bookings land in your calendar.</p>
      </EmptyState>
    </>
  );
}
