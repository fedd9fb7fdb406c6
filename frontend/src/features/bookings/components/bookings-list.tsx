import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { LoadMore } from '../../../components/ui/load-more';
import { describeError } from '../../../lib/api-error';
import { useBookings } from '../api/get-bookings';
import {
  type BookingsFilters,
  hasActiveFilters,
  readBookingsFilters,
  writeBookingsFilters,
} from '../model/bookings-filters';
import { BookingCard } from './booking-card';
import { BookingsFiltersForm, type LinkChoice } from './bookings-filters-form';

const WHEN_WORDS = { upcoming: 'upcoming ', past: 'past ', all: '' } as const;

function emptyTitle(filters: BookingsFilters): string {
  if (hasActiveFilters({ ...filters, when: 'upcoming' })) return 'No meetings match these filters';
  return `No ${WHEN_WORDS[filters.when]}meetings`;
}

/**
 * Bookings across all links, searched and filtered on the service (the filters live in the page's URL):
 * upcoming soonest first, past latest first, a page at a time.
 */
export function BookingsList({ timeZone, links = [] }: { timeZone: string; links?: LinkChoice[] }) {
  const [params, setParams] = useSearchParams();
  const filters = readBookingsFilters(params);
  const bookings = useBookings(filters, timeZone);
  const setFilters = (next: BookingsFilters) => setParams(writeBookingsFilters(next));

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
        <EmptyState title={emptyTitle(filters)}>
          <p>
            {hasActiveFilters({ ...filters, when: 'upcoming' })
              ? 'Try another name, link, status or date range, or clear the filters.'
              : 'Meetings people book through your links appear here.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className="card-list" aria-label="Bookings">
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
  const count = bookings.data?.pages.reduce((total, page) => total + page.items.length, 0);

  return (
    <section className="stack" aria-labelledby="bookings-list-title">
      <h2 id="bookings-list-title">All bookings</h2>
      <BookingsFiltersForm filters={filters} links={links} onChange={setFilters} />
      <p className="muted">Times are shown in your time zone, {timeZone}.</p>
      <output className="visually-hidden">
        {count === undefined
          ? ''
          : `${count}${bookings.hasNextPage ? ' or more' : ''} ${count === 1 ? 'booking' : 'bookings'} shown`}
      </output>
      {body}
    </section>
  );
}
