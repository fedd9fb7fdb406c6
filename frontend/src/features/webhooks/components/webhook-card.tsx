import { Link as RouterLink } from 'react-router';
import { Button, buttonClassName } from '../../../components/ui/button';
import { StatusBadge } from '../../../components/ui/status-badge';
import { paths } from '../../../config/paths';
import type { Webhook } from '../api/webhooks';
import { webhookState } from '../model/describe-delivery';
import { describeEvents } from '../model/webhook-events';

export interface WebhookCardProps {
  webhook: Webhook;
  onToggle: (webhook: Webhook) => void;
  onDelete: (webhook: Webhook) => void;
}

/** One endpoint: where it points, what it receives, whether it is on, and the way to its settings and log. */
export function WebhookCard({ webhook, onToggle, onDelete }: WebhookCardProps) {
  const titleId = `webhook-${webhook.id}-title`;
  const state = webhookState(webhook);
  return (
    <article className="card link-card" aria-labelledby={titleId}>
      <div className="link-card__head">
        <h3 id={titleId} className="link-card__title webhook-card__url">
          {webhook.url}
        </h3>
        <StatusBadge tone={state.tone}>{state.label}</StatusBadge>
      </div>
      {webhook.description ? <p>{webhook.description}</p> : null}
      <p className="muted">Events: {describeEvents(webhook.events)}</p>
      {state.reason ? <p className="muted">{state.reason}</p> : null}
      <div className="link-card__actions">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={webhook.enabled}
            aria-checked={webhook.enabled}
            onChange={() => onToggle(webhook)}
            aria-label={`${webhook.url} receives events`}
          />
          <span aria-hidden="true">Receives events</span>
        </label>
        <RouterLink
          className={buttonClassName('secondary')}
          to={paths.webhook(webhook.id)}
          aria-label={`Settings and deliveries of ${webhook.url}`}
        >
          Settings and deliveries
        </RouterLink>
        <Button variant="danger" onClick={() => onDelete(webhook)} aria-label={`Delete ${webhook.url}`}>
          Delete
        </Button>
      </div>
    </article>
  );
}
