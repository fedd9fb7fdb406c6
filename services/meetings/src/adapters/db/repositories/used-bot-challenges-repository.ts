import { lte } from 'drizzle-orm';
import type { UsedBotChallenges } from '../../../ports/bot-check';
import type { Db } from '../client';
import { usedBotChallenges } from '../schema';

export function createUsedBotChallengesRepository(db: Db): UsedBotChallenges {
  return {
    async claim(signature, expiresAt, now) {
      // An expired challenge fails verification before it gets here, so its row is no longer needed.
      await db.delete(usedBotChallenges).where(lte(usedBotChallenges.expiresAt, now));
      // The primary key decides between two requests racing with one solution: only one insert lands.
      const inserted = await db
        .insert(usedBotChallenges)
        .values({ signature, expiresAt })
        .onConflictDoNothing()
        .returning({ signature: usedBotChallenges.signature });
      return inserted.length === 1;
    },
  };
}
