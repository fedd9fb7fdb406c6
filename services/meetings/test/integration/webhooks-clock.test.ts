import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OwnerSession, useOwnerSession } from '../factories/owner-session';
import { useTestApp } from '../support/use-test-app';
import { waitFor } from '../support/wait-for';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';

// The app's clock starts at the real time (receivers check timestamps), then the tests move it by days.
const START = new Date().toISOString();
const HOUR = 3_600_000;
const t = useTestApp({
  clock: START,
  env: {
    WEBHOOK_ALLOW_PRIVATE: 'true',
    // A failed attempt is tried again an hour later: within a test, each delivery is tried once.
    WEBHOOK_RETRY_BASE_SECONDS: '3600',
    WEBHOOK_POLLING_INTERVAL_MS: '500',
    WEBHOOK_RELAY_INTERVAL_MS: '500',
  },
  smtp: true,
  startJobs: true,
});
const ann = useOwnerSession(t, 'ann@example.com');
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(() => {
  receiver.clear();
  receiver.now = () => t.clock.now().getTime();
});

const later = (ms: number) => t.clock.set(new Date(new Date(START).getTime() + ms).toISOString());

async function subscribe(owner: OwnerSession) {
  const { data } = await owner.api.POST('/bookings/webhooks', { body: { url: receiver.url } });
  if (!data) throw new Error('createWebhook failed');
  return data;
}

/** Sends a ping and waits until its one attempt is recorded. */
async function ping(owner: OwnerSession, webhookId: string) {
  const { data } = await owner.api.POST('/bookings/webhooks/{id}:test', {
    params: { path: { id: webhookId } },
  });
  if (!data) throw new Error('testWebhook failed');
  return waitFor(async () => {
    const { data: page } = await owner.api.GET('/bookings/webhooks/{id}/deliveries', {
      params: { path: { id: webhookId } },
    });
    const delivery = page?.items.find((item) => item.id === data.id);
    if (!delivery || delivery.attempts === 0) throw new Error('not tried yet');
    return delivery;
  }, 30_000);
}

describe('rotating the signing secret', () => {
  it('signs with both secrets for 24 hours, then with the new one only', async () => {
    const webhook = await subscribe(ann);
    const { data: rotated } = await ann.api.POST('/bookings/webhooks/{id}:rotate-secret', {
      params: { path: { id: webhook.id } },
    });
    const [oldSecret, newSecret] = [webhook.secret, rotated?.secret ?? ''];
    expect(rotated?.previousSecretExpiresAt).toBe(
      new Date(new Date(START).getTime() + 24 * HOUR).toISOString(),
    );
    receiver.secrets = [oldSecret, newSecret];

    expect(await ping(ann, webhook.id)).toMatchObject({ status: 'delivered' });
    later(24 * HOUR - 60_000);
    expect(await ping(ann, webhook.id)).toMatchObject({ status: 'delivered' });
    later(24 * HOUR + 60_000);
    expect(await ping(ann, webhook.id)).toMatchObject({ status: 'delivered' });

    expect(receiver.requests.map((request) => [request.signatures.length, request.verifiedBy])).toEqual([
      [2, [oldSecret, newSecret]],
      [2, [oldSecret, newSecret]],
      [1, [newSecret]],
    ]);
    const { data: after } = await ann.api.GET('/bookings/webhooks/{id}', {
      params: { path: { id: webhook.id } },
    });
    expect(after?.previousSecretExpiresAt).toBeNull();
  });
});

describe('an endpoint that keeps failing', () => {
  it('is switched off after three days of failed attempts, and its owner is told once', async () => {
    const webhook = await subscribe(ann);
    receiver.secrets = [webhook.secret];
    receiver.answerNext(500, 500, 500);
    expect(await ping(ann, webhook.id)).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 500 });
    later(2 * 24 * HOUR);
    await ping(ann, webhook.id);
    const { data: failing } = await ann.api.GET('/bookings/webhooks/{id}', {
      params: { path: { id: webhook.id } },
    });
    expect(failing).toMatchObject({ enabled: true, failingSince: START });

    later(3 * 24 * HOUR);
    await ping(ann, webhook.id);
    const { data: disabled } = await ann.api.GET('/bookings/webhooks/{id}', {
      params: { path: { id: webhook.id } },
    });
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'failing', failingSince: START });
    const notices = await waitFor(() => {
      const found = t.inbox
        .to(ann.email)
        .filter((mail) => mail.parsed.subject?.startsWith('Webhook endpoint disabled'));
      if (found.length === 0) throw new Error('no email yet');
      return found;
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.parsed.text).toContain('failed for three days');
  });

  it('starts counting again after a delivered attempt', async () => {
    const webhook = await subscribe(ann);
    receiver.secrets = [webhook.secret];
    receiver.answerNext(500);
    await ping(ann, webhook.id);
    later(2 * 24 * HOUR);
    await ping(ann, webhook.id);
    receiver.answerNext(500);
    later(4 * 24 * HOUR);
    await ping(ann, webhook.id);
    const { data: endpoint } = await ann.api.GET('/bookings/webhooks/{id}', {
      params: { path: { id: webhook.id } },
    });
    expect(endpoint).toMatchObject({
      enabled: true,
      failingSince: new Date(new Date(START).getTime() + 4 * 24 * HOUR).toISOString(),
    });
  });
});
