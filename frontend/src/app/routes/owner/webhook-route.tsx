import { type LoaderFunctionArgs, Link as RouterLink, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { PageHeader } from '../../../components/ui/page-header';
import { paths } from '../../../config/paths';
import { useMe } from '../../../features/auth/api/get-me';
import {
  getDeliveriesQueryOptions,
  getWebhookQueryOptions,
  useWebhook,
} from '../../../features/webhooks/api/webhooks';
import { WebhookDetail } from '../../../features/webhooks/components/webhook-detail';
import { describeError } from '../../../lib/api-error';
import { detectTimeZone } from '../../../lib/time-zones';
import type { RouteContext } from '../../route-context';

export function createLoader({ api, queryClient }: RouteContext) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    await Promise.all([
      queryClient.prefetchQuery(getWebhookQueryOptions(api, id)),
      queryClient.prefetchInfiniteQuery(getDeliveriesQueryOptions(api, id)),
    ]);
    return null;
  };
}

export function Component() {
  const { id = '' } = useParams();
  const me = useMe();
  const webhook = useWebhook(id);
  const back = <RouterLink to={paths.webhooks}>Back to webhooks</RouterLink>;
  if (webhook.isPending) return <ListSkeleton label="Loading the endpoint…" rows={2} rowHeight="18rem" />;
  if (webhook.isError)
    return (
      <>
        <PageHeader title="Webhook endpoint" actions={back} />
        <Alert tone="error" title="This endpoint could not be opened">
          <p>{describeError(webhook.error)}</p>
        </Alert>
      </>
    );
  return (
    <>
      <PageHeader
        title="Webhook endpoint"
        description={<span className="webhook-card__url">{webhook.data.url}</span>}
        actions={back}
      />
      <WebhookDetail webhook={webhook.data} timeZone={me.data?.timeZone ?? detectTimeZone()} />
    </>
  );
}
