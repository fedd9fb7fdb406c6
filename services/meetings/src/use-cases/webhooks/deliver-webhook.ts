import { type EmailPort, webhookDisabledEmail } from '@bookings/email';
import { FAILING_ENDPOINT_DISABLE_AFTER_MS, retryDelaySeconds } from '../../domain/webhooks/retry-schedule';
import { signWebhook } from '../../domain/webhooks/signature';
import type { Clock } from '../../ports/clock';
import type { OwnersRepository } from '../../ports/owners';
import type { Sealer } from '../../ports/secrets';
import type { WebhookSender } from '../../ports/webhook-delivery';
import type {
  WebhookDeliveriesRepository,
  WebhookDisabledReason,
  WebhookEndpointRecord,
  WebhookEndpointsRepository,
} from '../../ports/webhooks';

export interface DeliverWebhookDeps {
  deliveries: Pick<WebhookDeliveriesRepository, 'find' | 'recordDelivered' | 'recordFailed' | 'markEnqueued'>;
  endpoints: Pick<WebhookEndpointsRepository, 'find' | 'recordSuccess' | 'recordFailure' | 'disable'>;
  owners: Pick<OwnersRepository, 'findById'>;
  sender: WebhookSender;
  sealer: Pick<Sealer, 'unseal'>;
  email: EmailPort;
  clock: Clock;
  /** First delay after a failed attempt; it triples on each further failure. */
  retryBaseSeconds: number;
  /** Where the owner turns a disabled endpoint back on (linked from the email). */
  webhooksPageUrl: string;
  onEmailError: (error: unknown, endpointId: string) => void;
}

/** What became of one attempt. `retry` carries the delay before the next one. */
export type WebhookAttemptOutcome =
  | { kind: 'delivered' }
  | { kind: 'failed' }
  | { kind: 'retry'; delaySeconds: number; attempt: number }
  /** Nothing was sent: the job was stale (a duplicate, a finished delivery) or the endpoint is switched off. */
  | { kind: 'skipped' };

const isSuccess = (status: number) => status >= 200 && status < 300;

/**
 * One attempt of one delivery: sign with the endpoint's secrets (the previous one too while it still
 * signs), send, and record the result on the delivery row, which schedules the next attempt. A job for an
 * attempt the row has moved past sends nothing, so a job handed over twice sends once.
 */
export function makeDeliverWebhook(deps: DeliverWebhookDeps) {
  return async function deliverWebhook(deliveryId: string, attempt: number): Promise<WebhookAttemptOutcome> {
    const delivery = await deps.deliveries.find(deliveryId);
    if (!delivery || delivery.status !== 'pending' || delivery.attempts !== attempt)
      return { kind: 'skipped' };
    const endpoint = await deps.endpoints.find(delivery.endpointId);
    if (!endpoint) return { kind: 'skipped' };
    if (!endpoint.enabled) {
      // It waits for the endpoint to be turned on: the relay hands it over again then.
      await deps.deliveries.markEnqueued([delivery.id], null);
      return { kind: 'skipped' };
    }
    const sentAt = deps.clock.now();
    const headers = signWebhook({
      id: delivery.messageId,
      timestamp: sentAt,
      body: delivery.body,
      secrets: signingSecrets(endpoint, sentAt).map((sealed) => deps.sealer.unseal(sealed)),
    });
    const response = await deps.sender.send({
      url: endpoint.url,
      headers: { 'content-type': 'application/json', 'user-agent': 'Bookings-Webhooks/1', ...headers },
      body: delivery.body,
    });
    const at = deps.clock.now();
    if (response.kind === 'answered' && isSuccess(response.status)) {
      await deps.deliveries.recordDelivered(delivery.id, attempt, {
        at,
        status: response.status,
        error: null,
        responseBody: response.body,
      });
      if (endpoint.failingSince) await deps.endpoints.recordSuccess(endpoint.id);
      return { kind: 'delivered' };
    }

    const result =
      response.kind === 'answered'
        ? { at, status: response.status, error: `HTTP ${response.status}`, responseBody: response.body }
        : { at, status: null, error: response.error, responseBody: null };
    const gone = response.kind === 'answered' && response.status === 410;
    const failed = attempt + 1;
    const lastOfRound = gone || failed >= delivery.giveUpAfter;
    const delaySeconds = retryDelaySeconds(failed, deps.retryBaseSeconds);
    const recorded = await deps.deliveries.recordFailed(
      delivery.id,
      attempt,
      result,
      lastOfRound ? null : new Date(at.getTime() + delaySeconds * 1000),
    );
    if (gone) await disable(endpoint, 'gone', at);
    else {
      const failingSince = await deps.endpoints.recordFailure(endpoint.id, at);
      if (at.getTime() - failingSince.getTime() >= FAILING_ENDPOINT_DISABLE_AFTER_MS)
        await disable(endpoint, 'failing', at);
    }
    if (!recorded || lastOfRound) return recorded ? { kind: 'failed' } : { kind: 'skipped' };
    return { kind: 'retry', delaySeconds, attempt: failed };
  };

  async function disable(endpoint: WebhookEndpointRecord, reason: WebhookDisabledReason, at: Date) {
    // Only the attempt that switches it off tells the owner: one email, however many deliveries fail.
    if (!(await deps.endpoints.disable(endpoint.id, reason, at))) return;
    const owner = await deps.owners.findById(endpoint.ownerId);
    if (!owner) return;
    try {
      await deps.email.send(
        webhookDisabledEmail({
          to: { email: owner.email, name: owner.name },
          endpointUrl: endpoint.url,
          reason:
            reason === 'gone'
              ? 'It answered 410 Gone, which says it no longer wants our events.'
              : 'Every attempt to reach it has failed for three days.',
          manageUrl: deps.webhooksPageUrl,
        }),
      );
    } catch (error) {
      deps.onEmailError(error, endpoint.id);
    }
  }
}

/** The current secret, and the one before a rotation while it still signs. */
function signingSecrets(endpoint: WebhookEndpointRecord, now: Date): string[] {
  const previous =
    endpoint.previousSecretSealed &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > now
      ? [endpoint.previousSecretSealed]
      : [];
  return [endpoint.secretSealed, ...previous];
}
