export interface KeepAliveOptions {
  /** How often the claim is renewed: a fraction of its lease, so a missed renewal or two still keeps it. */
  everyMs: number;
  /** After this many renewals the run is taken as hung, and its claim is left to lapse. */
  maxRenewals: number;
}

/**
 * Renews a run's claim while the run lasts, so the claim lapses only when its holder stops renewing it (its
 * process died or froze), never under a run that is merely slow. Returns the stop, called when the run ends.
 */
export function keepClaimAlive(renew: () => Promise<boolean>, options: KeepAliveOptions): () => void {
  let renewals = 0;
  const timer = setInterval(() => {
    if (renewals >= options.maxRenewals) {
      clearInterval(timer);
      return;
    }
    renewals += 1;
    renew().then(
      (isHeld) => {
        // Settled or taken over: there is nothing left to keep.
        if (!isHeld) clearInterval(timer);
      },
      // A renewal lost to a database hiccup: the next one comes well before the lease lapses.
      () => undefined,
    );
  }, options.everyMs);
  // A run in progress keeps the process alive by itself; its renewals must not keep it alive after it.
  timer.unref();
  return () => clearInterval(timer);
}
