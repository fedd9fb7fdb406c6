import { Skeleton } from '../../../components/ui/skeleton';

/**
 * The booking card's outline while its code or data loads: the same boxes at the same sizes as the real
 * card (host, month grid, times), so the page lands without moving anything.
 */
export function PublicPageSkeleton() {
  return (
    <main className="booking-page" aria-busy="true" aria-label="Loading booking page">
      <div className="booking-card">
        <div className="booking-card__host host-card">
          <div className="host-card__person">
            <Skeleton width="56px" height="56px" className="skeleton--round" />
            <Skeleton width="8rem" height="1.25rem" />
          </div>
          <Skeleton width="70%" height="1.9rem" />
          <Skeleton width="5rem" height="1.25rem" />
        </div>
        <div className="booking-card__calendar">
          <Skeleton width="6rem" height="1.5rem" />
          <Skeleton height="var(--calendar-height)" />
        </div>
        <div className="booking-card__times">
          <Skeleton width="9rem" height="1.5rem" />
          <Skeleton height="var(--times-height)" />
        </div>
      </div>
    </main>
  );
}

/** The manage card's outline: the meeting, then its actions. */
export function ManagePageSkeleton() {
  return (
    <main className="booking-page" aria-busy="true" aria-label="Loading your booking">
      <div className="booking-card manage-card">
        <div className="booking-card__host host-card">
          <div className="host-card__person">
            <Skeleton width="56px" height="56px" className="skeleton--round" />
            <Skeleton width="8rem" height="1.25rem" />
          </div>
          <Skeleton width="70%" height="1.9rem" />
          <Skeleton width="14rem" height="1.25rem" />
        </div>
        <div className="stack">
          <Skeleton width="9rem" height="1.5rem" />
          <Skeleton height="6rem" />
        </div>
      </div>
    </main>
  );
}
