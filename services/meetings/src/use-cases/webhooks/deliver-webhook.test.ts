import type { EmailMessage } from '@bookings/email';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import type { Owner } from '../../ports/owners';
import type { WebhookRequest, WebhookResponse } from '../../ports/webhook-delivery';
import type { WebhookDeliveryRecord, WebhookEndpointRecord } from '../../ports/webhooks';
import { type DeliverWebhookDeps, makeDeliverWebhook } from './deliver-webhook';

const NOW = new Date();
const DAY = 86_400_000;
const SECRET = `whsec_${Buffer.alloc(32, 1).toString('base64')}`;
const OLD_SECRET = `whsec_${Buffer.alloc(32, 2).toString('base64')}`;
const OWNER: Owner = { id: 'owner-1', email: 'ann@example.com', name: 'Ann', timeZone: 'UTC' };
// Sealing is the adapter's business: here a sealed secret is the secret behind a marker.
const sealer = { unseal: (sealed: string) => sealed.replace(/^sealed:/, '') };

function endpoint(overrides: Partial<WebhookEndpointRecord> = {}): WebhookEndpointRecord {
  return {
    id: 'endpoint-1',
    ownerId: OWNER.id,
    url: 'https://crm.example.com/hooks',
    description: '',
    events: null,
    enabled: true,
    disabledReason: null,
    secretSealed: `sealed:${SECRET}`,
    previousSecretSealed: null,
    previousSecretExpiresAt: null,
    failingSince: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

function delivery(overrides: Partial<WebhookDeliveryRecord> = {}): WebhookDeliveryRecord {
  return {
    id: 'delivery-1',
    endpointId: 'endpoint-1',
    messageId: 'msg_1',
    eventType: 'booking.created',
    subjectId: 'booking-1',
    body: JSON.stringify({
      type: 'booking.created',
      timestamp: NOW.toISOString(),
      data: { id: 'booking-1' },
    }),
    status: 'pending',
    attempts: 0,
    giveUpAfter: 10,
    lastStatus: null,
    lastError: null,
    lastResponseBody: null,
    lastAttemptAt: null,
    nextAttemptAt: NOW,
    deliveredAt: null,
    createdAt: NOW,
    ...overrides,
  };
}

/** The use case over memory, typed against the real ports; the sender answers from a script. */
function setUp(state: {
  endpoint?: WebhookEndpointRecord;
  delivery?: WebhookDeliveryRecord;
  answers?: WebhookResponse[];
}) {
  let current = state.delivery ?? delivery();
  let target = state.endpoint ?? endpoint();
  const answers = [...(state.answers ?? [])];
  const sent: WebhookRequest[] = [];
  const mails: EmailMessage[] = [];
  const deps: DeliverWebhookDeps = {
    deliveries: {
      find: async (id) => (id === current.id ? current : null),
      markEnqueued: async () => {},
      recordDelivered: async (_id, attempt, result) => {
        if (current.status !== 'pending' || current.attempts !== attempt) return false;
        current = {
          ...current,
          status: 'delivered',
          attempts: attempt + 1,
          lastStatus: result.status,
          deliveredAt: result.at,
        };
        return true;
      },
      recordFailed: async (_id, attempt, result, next) => {
        if (current.status !== 'pending' || current.attempts !== attempt) return false;
        current = {
          ...current,
          status: next ? 'pending' : 'failed',
          attempts: attempt + 1,
          lastStatus: result.status,
          lastError: result.error,
          nextAttemptAt: next ?? current.nextAttemptAt,
        };
        return true;
      },
    },
    endpoints: {
      find: async () => target,
      recordSuccess: async () => {
        target = { ...target, failingSince: null };
      },
      recordFailure: async (_id, at) => {
        target = { ...target, failingSince: target.failingSince ?? at };
        return target.failingSince ?? at;
      },
      disable: async (_id, reason) => {
        if (!target.enabled) return false;
        target = { ...target, enabled: false, disabledReason: reason };
        return true;
      },
    },
    owners: { findById: async (id) => (id === OWNER.id ? OWNER : null) },
    sender: {
      send: async (request) => {
        sent.push(request);
        return answers.shift() ?? { kind: 'answered', status: 200, body: 'ok' };
      },
    },
    sealer,
    email: {
      send: async (message) => {
        mails.push(message);
        return { messageId: `m${mails.length}` };
      },
    },
    clock: { now: () => NOW },
    retryBaseSeconds: 10,
    webhooksPageUrl: 'https://bookings.example.com/bookings/dashboard/webhooks',
    onEmailError: () => {},
  };
  return {
    deliver: makeDeliverWebhook(deps),
    sent,
    mails,
    delivery: () => current,
    endpoint: () => target,
  };
}

const verify = (secret: string, request: WebhookRequest) =>
  new Webhook(secret).verify(request.body, request.headers);

describe('deliverWebhook', () => {
  it('sends the stored body, signed, and records a 2xx as delivered', async () => {
    const flow = setUp({ endpoint: endpoint({ failingSince: new Date(NOW.getTime() - DAY) }) });
    expect(await flow.deliver('delivery-1', 0)).toEqual({ kind: 'delivered' });
    const [request] = flow.sent;
    expect(request?.body).toBe(delivery().body);
    expect(request?.headers['webhook-id']).toBe('msg_1');
    expect(verify(SECRET, request as WebhookRequest)).toMatchObject({ type: 'booking.created' });
    expect(flow.delivery()).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 200 });
    expect(flow.endpoint().failingSince).toBeNull();
  });

  it('signs with the previous secret too until it expires', async () => {
    const rotating = setUp({
      endpoint: endpoint({
        previousSecretSealed: `sealed:${OLD_SECRET}`,
        previousSecretExpiresAt: new Date(NOW.getTime() + 1000),
      }),
    });
    await rotating.deliver('delivery-1', 0);
    const [request] = rotating.sent as [WebhookRequest];
    expect(request.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(verify(OLD_SECRET, request)).toBeTruthy();
    const expired = setUp({
      endpoint: endpoint({ previousSecretSealed: `sealed:${OLD_SECRET}`, previousSecretExpiresAt: NOW }),
    });
    await expired.deliver('delivery-1', 0);
    expect(() => verify(OLD_SECRET, expired.sent[0] as WebhookRequest)).toThrow();
  });

  it('schedules the next attempt with a threefold delay, and fails the delivery after its last one', async () => {
    const flow = setUp({
      delivery: delivery({ attempts: 2, giveUpAfter: 4 }),
      answers: [
        { kind: 'failed', error: 'ECONNREFUSED' },
        { kind: 'answered', status: 503, body: 'busy' },
      ],
    });
    expect(await flow.deliver('delivery-1', 2)).toEqual({ kind: 'retry', delaySeconds: 90, attempt: 3 });
    expect(flow.delivery()).toMatchObject({
      status: 'pending',
      attempts: 3,
      lastError: 'ECONNREFUSED',
      lastStatus: null,
    });
    expect(flow.delivery().nextAttemptAt).toEqual(new Date(NOW.getTime() + 90_000));
    expect(await flow.deliver('delivery-1', 3)).toEqual({ kind: 'failed' });
    expect(flow.delivery()).toMatchObject({
      status: 'failed',
      attempts: 4,
      lastStatus: 503,
      lastError: 'HTTP 503',
    });
  });

  it('sends nothing for a job the delivery has moved past, or for a finished delivery', async () => {
    const flow = setUp({ delivery: delivery({ attempts: 3 }) });
    expect(await flow.deliver('delivery-1', 2)).toEqual({ kind: 'skipped' });
    const done = setUp({ delivery: delivery({ status: 'delivered', attempts: 1 }) });
    expect(await done.deliver('delivery-1', 1)).toEqual({ kind: 'skipped' });
    expect([...flow.sent, ...done.sent]).toEqual([]);
  });

  it('holds deliveries for a switched-off endpoint without trying them', async () => {
    const flow = setUp({ endpoint: endpoint({ enabled: false }) });
    expect(await flow.deliver('delivery-1', 0)).toEqual({ kind: 'skipped' });
    expect(flow.sent).toEqual([]);
    expect(flow.delivery()).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('switches the endpoint off at 410 Gone, fails the delivery at once and emails the owner', async () => {
    const flow = setUp({ answers: [{ kind: 'answered', status: 410, body: '' }] });
    expect(await flow.deliver('delivery-1', 0)).toEqual({ kind: 'failed' });
    expect(flow.endpoint()).toMatchObject({ enabled: false, disabledReason: 'gone' });
    expect(flow.mails.map((mail) => [mail.to.email, mail.subject])).toEqual([
      [OWNER.email, 'Webhook endpoint disabled: https://crm.example.com/hooks'],
    ]);
  });

  it('switches off an endpoint failing for three days, emailing once however many attempts fail', async () => {
    const since = new Date(NOW.getTime() - 3 * DAY);
    const flow = setUp({
      endpoint: endpoint({ failingSince: since }),
      answers: [{ kind: 'answered', status: 500, body: '' }],
    });
    expect(await flow.deliver('delivery-1', 0)).toMatchObject({ kind: 'retry' });
    expect(flow.endpoint()).toMatchObject({ enabled: false, disabledReason: 'failing', failingSince: since });
    expect(flow.mails).toHaveLength(1);
    const notYet = setUp({
      endpoint: endpoint({ failingSince: new Date(since.getTime() + 60_000) }),
      answers: [{ kind: 'answered', status: 500, body: '' }],
    });
    await notYet.deliver('delivery-1', 0);
    expect(notYet.endpoint().enabled).toBe(true);
    expect(notYet.mails).toEqual([]);
  });
});
