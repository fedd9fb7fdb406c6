import { Button } from '../../../components/ui/button';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatDateTime } from '../../../lib/format-time';
import type { WebhookDelivery } from '../api/webhooks';
import { canRedeliver, deliveryStatus } from '../model/describe-delivery';
import { eventLabel } from '../model/webhook-events';

export interface DeliveriesTableProps {
  deliveries: WebhookDelivery[];
  timeZone: string;
  /** The delivery being sent again, if any: its button shows it is busy. */
  redeliveringId: string | null;
  onRedeliver: (delivery: WebhookDelivery) => void;
}

/** One row per delivery, newest first: what was sent, how it went, and what happens next. */
export function DeliveriesTable({ deliveries, timeZone, redeliveringId, onRedeliver }: DeliveriesTableProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways on a phone must be reachable by keyboard
    <section className="table-scroll" aria-labelledby="deliveries-caption" tabIndex={0}>
      <table className="deliveries-table">
        <caption id="deliveries-caption" className="visually-hidden">
          Deliveries, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last HTTP status</th>
            <th scope="col">Last error</th>
            <th scope="col">Next try</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => {
            const status = deliveryStatus(delivery);
            const created = formatDateTime(delivery.createdAt, timeZone);
            return (
              <tr key={delivery.id}>
                <th scope="row">
                  {eventLabel(delivery.event)}
                  <span className="muted deliveries-table__when">{created}</span>
                </th>
                <td>
                  <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
                </td>
                <td>{delivery.attempts}</td>
                <td>{delivery.lastStatus ?? '—'}</td>
                <td className="deliveries-table__error">{delivery.lastError ?? '—'}</td>
                <td>{delivery.nextAttemptAt ? formatDateTime(delivery.nextAttemptAt, timeZone) : '—'}</td>
                <td>
                  {canRedeliver(delivery) ? (
                    <Button
                      variant="secondary"
                      isBusy={redeliveringId === delivery.id}
                      onClick={() => onRedeliver(delivery)}
                      aria-label={`Redeliver ${eventLabel(delivery.event)} of ${created}`}
                    >
                      Redeliver
                    </Button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
