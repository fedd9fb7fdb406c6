import type { Clock } from '../../src/ports/clock';

/** A clock the test moves by hand. */
export function createFakeClock(start: string) {
  let current = new Date(start);
  const clock: Clock & { set(iso: string): void; advanceDays(days: number): void } = {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso);
    },
    advanceDays: (days) => {
      current = new Date(current.getTime() + days * 86_400_000);
    },
  };
  return clock;
}
