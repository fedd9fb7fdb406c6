import type { SideEffectRow, SideEffectStatus, SideEffectsRepository } from '../../src/ports/side-effects';

export type MemorySideEffectRow = SideEffectRow & { lastError: string | null };

/**
 * One side effect's row in memory, with the repository methods the runner uses, typed against the real port:
 * one run at a time holds the row, attempts are counted, the row is dead after the last one, and each
 * recipient's delivery is remembered. A claim lapses only when the test says its holder died (`lapseClaim`).
 */
export function memorySideEffectRow(row: MemorySideEffectRow) {
  const delivered = new Set<string>();
  const claim = { token: null as string | null, isLapsed: false, taken: 0, renewals: 0 };
  const release = () => {
    claim.token = null;
  };
  const isHeldBy = (token: string) => claim.token === token && row.status === 'pending';
  const sideEffects: Pick<
    SideEffectsRepository,
    'claim' | 'renewClaim' | 'markDone' | 'recordFailure' | 'markDead' | 'hasDelivered' | 'recordDelivery'
  > = {
    claim: async (id) => {
      if (id !== row.id || row.status !== 'pending') return 'settled';
      if (claim.token !== null && !claim.isLapsed) return 'held';
      claim.taken += 1;
      claim.token = `claim-${claim.taken}`;
      claim.isLapsed = false;
      return { row: { ...row }, token: claim.token };
    },
    renewClaim: async (_id, token) => {
      if (!isHeldBy(token)) return false;
      claim.renewals += 1;
      claim.isLapsed = false;
      return true;
    },
    markDone: async () => {
      if (row.status !== 'pending') return;
      row.status = 'done';
      row.attempts += 1;
      release();
    },
    recordFailure: async (_id, token, error, maxAttempts) => {
      if (!isHeldBy(token)) return null;
      row.attempts += 1;
      row.lastError = error;
      row.status = (row.attempts >= maxAttempts ? 'dead' : 'pending') as SideEffectStatus;
      release();
      return row.status;
    },
    markDead: async (_id, token, error) => {
      if (!isHeldBy(token)) return false;
      row.attempts += 1;
      row.lastError = error;
      row.status = 'dead';
      release();
      return true;
    },
    hasDelivered: async (_id, recipient) => delivered.has(recipient),
    recordDelivery: async (_id, recipient) => {
      delivered.add(recipient);
    },
  };
  /** The holder died: its claim lapses, and the next run takes the row over. */
  const lapseClaim = () => {
    claim.isLapsed = true;
  };
  return { row, sideEffects, delivered, claim, lapseClaim };
}
