import type { SideEffectRow, SideEffectStatus, SideEffectsRepository } from '../../src/ports/side-effects';

export type MemorySideEffectRow = SideEffectRow & { lastError: string | null };

/**
 * One side effect's row in memory, with the repository methods the runner uses, typed against the real port:
 * attempts are counted, the row is dead after the last one, and each recipient's delivery is remembered.
 */
export function memorySideEffectRow(row: MemorySideEffectRow) {
  const delivered = new Set<string>();
  const sideEffects: Pick<
    SideEffectsRepository,
    'find' | 'markDone' | 'recordFailure' | 'markDead' | 'hasDelivered' | 'recordDelivery'
  > = {
    find: async (id) => (id === row.id ? { ...row } : null),
    markDone: async () => {
      row.status = 'done';
      row.attempts += 1;
    },
    recordFailure: async (_id, error, maxAttempts) => {
      row.attempts += 1;
      row.lastError = error;
      row.status = (row.attempts >= maxAttempts ? 'dead' : 'pending') as SideEffectStatus;
      return row.status;
    },
    markDead: async (_id, error) => {
      row.attempts += 1;
      row.lastError = error;
      row.status = 'dead';
    },
    hasDelivered: async (_id, recipient) => delivered.has(recipient),
    recordDelivery: async (_id, recipient) => {
      delivered.add(recipient);
    },
  };
  return { row, sideEffects, delivered };
}
