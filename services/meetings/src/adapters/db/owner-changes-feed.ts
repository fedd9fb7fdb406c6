import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { InvalidatedAnswerCache } from '../cache/answer-cache';
import type { Database } from './client';

const CHANNEL = 'bookings_owner_changes';
const ANY_OWNER = '*';

export interface OwnerChangesFeed {
  /** Tells every instance on this database that the owner's data changed (null: any owner's). */
  publish(ownerId: string | null): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps the answer caches of several instances on one PostgreSQL right: a change committed through one instance
 * is published with NOTIFY, and every instance forgets what it kept of that owner. The instance that made the
 * change has already forgotten it (synchronously, before answering); the others forget within a round trip.
 * A broken listening connection forgets everything, since notifications may have been missed. PGlite belongs to
 * one process: nothing to tell.
 */
export function createOwnerChangesFeed(
  database: Pick<Database, 'db' | 'kind' | 'listen'>,
  cache: Pick<InvalidatedAnswerCache, 'forgetOwner' | 'forgetAll'>,
  log?: Pick<FastifyBaseLogger, 'warn'>,
): OwnerChangesFeed {
  if (database.kind === 'pglite') return { publish: () => {}, start: async () => {}, stop: async () => {} };
  let stop: (() => Promise<void>) | null = null;
  return {
    publish(ownerId) {
      database.db
        .execute(sql`SELECT pg_notify(${CHANNEL}, ${ownerId ?? ANY_OWNER})`)
        .catch((error: unknown) => {
          log?.warn(
            { err: error },
            'other instances could not be told of a change; their answers expire shortly',
          );
        });
    },
    async start() {
      stop = await database.listen(
        CHANNEL,
        (payload) => (payload === ANY_OWNER ? cache.forgetAll() : cache.forgetOwner(payload)),
        () => cache.forgetAll(),
      );
    },
    async stop() {
      await stop?.();
      stop = null;
    },
  };
}
