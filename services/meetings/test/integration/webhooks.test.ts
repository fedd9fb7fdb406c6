import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OwnerSession, useOwnerSession } from '../factories/owner-session';
import { tokenOf } from '../factories/public-links';
import { UNLIMITED_PUBLIC_API } from '../support/test-app';
import { useTestApp } from '../support/use-test-app';
import { waitFor } from '../support/wait-for';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';

// The real clock: receivers check webhook-timestamp against it (the clock-driven cases have their own file).
const t = useTestApp({
  env: {
    ...UNLIMITED_PUBLIC_API,
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_RETRY_BASE_SECONDS: '0',
    WEBHOOK_POLLING_INTERVAL_MS: '500',
    WEBHOOK_RELAY_INTERVAL_MS: '500',
  },
  smtp: true,
  startJobs: true,
});
const ann = useOwnerSession(t, 'ann@example.com');
const bob = useOwnerSession(t, 'bob@example.com');
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(() => receiver.clear());

const ALL_DAY = [{ start: '00:00', end: '24:00' }];
const OPEN_EVERY_DAY = {
  timeZone: 'UTC',
  weeklyHours: {
    mon: ALL_DAY,
    tue: ALL_DAY,
    wed: ALL_DAY,
    thu: ALL_DAY,
    fri: ALL_DAY,
    sat: ALL_DAY,
    sun: ALL_DAY,
  },
  durations: [30],
  defaultDuration: 30,
  minNoticeMinutes: 0,
};

async function subscribe(owner: OwnerSession, body: { events?: string[] | null; url?: string } = {}) {
  const { data, error } = await owner.api.POST('/bookings/webhooks', {
    body: {
      url: body.url ?? receiver.url,
      description: 'CRM',
      ...(body.events !== undefined ? { events: body.events as never } : {}),
    },
  });
  if (!data) throw new Error(`createWebhook failed: ${JSON.stringify(error)}`);
  receiver.secrets = [data.secret];
  return data;
}

async function openLink(owner: OwnerSession) {
  const { data } = await owner.api.POST('/bookings/links', {
    body: { title: 'Intro', settings: OPEN_EVERY_DAY },
  });
  if (!data) throw new Error('createLink failed');
  return { link: data, token: tokenOf(data.url) };
}

/** Slot starts from two days ahead on, so the attendee is inside the link's change window. */
async function slotsOf(token: string): Promise<string[]> {
  const from = new Date(Date.now() + 2 * 86_400_000);
  const to = new Date(from.getTime() + 3 * 86_400_000);
  const { data } = await t.anonymous.GET('/bookings/public/{token}/availability', {
    params: { path: { token }, query: { from: from.toISOString(), to: to.toISOString() } },
  });
  return (data?.days ?? []).flatMap((day) => day.slots.map((slot) => slot.start));
}

async function deliveriesOf(owner: OwnerSession, webhookId: string) {
  const { data } = await owner.api.GET('/bookings/webhooks/{id}/deliveries', {
    params: { path: { id: webhookId } },
  });
  if (!data) throw new Error('listWebhookDeliveries failed');
  return data.items;
}

const settled = (owner: OwnerSession, webhookId: string, count: number) =>
  waitFor(async () => {
    const items = await deliveriesOf(owner, webhookId);
    if (items.length !== count || items.some((item) => item.status === 'pending'))
      throw new Error(`not settled: ${JSON.stringify(items.map((item) => [item.event, item.status]))}`);
    return items;
  }, 30_000);

describe('booking events', () => {
  it('arrive signed and in the order they happened, each once, with one webhook-id across its retries', async () => {
    const webhook = await subscribe(ann, {
      events: ['booking.created', 'booking.rescheduled', 'booking.cancelled'],
    });
    const { token } = await openLink(ann);
    const [first, , later] = await slotsOf(token);
    // The first attempt of booking.created fails: the reschedule waits for it, whatever the timing.
    receiver.answerNext(500);
    const { data: booked } = await t.anonymous.POST('/bookings/public/{token}/book', {
      params: { path: { token } },
      body: { start: first ?? '', duration: 30, name: 'Rita', email: 'rita@example.com', timezone: 'UTC' },
    });
    if (!booked) throw new Error('booking failed');
    const bookingId = booked.booking.id;
    await ann.api.POST('/bookings/bookings/{id}:reschedule', {
      params: { path: { id: bookingId } },
      body: { start: later ?? '' },
    });
    const manageToken = booked.manageUrl.split('/public/bookings/manage/')[1] ?? '';
    const { response: cancelled } = await t.anonymous.POST('/bookings/public/manage/{token}:cancel', {
      params: { path: { token: manageToken } },
      body: { reason: 'Conflict' },
    });
    expect(cancelled.status).toBe(200);

    const deliveries = await settled(ann, webhook.id, 3);
    expect(receiver.requests.every((request) => request.verifiedBy.length === 1)).toBe(true);
    const events = receiver.delivered().map((request) => request.payload);
    expect(events.map((event) => [event.type, event.data.id, event.data.status])).toEqual([
      ['booking.created', bookingId, 'confirmed'],
      ['booking.rescheduled', bookingId, 'confirmed'],
      ['booking.cancelled', bookingId, 'cancelled'],
    ]);
    expect(events[1]?.data.start).toBe(later);
    expect(events[2]?.data).toMatchObject({ cancelledBy: 'attendee', cancelReason: 'Conflict' });
    // The failed attempt and its retry are one event: one webhook-id, and three ids for three events.
    const [failed, ...rest] = receiver.requests;
    expect(failed?.status).toBe(500);
    expect(rest[0]?.id).toBe(failed?.id);
    expect(new Set(receiver.requests.map((request) => request.id)).size).toBe(3);
    expect(deliveries.map((delivery) => [delivery.event, delivery.status, delivery.attempts])).toEqual([
      ['booking.cancelled', 'delivered', 1],
      ['booking.rescheduled', 'delivered', 1],
      ['booking.created', 'delivered', 2],
    ]);
  });

  it('go only to the owner’s endpoints that want them', async () => {
    const links = await subscribe(ann, { events: ['link.created'] });
    const bobs = await subscribe(bob);
    receiver.secrets = [];
    const { token } = await openLink(ann);
    const [start] = await slotsOf(token);
    await t.anonymous.POST('/bookings/public/{token}/book', {
      params: { path: { token } },
      body: { start: start ?? '', duration: 30, name: 'Rita', email: 'rita@example.com', timezone: 'UTC' },
    });
    expect((await settled(ann, links.id, 1)).map((delivery) => delivery.event)).toEqual(['link.created']);
    expect(await deliveriesOf(bob, bobs.id)).toEqual([]);
  });
});

describe('link events', () => {
  it('tell of a link created, changed, switched off and deleted, carrying the API’s Link', async () => {
    const webhook = await subscribe(ann, { events: null });
    const { link } = await openLink(ann);
    await ann.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: link.id } },
      body: { title: 'Intro 2' },
    });
    await ann.api.POST('/bookings/links/{id}:toggle', { params: { path: { id: link.id } } });
    await ann.api.DELETE('/bookings/links/{id}', { params: { path: { id: link.id } } });
    await settled(ann, webhook.id, 4);
    expect(
      receiver
        .delivered()
        .map(({ payload }) => [payload.type, payload.data.id, payload.data.title, payload.data.isActive]),
    ).toEqual([
      ['link.created', link.id, 'Intro', true],
      ['link.updated', link.id, 'Intro 2', true],
      ['link.updated', link.id, 'Intro 2', false],
      ['link.deleted', link.id, 'Intro 2', false],
    ]);
    expect(receiver.delivered()[0]?.payload.data).toEqual(link);
  });
});

describe('retries and the delivery log', () => {
  it('retries a receiver that fails three times, then shows the four attempts of the delivered event', async () => {
    const webhook = await subscribe(ann);
    receiver.answerNext(500, 500, 500);
    const { data: ping, response } = await ann.api.POST('/bookings/webhooks/{id}:test', {
      params: { path: { id: webhook.id } },
    });
    expect(response.status).toBe(202);
    expect(ping).toMatchObject({ event: 'ping', status: 'pending', attempts: 0 });
    const [delivery] = await settled(ann, webhook.id, 1);
    expect(delivery).toMatchObject({
      id: ping?.id,
      event: 'ping',
      status: 'delivered',
      attempts: 4,
      lastStatus: 200,
      lastError: null,
      lastResponseBody: 'answered 200',
      nextAttemptAt: null,
    });
    expect(receiver.requests.map((request) => request.status)).toEqual([500, 500, 500, 200]);
    expect(new Set(receiver.requests.map((request) => request.id))).toEqual(new Set([delivery?.messageId]));
    expect(receiver.requests[0]?.payload).toMatchObject({ type: 'ping', data: { webhookId: webhook.id } });
  });

  it('redelivers a delivered event under the same webhook-id; a pending one cannot be', async () => {
    const webhook = await subscribe(ann);
    await ann.api.POST('/bookings/webhooks/{id}:test', { params: { path: { id: webhook.id } } });
    const [delivery] = await settled(ann, webhook.id, 1);
    const redeliver = () =>
      ann.api.POST('/bookings/webhooks/{id}/deliveries/{deliveryId}:redeliver', {
        params: { path: { id: webhook.id, deliveryId: delivery?.id ?? '' } },
      });
    const { data: again, response } = await redeliver();
    expect(response.status).toBe(202);
    expect(again).toMatchObject({ id: delivery?.id, status: 'pending', attempts: 1 });
    const [redelivered] = await waitFor(async () => {
      const items = await settled(ann, webhook.id, 1);
      if (items[0]?.attempts !== 2) throw new Error('not redelivered yet');
      return items;
    });
    expect(redelivered).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(receiver.delivered().map((request) => request.id)).toEqual([
      delivery?.messageId,
      delivery?.messageId,
    ]);

    // While an attempt waits for its answer, the delivery is pending and cannot be sent again.
    receiver.hang = true;
    await redeliver();
    const { error } = await redeliver();
    expect(error).toMatchObject({ status: 409, code: 'webhook_delivery_pending' });
  });

  it('switches off an endpoint that answers 410 Gone and tells its owner', async () => {
    const webhook = await subscribe(ann);
    receiver.answerNext(410);
    await ann.api.POST('/bookings/webhooks/{id}:test', { params: { path: { id: webhook.id } } });
    const [delivery] = await settled(ann, webhook.id, 1);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastStatus: 410 });
    const { data: endpoint } = await ann.api.GET('/bookings/webhooks/{id}', {
      params: { path: { id: webhook.id } },
    });
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: 'gone' });
    const mail = await waitFor(() => {
      const found = t.inbox
        .to(ann.email)
        .find((message) => message.parsed.subject?.startsWith('Webhook endpoint disabled'));
      if (!found) throw new Error('no email yet');
      return found;
    });
    expect(mail.parsed.text).toContain(receiver.url);
    const { error } = await ann.api.POST('/bookings/webhooks/{id}:test', {
      params: { path: { id: webhook.id } },
    });
    expect(error).toMatchObject({ status: 409, code: 'webhook_disabled' });
    // Turned back on, it takes events again.
    const { data: enabled } = await ann.api.PATCH('/bookings/webhooks/{id}', {
      params: { path: { id: webhook.id } },
      body: { enabled: true },
    });
    expect(enabled).toMatchObject({ enabled: true, disabledReason: null });
  });
});

describe('the endpoint API', () => {
  it('creates, reads, lists, changes and deletes endpoints; the secret shows only on create and rotate', async () => {
    const created = await subscribe(ann, { events: ['booking.created', 'booking.created'] });
    expect(created).toMatchObject({
      url: receiver.url,
      events: ['booking.created'],
      enabled: true,
      disabledReason: null,
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(created.secret.slice(6), 'base64')).toHaveLength(32);
    const { data: read } = await ann.api.GET('/bookings/webhooks/{id}', {
      params: { path: { id: created.id } },
    });
    expect(read).not.toHaveProperty('secret');
    const { data: changed } = await ann.api.PATCH('/bookings/webhooks/{id}', {
      params: { path: { id: created.id } },
      body: { events: null, description: 'All', enabled: false },
    });
    expect(changed).toMatchObject({ events: null, description: 'All', enabled: false, disabledReason: null });
    const { data: rotated } = await ann.api.POST('/bookings/webhooks/{id}:rotate-secret', {
      params: { path: { id: created.id } },
    });
    expect(rotated?.secret).toMatch(/^whsec_/);
    expect(rotated?.secret).not.toBe(created.secret);
    expect(rotated?.previousSecretExpiresAt).not.toBeNull();
    const second = await subscribe(ann);
    const { data: first } = await ann.api.GET('/bookings/webhooks', { params: { query: { limit: 1 } } });
    expect(first?.items.map((item) => item.id)).toEqual([second.id]);
    const { data: next } = await ann.api.GET('/bookings/webhooks', {
      params: { query: { limit: 1, cursor: first?.nextCursor ?? '' } },
    });
    expect(next).toMatchObject({ items: [{ id: created.id }], nextCursor: null });
    const { response } = await ann.api.DELETE('/bookings/webhooks/{id}', {
      params: { path: { id: created.id } },
    });
    expect(response.status).toBe(204);
    const { error } = await ann.api.GET('/bookings/webhooks/{id}', { params: { path: { id: created.id } } });
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('refuses URLs it will not send to with 422 webhook_url_not_allowed', async () => {
    for (const url of ['ftp://127.0.0.1/hooks', 'http://user:secret@127.0.0.1/hooks']) {
      const { error } = await ann.api.POST('/bookings/webhooks', { body: { url } });
      expect(error, url).toMatchObject({ status: 422, code: 'webhook_url_not_allowed' });
    }
    const created = await subscribe(ann);
    const { error } = await ann.api.PATCH('/bookings/webhooks/{id}', {
      params: { path: { id: created.id } },
      body: { url: 'gopher://127.0.0.1/' },
    });
    expect(error).toMatchObject({ status: 422, code: 'webhook_url_not_allowed' });
  });

  it('answers 404 for another owner’s endpoint and deliveries, and changes nothing', async () => {
    const webhook = await subscribe(ann);
    await ann.api.POST('/bookings/webhooks/{id}:test', { params: { path: { id: webhook.id } } });
    const [delivery] = await settled(ann, webhook.id, 1);
    const id = webhook.id;
    const deliveryId = delivery?.id ?? '';
    const attempts = [
      bob.api.GET('/bookings/webhooks/{id}', { params: { path: { id } } }),
      bob.api.PATCH('/bookings/webhooks/{id}', { params: { path: { id } }, body: { enabled: false } }),
      bob.api.DELETE('/bookings/webhooks/{id}', { params: { path: { id } } }),
      bob.api.POST('/bookings/webhooks/{id}:rotate-secret', { params: { path: { id } } }),
      bob.api.POST('/bookings/webhooks/{id}:test', { params: { path: { id } } }),
      bob.api.GET('/bookings/webhooks/{id}/deliveries', { params: { path: { id } } }),
      bob.api.POST('/bookings/webhooks/{id}/deliveries/{deliveryId}:redeliver', {
        params: { path: { id, deliveryId } },
      }),
    ];
    for (const { response, error } of await Promise.all(attempts)) {
      expect(response.status).toBe(404);
      expect(error).toMatchObject({ code: 'not_found' });
    }
    const { data: bobs } = await bob.api.GET('/bookings/webhooks', {});
    expect(bobs?.items).toEqual([]);
    const { data: still } = await ann.api.GET('/bookings/webhooks/{id}', { params: { path: { id } } });
    expect(still).toMatchObject({ enabled: true, previousSecretExpiresAt: null });
    expect(await deliveriesOf(ann, id)).toHaveLength(1);
  });
});
