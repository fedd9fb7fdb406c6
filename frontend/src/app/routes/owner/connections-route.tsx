import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header';
import { getConnectionsQueryOptions } from '../../../features/connections/api/connections';
import { ConnectionsPanel } from '../../../features/connections/components/connections-panel';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async () => {
    await queryClient.prefetchQuery(getConnectionsQueryOptions(api));
    return null;
  };
}

export function Component() {
  const [search] = useSearchParams();
  return (
    <>
      <PageHeader
        title="Connections"
        description="Calendars whose busy times block slots, and where new bookings are added."
      />
      <ConnectionsPanel outcome={{ connected: search.get('connected'), error: search.get('error') }} />
    </>
  );
}
