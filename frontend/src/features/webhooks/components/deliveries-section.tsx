import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { LoadMore } from '../../../components/ui/load-more';
import { describeError, isApiError } from '../../../lib/api-error';
import { useDeliveries, useRedeliverWebhook, useTestWebhook, type Webhook } from '../api/webhooks';
import { eventLabel } from '../model/webhook-events';
import { DeliveriesTable } from './deliveries-table';

/** A first attempt lands within a second or two; the log is asked again this often, for this long, meanwhile. */
const POLL_EVERY_MS = 1000;
const POLL_FOR_MS = 30_000;

export function describeTestError(error: unknown): string {
  if (isApiError(error) && error.code === 'webhook_disabled')
    return 'This endpoint is switched off. Switch it on to send a test ping.';
  return describeError(error);
}

/** The endpoint's delivery log with the test ping and redeliver actions, which both add to it. */
export function DeliveriesSection({ webhook, timeZone }: { webhook: Webhook; timeZone: string }) {
  const test = useTestWebhook();
  const redeliver = useRedeliverWebhook();
  const [waitingSince, setWaitingSince] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const isWaiting = waitingSince !== null && Date.now() - waitingSince < POLL_FOR_MS;
  const deliveries = useDeliveries(webhook.id, isWaiting ? POLL_EVERY_MS : false);

  function sendTest() {
    setNotice(null);
    redeliver.reset();
    test.mutate(webhook.id, {
      onSuccess: () => {
        setWaitingSince(Date.now());
        setNotice('Test ping sent. Its delivery is at the top of the list below.');
      },
    });
  }

  let body = null;
  if (deliveries.isPending) body = <ListSkeleton label="Loading deliveries…" rowHeight="3rem" />;
  else if (deliveries.isError)
    body = (
      <Alert tone="error" title="Deliveries could not be loaded">
        <p>{describeError(deliveries.error)}</p>
        <Button variant="secondary" onClick={() => deliveries.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  else {
    const items = deliveries.data.pages.flatMap((page) => page.items);
    body =
      items.length === 0 ? (
        <p className="muted">Nothing sent yet. Send a test ping to see a delivery here.</p>
      ) : (
        <>
          <DeliveriesTable
            deliveries={items}
            timeZone={timeZone}
            redeliveringId={redeliver.isPending ? (redeliver.variables?.deliveryId ?? null) : null}
            onRedeliver={(delivery) => {
              setNotice(null);
              test.reset();
              redeliver.mutate(
                { id: webhook.id, deliveryId: delivery.id },
                {
                  onSuccess: () => {
                    setWaitingSince(Date.now());
                    setNotice(`${eventLabel(delivery.event)} is being sent again.`);
                  },
                },
              );
            }}
          />
          <LoadMore
            hasMore={deliveries.hasNextPage}
            isLoading={deliveries.isFetchingNextPage}
            onLoad={() => deliveries.fetchNextPage()}
            label="Load more deliveries"
          />
        </>
      );
  }

  return (
    <section className="card stack" aria-labelledby="webhook-deliveries-title">
      <div className="link-card__head">
        <h2 id="webhook-deliveries-title">Deliveries</h2>
        <div className="row">
          <Button variant="secondary" onClick={sendTest} isBusy={test.isPending}>
            Send test ping
          </Button>
          <Button variant="ghost" onClick={() => deliveries.refetch()}>
            Refresh
          </Button>
        </div>
      </div>
      <div aria-live="polite" className="live-slot">
        {notice ? <p className="notice">{notice}</p> : null}
      </div>
      {test.isError ? <Alert tone="error">{describeTestError(test.error)}</Alert> : null}
      {redeliver.isError ? <Alert tone="error">{describeError(redeliver.error)}</Alert> : null}
      {body}
    </section>
  );
}
