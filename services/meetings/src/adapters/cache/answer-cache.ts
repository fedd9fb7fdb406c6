import type { AnswerCache } from '../../ports/answer-cache';
import type { Clock } from '../../ports/clock';

export interface InvalidatedAnswerCache extends AnswerCache {
  /** Something that decides the owner's answers changed (a booking, a cancellation, a move, calendars). */
  forgetOwner(ownerId: string): void;
  /** Anything may have changed (a link or one-time link written, another instance lost touch). */
  forgetAll(): void;
}

interface Entry {
  at: number;
  ownerId: string;
  value: unknown;
}

/**
 * An in-process AnswerCache. Entries live `ttlMs` by the clock (the answers depend on the time: notice, today),
 * at most `maxEntries` of them (the oldest go first). Every invalidation bumps a generation: a load that began
 * before it is not kept, so an answer read before a booking committed can never be stored after it. Identical
 * requests arriving together share one load.
 */
export function createAnswerCache(deps: {
  clock: Clock;
  ttlMs: number;
  maxEntries: number;
}): InvalidatedAnswerCache {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<{ ownerId: string; value: unknown }>>();
  let generation = 0;

  const invalidate = () => {
    generation += 1;
    inFlight.clear();
  };

  return {
    async remember<T>(key: string, load: () => Promise<{ ownerId: string; value: T }>): Promise<T> {
      if (deps.ttlMs <= 0) return (await load()).value;
      const now = deps.clock.now().getTime();
      const kept = entries.get(key);
      if (kept && now >= kept.at && now - kept.at < deps.ttlMs) return kept.value as T;
      const startedIn = generation;
      let flight = inFlight.get(key);
      if (!flight) {
        flight = load();
        inFlight.set(key, flight);
        flight.then(
          (loaded) => {
            if (inFlight.get(key) === flight) inFlight.delete(key);
            if (generation !== startedIn) return;
            entries.delete(key);
            entries.set(key, { at: now, ownerId: loaded.ownerId, value: loaded.value });
            if (entries.size > deps.maxEntries) {
              const oldest = entries.keys().next().value;
              if (oldest !== undefined) entries.delete(oldest);
            }
          },
          () => {
            if (inFlight.get(key) === flight) inFlight.delete(key);
          },
        );
      }
      return (await flight).value as T;
    },
    forgetOwner(ownerId) {
      invalidate();
      for (const [key, entry] of entries) if (entry.ownerId === ownerId) entries.delete(key);
    },
    forgetAll() {
      invalidate();
      entries.clear();
    },
  };
}
