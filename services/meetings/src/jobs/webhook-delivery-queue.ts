import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Database } from '../adapters/db/client';
import type { Clock } from '../ports/clock';
import type { WebhookDeliveriesRepository, WebhookDeliveryRecord } from '../ports/webhooks';
import type { WebhookAttemptOutcome } from '../use-cases/webhooks/deliver-webhook';
import { createCoalescedRelay } from './coalesced-relay';
import { createPgBossDatabase } from './pg-boss-database';

export interface WebhookDeliveryQueue {
  start(): Promise<void>;
  stop(): Promise<void>;
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
  database: Database;
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
  const { config, log } = deps;
  let boss: PgBoss | null = null;
  let timer: NodeJS.Timeout | null = null;
  let starting: Promise<void> | null = null;
  /** Bumped by every stop: a start begun in an earlier generation stops what it started. */
  let generation = 0;
  const workerIds: string[] = [];
  const notifyWorkers = (active: PgBoss) => {
    for (const id of workerIds) active.notifyWorker(id);
  };
  // A lost job (its process died mid-attempt) runs again once pg-boss expires it: after the attempt's
  // timeout, with room to spare so a slow attempt is never sent twice.
  const expireInSeconds = Math.ceil(config.timeoutMs / 1000) + 20;

  async function send(active: PgBoss, delivery: { id: string; attempt: number }, delaySeconds: number) {
    await active.send(
      WEBHOOK_QUEUE,
      { deliveryId: delivery.id, attempt: delivery.attempt },
      {
        id: attemptJobId(delivery.id, delivery.attempt),
        // Relative to the database's clock: the schedule holds whatever clock the service runs on.
        ...(delaySeconds > 0 ? { startAfter: delaySeconds } : {}),
        retryLimit: 5,
        retryDelay: 1,
        expireInSeconds,
      },
    );
    await deps.deliveries.markEnqueued(delivery.id, deps.clock.now());
  }

  async function relayOnce(): Promise<number> {
    const active = boss;
    if (!active) return 0;
    const now = deps.clock.now();
    const rows = await deps.deliveries.listToEnqueue(new Date(now.getTime() - STALE_ENQUEUE_MS), RELAY_BATCH);
    for (const row of rows) await send(active, { id: row.id, attempt: row.attempts }, secondsUntil(row, now));
    if (rows.length > 0) notifyWorkers(active);
    return rows.length;
  }

  const coalesced = createCoalescedRelay(relayOnce);
  const relay = () => coalesced.run();

  function relayInBackground(): void {
    relay().catch((error: unknown) => log.error({ err: error }, 'webhook deliveries could not be queued'));
  }

  async function runJob(active: PgBoss, job: { deliveryId: string; attempt: number }): Promise<void> {
    const outcome = await deps.deliver(job.deliveryId, job.attempt);
    if (outcome.kind === 'retry') {
      await send(active, { id: job.deliveryId, attempt: outcome.attempt }, outcome.delaySeconds);
      if (outcome.delaySeconds === 0) notifyWorkers(active);
    } else if (outcome.kind === 'delivered' || outcome.kind === 'failed') {
      // The next event of the same subject may have waited for this one.
      relayInBackground();
    }
  }

  async function startWorkers(): Promise<void> {
    const startedIn = generation;
    const stopRequested = () => generation !== startedIn;
    const instance = new PgBoss({
      db: createPgBossDatabase(deps.database),
      schedule: false,
      supervise: true,
      // Expiry is checked at maintenance: an attempt lost with its process is sent again within a minute or so.
      maintenanceIntervalSeconds: 30,
    });
    instance.on('error', (error) => log.error({ err: error }, 'webhook queue error'));
    await instance.start();
    // From here on the instance runs timers (its supervision, one poll per worker): whatever ends this start
    // early, a stop or a failed step, stops it, or it would keep the process alive after shutdown.
    const ids: string[] = [];
    try {
      await instance.createQueue(WEBHOOK_QUEUE, { name: WEBHOOK_QUEUE });
      for (let i = 0; i < WORKERS && !stopRequested(); i++) {
        ids.push(
          await instance.work<{ deliveryId: string; attempt: number }>(
            WEBHOOK_QUEUE,
            { pollingIntervalSeconds: config.pollingIntervalMs / 1000 },
            async ([job]) => {
              if (job) await runJob(instance, job.data);
            },
          ),
        );
      }
    } catch (error) {
      await stopBoss(instance);
      throw error;
    }
    if (stopRequested()) {
      await stopBoss(instance);
      return;
    }
    workerIds.push(...ids);
    boss = instance;
    timer = setInterval(relayInBackground, config.relayIntervalMs);
    timer.unref();
    await relay();
  }

  async function stopBoss(
    instance: PgBoss,
    options: PgBoss.StopOptions = { graceful: false },
  ): Promise<void> {
    await instance
      .stop(options)
      .catch((error: unknown) => log.error({ err: error }, 'the webhook queue did not stop cleanly'));
  }

  return {
    start() {
      starting ??= startWorkers().catch((error: unknown) => {
        starting = null;
        throw error;
      });
      return starting;
    },

    wake() {
      if (boss) relayInBackground();
    },

    relay,

    async stop() {
      // As the side-effect queue's stop: wait for a start in progress to settle, whatever its outcome; that
      // start stops its own instance once it sees the stop (a stuck one is the shutdown deadline's to end).
      generation += 1;
      await starting?.catch(() => undefined);
      starting = null;
      if (timer) clearInterval(timer);
      timer = null;
      const active = boss;
      boss = null;
      await coalesced.settled();
      if (active) await stopBoss(active, { graceful: true, wait: true, timeout: 5000 });
      workerIds.length = 0;
    },
  };
}

function secondsUntil(row: WebhookDeliveryRecord, now: Date): number {
  return Math.max(0, Math.ceil((row.nextAttemptAt.getTime() - now.getTime()) / 1000));
}
