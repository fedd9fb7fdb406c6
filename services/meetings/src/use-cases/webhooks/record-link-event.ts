import type { LinkRecord } from '../../ports/links';
import type { WebhookEventType, WebhookOutbox } from '../../ports/webhooks';
import { type LinkPresenter, presentLink } from '../links/present-link';

/** Queues a link event inside the link's transaction, carrying the link as the owner API presents it. */
export function recordLinkEvent(
  webhooks: WebhookOutbox,
  presenter: LinkPresenter,
  event: { type: Extract<WebhookEventType, `link.${string}`>; link: LinkRecord; at: Date },
): Promise<void> {
  return webhooks.record({
    ownerId: event.link.ownerId,
    type: event.type,
    subjectId: event.link.id,
    data: presentLink(event.link, presenter),
    occurredAt: event.at,
  });
}
