import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { LoadMore } from '../../../components/ui/load-more';
import { describeError } from '../../../lib/api-error';
import { type BookingsStatus, type BookingsWhen, useBookings } from '../api/get-bookings';
import { BookingCard } from './booking-card';

const FILTERS: { value: BookingsWhen; label: string }[] = [
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'past', label: 'Past' },
];

const STATUSES: { value: BookingsStatus; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'confirmed', label: 'Confirmed' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** Bookings across all links: upcoming soonest first, past latest first, a page at a time. */
export function BookingsList({ timeZone }: { timeZone: string }) {
  const [when, setWhen] = useState<BookingsWhen>('upcoming');
  const [status, setStatus] = useState<BookingsStatus>('all');
  const bookings = useBookings(when, status);
  const whenWord = when === 'upcoming' ? 'upcoming' : 'past';
  const statusWord = status === 'all' ? '' : `${status} `;

  let body = null;
  if (bookings.isPending) body = <ListSkeleton label="Loading bookings…" rowHeight="9rem" />;
  else if (bookings.isError)
    body = (
      <Alert tone="error" title="Bookings could not be loaded">
        <p>{describeError(bookings.error)}</p>
        <Button variant="secondary" onClick={() => bookings.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  else {
    const items = bookings.data.pages.flatMap((page) => page.items);
    body =
      items.length === 0 ? (
        <EmptyState title={`No ${statusWord}${whenWord} meetings`}>
          <p>Meetings people book through your links appear here.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="card-list" aria-label={`${when === 'upcoming' ? 'Upcoming' : 'Past'} bookings`}>
            {items.map((booking) => (
              <li key={booking.id}>
                <BookingCard booking={booking} timeZone={timeZone} />
              </li>
            ))}
          </ul>
          <LoadMore
            hasMore={bookings.hasNextPage}
            isLoading={bookings.isFetchingNextPage}
            onLoad={() => bookings.fetchNextPage()}
            label="Show more bookings"
          />
        </>
      );
  }

  return (
    <section className="stack" aria-labelledby="bookings-list-title">
      <div className="section-head">
        <h2 id="bookings-list-title">All bookings</h2>
        <div className="row">
          <fieldset className="segmented">
            <legend className="visually-hidden">When</legend>
            {FILTERS.map((filter) => (
              <label key={filter.value} className="segmented__option">
                <input
                  type="radio"
                  name="bookings-when"
                  value={filter.value}
                  checked={when === filter.value}
                  onChange={() => setWhen(filter.value)}
                />
                {filter.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="segmented">
            <legend className="visually-hidden">Status</legend>
            {STATUSES.map((filter) => (
              <label key={filter.value} className="segmented__option">
                <input
                  type="radio"
                  name="bookings-status"
                  value={filter.value}
                  checked={status === filter.value}
                  onChange={() => setStatus(filter.value)}
                />
                {filter.label}
              </label>
            ))}
          </fieldset>
        </div>
      </div>
      <p className="muted">Times are shown in your time zone, {timeZone}.</p>
      {body}
    </section>
  );
}
