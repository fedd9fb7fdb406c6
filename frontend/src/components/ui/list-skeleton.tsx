import { Skeleton } from './skeleton';

/** Stand-ins for `rows` cards of a list, each as tall as a real one, so the list lands without a shift. */
export function ListSkeleton({
  rows = 3,
  rowHeight = '7rem',
  label,
}: {
  rows?: number;
  rowHeight?: string;
  label: string;
}) {
  return (
    <div className="stack" aria-busy="true">
      <output className="visually-hidden">{label}</output>
      {Array.from({ length: rows }, (_unused, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={index} height={rowHeight} />
      ))}
    </div>
  );
}
