import { createHash } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { Clock } from '../ports/clock';
import type { WebhookDeliveriesRepository, WebhookDeliveryRecord } from '../ports/webhooks';
import type { WebhookAttemptOutcome } from '../use-cases/webhooks/deliver-webhook';
import { createCoalescedRelay } from './coalesced-relay';
import type { JobRunner } from './job-runner';

export interface WebhookDeliveryQueue {
  /** Hands ready deliveries to the queue soon (after a commit that wrote some); losing a wake loses nothing. */
  wake(): void;
  /** Hands ready deliveries to the queue now; resolves with how many were handed over. */
  relay(): Promise<number>;
}

interface Logger {
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface WebhookDeliveryQueueDeps {
  runner: JobRunner;
  deliveries: Pick<WebhookDeliveriesRepository, 'listToEnqueue' | 'markEnqueued'>;
  deliver: (deliveryId: string, attempt: number) => Promise<WebhookAttemptOutcome>;
  clock: Clock;
  config: {
    pollingIntervalMs: number;
    relayIntervalMs: number;
    /** One attempt's timeout: a job running much longer than it belonged to a process that died. */
    timeoutMs: number;
  };
  log: Logger;
}

export const WEBHOOK_QUEUE = 'webhook-delivery';
const RELAY_BATCH = 100;
/** A delivery due this long ago, handed over this long ago and still at the same attempt, is handed again. */
const STALE_ENQUEUE_MS = 60 * 60 * 1000;
/**
 * Workers per process, each taking one job at a time: an endpoint that answers slowly (up to the timeout)
 * holds up one worker, not the deliveries to everyone else.
 */
const WORKERS = 5;

/**
 * One job per attempt, its id derived from the delivery and the attempt number: handing the same attempt
 * over twice (a crash between send and mark, a stale sweep) makes one job.
 */
export function attemptJobId(deliveryId: string, attempt: number): string {
  const hex = createHash('sha256').update(`${deliveryId}:${attempt}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The webhook outbox's relay (ADR 009, the shape of ADR 005): rows written with a change are moved into
 * pg-boss, which runs them and survives restarts. The row owns the retry schedule and the order: after a
 * failed attempt the worker queues the next one with its delay; after a delivery is settled (delivered or
 * failed) the relay hands over the next event of the same subject, which waited for it.
 */
export function createWebhookDeliveryQueue(deps: WebhookDeliveryQueueDeps): WebhookDeliveryQueue {
  const { config, log, runner } = deps;
  // A lost job (its process died mid-attempt) runs again once pg-boss expires it: after the attempt's
  // timeout, with room to spare so a slow attempt is never sent twice.
  const expireInSeconds = Math.ceil(config.timeoutMs / 1000) + 20;

  const toJob = (delivery: { id: string; attempt: number }, delaySeconds: number) => ({
    id: attemptJobId(delivery.id, delivery.attempt),
    name: WEBHOOK_QUEUE,
    data: { deliveryId: delivery.id, attempt: delivery.attempt },
    // Relative to the database's clock: the schedule holds whatever clock the service runs on.
    ...(delaySeconds > 0 ? { startAfter: String(delaySeconds) } : {}),
    retryLimit: 5,
    retryDelay: 1,
    expireInSeconds,
  });

  /** One statement hands the attempts to pg-boss, one marks their deliveries handed over. */
  async function handOver(active: PgBoss, attempts: { id: string; attempt: number; delaySeconds: number }[]) {
    await active.insert(attempts.map((a) => toJob(a, a.delaySeconds)));
    await deps.deliveries.markEnqueued(
      attempts.map((a) => a.id),
      deps.clock.now(),
    );
    if (attempts.some((a) => a.delaySeconds === 0)) runner.notify(WEBHOOK_QUEUE);
  }

  async function relayOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const active = runner.running();
      if (!active) return total;
      const now = deps.clock.now();
      const rows = await deps.deliveries.listToEnqueue(
        new Date(now.getTime() - STALE_ENQUEUE_MS),
        RELAY_BATCH,
      );
      if (rows.length > 0)
        await handOver(
          active,
          rows.map((row) => ({ id: row.id, attempt: row.attempts, delaySeconds: secondsUntil(row, now) })),
        );
      total += rows.length;
      if (rows.length < RELAY_BATCH) return total;
    }
  }

  const coalesced = createCoalescedRelay(relayOnce);
  const relay = () => coalesced.run();

  function relayInBackground(): void {
    relay().catch((error: unknown) => log.error({ err: error }, 'webhook deliveries could not be queued'));
  }

  runner.addQueue<{ deliveryId: string; attempt: number }>({
    name: WEBHOOK_QUEUE,
    workers: WORKERS,
    pollingIntervalMs: config.pollingIntervalMs,
    async run(job) {
      const outcome = await deps.deliver(job.data.deliveryId, job.data.attempt);
      if (outcome.kind === 'retry') {
        const active = runner.running();
        // Stopping: the delivery is not marked handed over for this attempt, so the next start's relay takes it.
        if (active)
          await handOver(active, [
            { id: job.data.deliveryId, attempt: outcome.attempt, delaySeconds: outcome.delaySeconds },
          ]);
      } else if (outcome.kind === 'delivered' || outcome.kind === 'failed') {
        // The next event of the same subject may have waited for this one.
        relayInBackground();
      }
    },
  });
  runner.addRelay({
    label: 'webhook deliveries',
    intervalMs: config.relayIntervalMs,
    run: relay,
    settled: () => coalesced.settled(),
  });

  return {
    wake() {
      if (runner.running()) relayInBackground();
    },
    relay,
  };
}

function secondsUntil(row: WebhookDeliveryRecord, now: Date): number {
  return Math.max(0, Math.ceil((row.nextAttemptAt.getTime() - now.getTime()) / 1000));
}
