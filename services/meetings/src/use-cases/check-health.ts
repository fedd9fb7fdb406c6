import type { DatabaseHealth } from '../ports/database-health';

export function makeCheckHealth(deps: { database: DatabaseHealth }) {
  return async function checkHealth() {
    const isUp = await deps.database.ping().then(
      () => true,
      () => false,
    );
    return {
      status: isUp ? ('ok' as const) : ('unavailable' as const),
      database: { status: isUp ? ('up' as const) : ('down' as const), driver: deps.database.kind },
    };
  };
}
