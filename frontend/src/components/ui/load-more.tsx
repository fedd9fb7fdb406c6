import { Button } from './button';

/** The "next page" control under a cursor-paged list. */
export function LoadMore({
  hasMore,
  isLoading,
  onLoad,
  label = 'Show more',
}: {
  hasMore: boolean;
  isLoading: boolean;
  onLoad: () => void;
  label?: string;
}) {
  if (!hasMore) return null;
  return (
    <div className="load-more">
      <Button variant="secondary" onClick={onLoad} isBusy={isLoading}>
        {isLoading ? 'Loading…' : label}
      </Button>
    </div>
  );
}
