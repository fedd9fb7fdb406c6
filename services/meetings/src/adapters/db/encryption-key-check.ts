import { eq } from 'drizzle-orm';
import { ConfigError } from '../../config';
import type { Sealer } from '../../ports/secrets';
import type { Db } from './client';
import { instanceSettings } from './schema';

const KEY = 'encryption_key_check';
const PROBE = 'bookings';

/**
 * Links' tokens and calendar credentials are sealed with ENCRYPTION_KEY. Starting with another key would
 * make them unreadable one request at a time; refusing to start names the problem once, at once.
 */
export async function checkEncryptionKey(db: Db, sealer: Sealer): Promise<void> {
  await db
    .insert(instanceSettings)
    .values({ key: KEY, value: sealer.seal(PROBE) })
    .onConflictDoNothing();
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, KEY));
  let matches = false;
  try {
    matches = row !== undefined && sealer.unseal(row.value) === PROBE;
  } catch {
    matches = false;
  }
  if (!matches) {
    throw new ConfigError('ENCRYPTION_KEY', 'does not match the key this database was set up with');
  }
}
