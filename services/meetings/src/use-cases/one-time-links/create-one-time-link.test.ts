import { describe, expect, it } from 'vitest';
import { memoryBusyTime } from '../../../test/fakes/busy-time';
import { createMemoryStore } from '../../../test/fakes/memory-store';
import { linkRecord, storedBooking } from '../../../test/fakes/records';
import { memoryLinks } from '../../../test/fakes/repositories';
import { fakeSealer, fakeTokens } from '../../../test/fakes/secrets';
import { memoryUnitOfWork } from '../../../test/fakes/unit-of-work';
import { createFakeClock } from '../../../test/support/fake-clock';
import { DomainError } from '../../domain/shared/domain-error';
import { makeLoadAvailabilityInput } from '../availability/load-availability-input';
import { type CreateOneTimeLinkInput, makeCreateOneTimeLink } from './create-one-time-link';

// Monday 1 June 2026; the link is open 09:00–17:00 UTC on weekdays for 30- and 60-minute meetings.
const NOW = '2026-06-01T08:00:00.000Z';
const OWNER = 'owner-1';

/** createOneTimeLink over typed in-memory ports; the calendar is busy Wednesday 10:00–11:00. */
function newTestCreateOneTimeLink() {
  const store = createMemoryStore({
    links: [
      {
        ...linkRecord({ settings: { ...linkRecord().settings, durations: [30, 60] } }),
        tokenHash: 'hash:link-token',
      },
    ],
    bookings: [
      {
        ...storedBooking({
          startsAt: new Date('2026-06-03T14:00:00.000Z'),
          endsAt: new Date('2026-06-03T14:30:00.000Z'),
        }),
        manageTokenHash: null,
      },
    ],
  });
  const calendar = [
    { start: Date.parse('2026-06-03T10:00:00.000Z'), end: Date.parse('2026-06-03T11:00:00.000Z') },
  ];
  const create = makeCreateOneTimeLink({
    links: memoryLinks(store),
    transaction: memoryUnitOfWork(store),
    tokens: fakeTokens('once'),
    sealer: fakeSealer,
    loadAvailabilityInput: makeLoadAvailabilityInput({ busyTime: memoryBusyTime(store, calendar) }),
    clock: createFakeClock(NOW),
    publicBaseUrl: 'https://bookings.example',
  });
  return {
    store,
    create: (input: CreateOneTimeLinkInput, linkId = 'link-1') => create(OWNER, linkId, input),
  };
}

const slot = (start: string, minutes = 30) => ({
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof DomainError ? { code: error.code, errors: error.errors } : error),
  );

describe('createOneTimeLink', () => {
  it('keeps the token only as a hash and sealed, answers its URL once, and audits it', async () => {
    const t = newTestCreateOneTimeLink();
    const created = await t.create({ recipientEmail: ' Rita@Example.com ', recipientName: ' Rita ' });
    expect(created).toMatchObject({
      linkId: 'link-1',
      recipientEmail: 'rita@example.com',
      recipientName: 'Rita',
      status: 'active',
      pickedSlots: null,
      url: 'https://bookings.example/public/bookings/once-1',
    });
    expect(t.store.oneTimeLinks).toEqual([
      expect.objectContaining({ tokenHash: 'hash:once-1', tokenSealed: 'sealed:once-1' }),
    ]);
    expect(t.store.audit).toEqual([
      expect.objectContaining({
        action: 'one_time_link.created',
        actor: 'owner:owner-1',
        targetId: created.id,
      }),
    ]);
  });

  it('expires after 7 days unless told, and never later than the longest expiry', async () => {
    const t = newTestCreateOneTimeLink();
    const byDefault = await t.create({ recipientEmail: 'a@example.com' });
    expect(byDefault.expiresAt).toBe('2026-06-08T08:00:00.000Z');
    const long = await t.create({ recipientEmail: 'b@example.com', expiresInDays: 10_000 });
    expect(Date.parse(long.expiresAt)).toBeGreaterThan(Date.parse(byDefault.expiresAt));
    expect(Date.parse(long.expiresAt)).toBeLessThan(Date.parse(NOW) + 10_000 * 86_400_000);
  });

  it('keeps picked slots the link offers now, sorted as sent', async () => {
    const t = newTestCreateOneTimeLink();
    const created = await t.create({
      recipientEmail: 'rita@example.com',
      pickedSlots: [slot('2026-06-03T12:00:00.000Z'), slot('2026-06-03T09:00:00.000Z', 60)],
    });
    expect(created.pickedSlots).toEqual([
      slot('2026-06-03T12:00:00.000Z'),
      slot('2026-06-03T09:00:00.000Z', 60),
    ]);
    expect(t.store.audit[0]?.summary).toContain('2 picked slots');
  });

  it('refuses picked slots the link would not offer, naming each, and stores nothing', async () => {
    const t = newTestCreateOneTimeLink();
    const refused = await failure(
      t.create({
        recipientEmail: 'rita@example.com',
        pickedSlots: [
          slot('2026-06-03T10:00:00.000Z'), // busy in the calendar
          slot('2026-06-03T14:00:00.000Z'), // another booking
          slot('2026-06-03T20:00:00.000Z'), // outside the link's hours
          { start: '2026-06-03T16:00:00.000Z', end: '2026-06-03T15:00:00.000Z' }, // ends before it starts
          slot('2026-07-01T09:00:00.000Z'), // after the link expires
        ],
      }),
    );
    expect(refused).toMatchObject({ code: 'validation_failed' });
    const paths = (refused as { errors: { path: string }[] }).errors.map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'pickedSlots[0]',
        'pickedSlots[1]',
        'pickedSlots[2]',
        'pickedSlots[3].end',
        'pickedSlots[4].start',
      ]),
    );
    expect(t.store.oneTimeLinks).toEqual([]);
    expect(t.store.audit).toEqual([]);
  });

  it('refuses overlapping picked slots', async () => {
    const t = newTestCreateOneTimeLink();
    const refused = await failure(
      t.create({
        recipientEmail: 'rita@example.com',
        pickedSlots: [slot('2026-06-04T09:00:00.000Z', 60), slot('2026-06-04T09:30:00.000Z')],
      }),
    );
    expect(refused).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'pickedSlots[1]', message: 'overlaps another picked slot' }],
    });
  });

  it('does not find another owner’s link', async () => {
    const t = newTestCreateOneTimeLink();
    t.store.links.push({ ...linkRecord({ id: 'link-2', ownerId: 'owner-2' }), tokenHash: 'hash:theirs' });
    expect(await failure(t.create({ recipientEmail: 'rita@example.com' }, 'link-2'))).toMatchObject({
      code: 'not_found',
    });
  });
});
