/**
 * One relay pass at a time: a call while a pass runs asks for one more pass after it and shares its promise, so
 * rows written during a pass are never left for the next sweep, and passes never overlap.
 */
export interface CoalescedRelay {
  run(): Promise<number>;
  /** Resolves once the pass in progress, if any, has ended (its failure included). */
  settled(): Promise<void>;
}

export function createCoalescedRelay(relayOnce: () => Promise<number>): CoalescedRelay {
  let running: Promise<number> | null = null;
  let again = false;
  return {
    run() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        let total = 0;
        do {
          again = false;
          total += await relayOnce();
        } while (again);
        return total;
      })().finally(() => {
        running = null;
      });
      return running;
    },
    async settled() {
      await running?.catch(() => 0);
    },
  };
}
