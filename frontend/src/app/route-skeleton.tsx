import { Skeleton } from '../components/ui/skeleton';

/**
 * Placeholders with the same outline as the screens they stand for, shown while code or data loads,
 * so the real content lands without moving anything.
 */
export function OwnerSkeleton() {
  return (
    <div className="owner-shell" aria-busy="true">
      <output className="visually-hidden">Loading…</output>
      <div className="owner-shell__bar">
        <Skeleton width="8rem" height="1.5rem" />
      </div>
      <div className="owner-shell__main">
        <Skeleton width="12rem" height="2rem" />
        <Skeleton height="6rem" />
        <Skeleton height="6rem" />
      </div>
    </div>
  );
}

export { ManagePageSkeleton } from '../features/public-booking/components/public-page-skeleton';
