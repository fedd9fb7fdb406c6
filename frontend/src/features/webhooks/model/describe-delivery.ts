import type { BadgeTone } from '../../../components/ui/status-badge';
import type { Webhook, WebhookDelivery } from '../api/webhooks';

const STATUS: Record<WebhookDelivery['status'], { label: string; tone: BadgeTone }> = {
  pending: { label: 'Pending', tone: 'info' },
  delivered: { label: 'Delivered', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

export function deliveryStatus(delivery: WebhookDelivery) {
  return STATUS[delivery.status];
}

/** Only a finished delivery can be sent again; a pending one is still being retried. */
export function canRedeliver(delivery: WebhookDelivery): boolean {
  return delivery.status !== 'pending';
}

/** The endpoint's state in words, including why the service switched it off. */
export function webhookState(webhook: Webhook): { label: string; tone: BadgeTone; reason: string | null } {
  if (webhook.enabled) return { label: 'Enabled', tone: 'success', reason: null };
  if (webhook.disabledReason === 'gone')
    return {
      label: 'Disabled',
      tone: 'warning',
      reason: 'Switched off because the endpoint answered 410 Gone.',
    };
  if (webhook.disabledReason === 'failing')
    return {
      label: 'Disabled',
      tone: 'warning',
      reason: 'Switched off after three days of failed deliveries.',
    };
  return { label: 'Disabled', tone: 'neutral', reason: null };
}
