export type BadgeTone = 'success' | 'neutral' | 'warning' | 'danger' | 'info';

/** A short status word; colour is never the only signal, the word itself says it. */
export function StatusBadge({ tone, children }: { tone: BadgeTone; children: string }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
