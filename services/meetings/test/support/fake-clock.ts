import type { Clock } from '../../src/ports/clock';

export interface FakeClock extends Clock {
  set(iso: string): void;
  advanceDays(days: number): void;
}

/** A clock the test moves by hand. */
export function createFakeClock(start: string): FakeClock {
  let current = new Date(start);
  const clock: FakeClock = {
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
