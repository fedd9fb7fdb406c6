import { countBookings } from '@bookings/availability';
import { describe, expect, it } from 'vitest';
import { defaultLinkSettings } from '../../domain/links/link-settings';
import { assembleAvailabilityInput, subtractInterval } from './load-availability-input';

describe('subtractInterval', () => {
  it('keeps what lies outside the hole, splitting a block that spans it', () => {
    expect(
      subtractInterval(
        [
          { start: 0, end: 10 },
          { start: 20, end: 60 },
          { start: 30, end: 40 },
          { start: 70, end: 80 },
        ],
        { start: 25, end: 50 },
      ),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 25 },
      { start: 50, end: 60 },
      { start: 70, end: 80 },
    ]);
  });
});

describe('assembleAvailabilityInput with a booking being moved', () => {
  const link = { id: 'link-1', ownerId: 'owner-1', settings: defaultLinkSettings('UTC') };
  const meetings = [
    {
      bookingId: 'moving',
      linkId: 'link-1',
      start: 100,
      end: 200,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
    },
    {
      bookingId: 'other',
      linkId: 'link-1',
      start: 300,
      end: 400,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
    },
  ];
  const request = { link, duration: 30, now: new Date(0), range: { start: 0, end: 1000 } };

  it('leaves the booking out of meetings and caps, and its time out of the calendars’ busy time', () => {
    const input = assembleAvailabilityInput(
      { ...request, ignoredBooking: { id: 'moving', meeting: { start: 100, end: 200 } } },
      [{ start: 50, end: 250 }],
      meetings,
    );
    expect(input.bookings).toEqual([{ start: 300, end: 400, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 }]);
    expect(input.busy).toEqual([
      { start: 50, end: 100 },
      { start: 200, end: 250 },
    ]);
    expect(input.counts).toEqual(countBookings([300], 'UTC'));
    const counted = assembleAvailabilityInput(request, [], meetings);
    expect(counted.bookings).toHaveLength(2);
    expect(counted.counts).toEqual(countBookings([100, 300], 'UTC'));
    expect(counted.counts).not.toEqual(input.counts);
  });
});
