import { Skeleton } from '../../../components/ui/skeleton';

/** The booking page's outline while its code or data loads, so the real page lands without moving anything. */
export function PublicPageSkeleton() {
  return (
    <main className="public-page" aria-busy="true" aria-label="Loading booking page">
      <div className="public-page__intro">
        <Skeleton width="60%" height="2rem" />
        <Skeleton width="40%" height="1rem" />
        <Skeleton height="3rem" />
      </div>
      <div className="public-page__picker">
        <Skeleton height="var(--picker-height)" />
      </div>
    </main>
  );
}
