import { describe, expect, it } from 'vitest';
import { createMemoryStore, type MemoryStore, nextId } from '../../../test/fakes/memory-store';
import { memoryResolvePublicLink } from '../../../test/fakes/public-links';
import {
  linkRecord,
  oneTimeLinkRecord,
  ownerProfile,
  storedBooking,
  templateRecord,
} from '../../../test/fakes/records';
import { fakeSealer, fakeTokens } from '../../../test/fakes/secrets';
import { memoryBookingUnitOfWork } from '../../../test/fakes/unit-of-work';
import { createFakeClock } from '../../../test/support/fake-clock';
import { DomainError } from '../../domain/shared/domain-error';
import { type BookingRequest, makeBookSlot } from './book-slot';

// Monday 1 June 2026; the link is open 09:00–17:00 UTC on weekdays for 30-minute meetings.
const NOW = '2026-06-01T08:00:00.000Z';
const WEDNESDAY_9 = new Date('2026-06-03T09:00:00.000Z');
const META = { idempotencyKey: 'key-1', ip: '203.0.113.7' };

const request = (overrides: Partial<BookingRequest> = {}): BookingRequest => ({
  start: WEDNESDAY_9,
  duration: 30,
  name: 'Rita',
  email: 'rita@example.com',
  timeZone: 'UTC',
  answers: {},
  ...overrides,
});

/** bookSlot over typed in-memory ports: one store, the real resolver, a calendar with the given busy blocks. */
function newTestBookSlot(
  rows: Partial<Pick<MemoryStore, 'links' | 'oneTimeLinks' | 'templates' | 'bookings'>> = {},
) {
  const store = createMemoryStore({
    owners: [ownerProfile()],
    links: [{ ...linkRecord(), tokenHash: 'hash:link-token' }],
    ...rows,
  });
  const clock = createFakeClock(NOW);
  const busy: { start: Date; end: Date }[] = [];
  const booked: string[] = [];
  const transaction = memoryBookingUnitOfWork(store);
  let resolvePublicLink = memoryResolvePublicLink(store, clock);
  const deps = {
    get resolvePublicLink() {
      return resolvePublicLink;
    },
    calendarBusy: { getBusy: async () => busy },
    bookingTransaction: transaction,
    clock,
    tokens: fakeTokens('manage'),
    sealer: fakeSealer,
    publicBaseUrl: 'https://bookings.example',
    newId: () => nextId(store, 'booking'),
    onBooked: (booking: { id: string }) => void booked.push(booking.id),
  };
  return {
    store,
    busy,
    booked,
    locks: transaction.locks,
    bookSlot: (token: string, body: BookingRequest, meta: { idempotencyKey?: string; ip: string } = META) =>
      makeBookSlot(deps)(token, body, meta),
    /** Runs `meanwhile` after the link was opened and before the transaction: a request that waited. */
    interleave(meanwhile: () => void) {
      const resolve = memoryResolvePublicLink(store, clock);
      resolvePublicLink = async (token) => {
        const opened = await resolve(token);
        meanwhile();
        return opened;
      };
    },
  };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error) => (error instanceof DomainError ? error.code : String(error)),
  );

describe('bookSlot', () => {
  it('books under the owner’s lock and queues, audits and tells everything in the same transaction', async () => {
    const t = newTestBookSlot();
    const confirmation = await t.bookSlot('link-token', request({ name: ' Rita ' }));

    expect(confirmation).toMatchObject({
      booking: { status: 'confirmed', start: '2026-06-03T09:00:00.000Z', end: '2026-06-03T09:30:00.000Z' },
      title: 'Intro call',
      ownerName: 'Ann',
      manageUrl: 'https://bookings.example/public/bookings/manage/manage-1',
    });
    expect(confirmation.calendarFile).toContain('METHOD:PUBLISH');
    expect(t.locks).toEqual(['owner-1']);
    expect(t.store.bookings).toEqual([
      expect.objectContaining({
        recipientName: 'Rita',
        manageTokenHash: 'hash:manage-1',
        manageTokenSealed: 'sealed:manage-1',
      }),
    ]);
    const id = confirmation.booking.id;
    expect(t.store.sideEffects.map((effect) => effect.kind)).toEqual([
      'create_event',
      'send_confirmations',
      'create_contact',
    ]);
    expect(t.store.audit).toEqual([expect.objectContaining({ action: 'booking.created', targetId: id })]);
    expect(t.store.audit[0]?.actor).toMatch(/^public:[0-9a-f]{64}$/);
    expect(t.store.analytics.map((event) => event.kind)).toEqual(['booked']);
    expect(t.store.webhookEvents.map((event) => [event.type, event.subjectId])).toEqual([
      ['booking.created', id],
    ]);
    expect(t.booked).toEqual([id]);
  });

  it('answers a retry with the same Idempotency-Key and body with the first answer, booking once', async () => {
    const t = newTestBookSlot();
    const first = await t.bookSlot('link-token', request());
    const retry = await t.bookSlot('link-token', request());
    expect(retry).toEqual(first);
    expect(t.store.bookings).toHaveLength(1);
    expect(t.store.sideEffects).toHaveLength(3);
    expect(t.booked).toHaveLength(1);
  });

  it('refuses the same Idempotency-Key with another body, and books nothing for it', async () => {
    const t = newTestBookSlot();
    await t.bookSlot('link-token', request());
    const other = request({ start: new Date('2026-06-03T10:00:00.000Z') });
    expect(await codeOf(t.bookSlot('link-token', other))).toBe('idempotency_key_reused');
    expect(t.store.bookings).toHaveLength(1);
  });

  it('keeps Idempotency-Keys apart per link: the same key on another link is another booking', async () => {
    const t = newTestBookSlot({
      links: [
        { ...linkRecord(), tokenHash: 'hash:link-token' },
        { ...linkRecord({ id: 'link-2', title: 'Demo' }), tokenHash: 'hash:other-token' },
      ],
    });
    await t.bookSlot('link-token', request());
    const second = await t.bookSlot('other-token', request({ start: new Date('2026-06-03T11:00:00.000Z') }));
    expect(second.title).toBe('Demo');
    expect(t.store.bookings).toHaveLength(2);
  });

  it('books a one-time link once: it is consumed with the booking, and a used one answers link_used', async () => {
    const t = newTestBookSlot({ oneTimeLinks: [{ ...oneTimeLinkRecord(), tokenHash: 'hash:once' }] });
    const confirmation = await t.bookSlot('once', request());
    expect(t.store.oneTimeLinks[0]).toMatchObject({ status: 'booked', bookingId: confirmation.booking.id });
    expect(t.store.bookings[0]?.oneTimeLinkId).toBe('one-time-1');
    const again = request({ start: new Date('2026-06-03T10:00:00.000Z') });
    expect(await codeOf(t.bookSlot('once', again, { ip: '203.0.113.7' }))).toBe('link_used');
    expect(t.store.bookings).toHaveLength(1);
  });

  it('answers link_used when the one-time link was used while the request waited, and keeps nothing', async () => {
    const t = newTestBookSlot({ oneTimeLinks: [{ ...oneTimeLinkRecord(), tokenHash: 'hash:once' }] });
    t.interleave(() => {
      const row = t.store.oneTimeLinks[0];
      if (row) t.store.oneTimeLinks[0] = { ...row, status: 'booked', bookingId: 'someone-else' };
    });
    expect(await codeOf(t.bookSlot('once', request()))).toBe('link_used');
    expect(t.store.bookings).toEqual([]);
    expect(t.store.sideEffects).toEqual([]);
    expect(t.store.responses.size).toBe(0);
  });

  it('maps each rule’s rejection to its code', async () => {
    const cases: [string, (t: ReturnType<typeof newTestBookSlot>) => Promise<unknown>][] = [
      ['duration_not_allowed', (t) => t.bookSlot('link-token', request({ duration: 45 }))],
      ['off_grid', (t) => t.bookSlot('link-token', request({ start: new Date('2026-06-03T09:10:00.000Z') }))],
      [
        'outside_window',
        (t) => t.bookSlot('link-token', request({ start: new Date('2026-06-03T20:00:00.000Z') })),
      ],
      [
        'outside_window',
        (t) => t.bookSlot('link-token', request({ start: new Date('2026-09-01T09:00:00.000Z') })),
      ],
      [
        'slot_unavailable',
        (t) => {
          t.busy.push({
            start: new Date('2026-06-03T08:45:00.000Z'),
            end: new Date('2026-06-03T09:15:00.000Z'),
          });
          return t.bookSlot('link-token', request());
        },
      ],
      [
        'slot_unavailable',
        (t) => {
          t.store.bookings.push({ ...storedBooking({ id: 'taken' }), manageTokenHash: null });
          return t.bookSlot('link-token', request());
        },
      ],
      ['validation_failed', (t) => t.bookSlot('link-token', request({ name: '  ' }))],
      ['validation_failed', (t) => t.bookSlot('link-token', request({ timeZone: 'Mars/Olympus' }))],
      ['link_not_found', (t) => t.bookSlot('no-such-token', request())],
    ];
    for (const [code, attempt] of cases) {
      const t = newTestBookSlot();
      expect(await codeOf(attempt(t)), code).toBe(code);
      expect(t.store.bookings.filter((booking) => booking.id !== 'taken')).toEqual([]);
    }
    const switchedOff = newTestBookSlot({
      links: [{ ...linkRecord({ isActive: false }), tokenHash: 'hash:link-token' }],
    });
    expect(await codeOf(switchedOff.bookSlot('link-token', request()))).toBe('link_inactive');
  });

  it('holds the answers to the template’s questions', async () => {
    const t = newTestBookSlot({
      links: [{ ...linkRecord({ templateId: 'template-1' }), tokenHash: 'hash:link-token' }],
      templates: [
        templateRecord({ questions: [{ id: 'company', label: 'Company', kind: 'text', required: true }] }),
      ],
    });
    const missing = t.bookSlot('link-token', request());
    await expect(missing).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ path: 'answers.company' })],
    });
    const booked = await t.bookSlot('link-token', request({ answers: { company: 'Acme' } }), {
      ip: '203.0.113.7',
    });
    expect(booked.booking.answers).toEqual({ company: 'Acme' });
    expect(booked.calendarFile).toContain('Company: Acme');
  });
});
