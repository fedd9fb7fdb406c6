import { PageHeader } from '../../../components/ui/page-header';
import { getWebhooksQueryOptions } from '../../../features/webhooks/api/webhooks';
import { WebhooksPanel } from '../../../features/webhooks/components/webhooks-panel';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async () => {
    await queryClient.prefetchQuery(getWebhooksQueryOptions(api));
    return null;
  };
}

export function Component() {
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Other services are told of new, moved and cancelled bookings and of link changes, in signed requests."
      />
      <WebhooksPanel />
    </>
  );
}
