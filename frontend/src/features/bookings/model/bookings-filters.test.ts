import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  readBookingsFilters,
  toBookingsQuery,
  writeBookingsFilters,
} from './bookings-filters';

const LINK = '11111111-1111-4111-8111-111111111111';

describe('bookings filters', () => {
  it('round-trips through the URL, writing only what differs from the defaults', () => {
    const filters = {
      q: 'dana',
      linkId: LINK,
      status: 'cancelled',
      when: 'all',
      from: '2026-03-01',
      to: '2026-03-31',
    } as const;
    const params = writeBookingsFilters(filters);
    expect(params.toString()).toBe(
      `q=dana&link=${LINK}&status=cancelled&when=all&from=2026-03-01&to=2026-03-31`,
    );
    expect(readBookingsFilters(params)).toEqual(filters);
    expect(writeBookingsFilters(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('drops what the API would refuse: unknown values, unreal dates, dates outside 1970–2199, a long search', () => {
    const read = readBookingsFilters(
      new URLSearchParams({
        link: 'x',
        status: 'deleted',
        when: 'soon',
        from: '2026-02-29',
        to: '2200-01-01',
        q: 'a'.repeat(300),
      }),
    );
    expect(read).toEqual({ ...DEFAULT_FILTERS, q: 'a'.repeat(200) });
  });

  it('asks for whole local days, across a daylight-saving change', () => {
    // Berlin moves its clocks forward on 29 March 2026: the first day starts at +01:00, the day after the last at +02:00.
    const query = toBookingsQuery(
      { ...DEFAULT_FILTERS, from: '2026-03-28', to: '2026-03-29' },
      'Europe/Berlin',
    );
    expect(query).toMatchObject({ from: '2026-03-27T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' });
    // Chatham (+13:45 in summer): the date is the owner's, not the browser's.
    const chatham = toBookingsQuery(
      { ...DEFAULT_FILTERS, from: '2026-01-10', to: '2026-01-10' },
      'Pacific/Chatham',
    );
    expect(chatham).toMatchObject({ from: '2026-01-09T10:15:00.000Z', to: '2026-01-10T10:15:00.000Z' });
  });

  it('sends a trimmed search and leaves out a blank one and an inverted range', () => {
    expect(toBookingsQuery({ ...DEFAULT_FILTERS, q: '  olga ' }, 'UTC')).toEqual({
      when: 'upcoming',
      q: 'olga',
    });
    expect(
      toBookingsQuery({ ...DEFAULT_FILTERS, q: '   ', from: '2026-05-02', to: '2026-05-01' }, 'UTC'),
    ).toEqual({
      when: 'upcoming',
    });
  });
});
