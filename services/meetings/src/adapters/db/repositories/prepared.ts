/**
 * A query built on its first use and run with new values after: drizzle's query building costs more CPU than the
 * round trip for the short reads every booking page makes (measured on PostgreSQL: a select of one owner took
 * 310 µs of CPU built each time, 85 µs prepared). Built per repository, so a transaction's repository prepares
 * on the transaction's own connection.
 */
export function preparedOnce<Query>(build: () => Query): () => Query {
  let query: Query | undefined;
  return () => {
    query ??= build();
    return query;
  };
}
