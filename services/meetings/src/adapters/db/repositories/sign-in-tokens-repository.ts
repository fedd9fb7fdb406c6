import { and, eq, gt, isNull } from 'drizzle-orm';
import type { SignInTokensRepository } from '../../../ports/sign-in-tokens';
import type { Db } from '../client';
import { signInTokens } from '../schema';

export function createSignInTokensRepository(db: Db): SignInTokensRepository {
  return {
    async save(entry) {
      await db.insert(signInTokens).values(entry);
    },
    async consume(tokenHash, now) {
      // One statement, so two clicks on the same link cannot both sign in.
      const [row] = await db
        .update(signInTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(signInTokens.tokenHash, tokenHash),
            isNull(signInTokens.usedAt),
            gt(signInTokens.expiresAt, now),
          ),
        )
        .returning({ email: signInTokens.email });
      return row?.email ?? null;
    },
  };
}
