import { and, count, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { SignInTokensRepository } from '../../../ports/sign-in-tokens';
import type { Db } from '../client';
import { signInTokens } from '../schema';

export function createSignInTokensRepository(db: Db): SignInTokensRepository {
  return {
    async save(entry) {
      await db.insert(signInTokens).values(entry);
    },
    async consume(tokenHash, now) {
      // One statement that uses up every outstanding link of the token's email: two clicks on the same link
      // cannot both sign in, and a link mailed earlier (or later read by someone else) is dead once one is used.
      const emailOfToken = db
        .select({ email: signInTokens.email })
        .from(signInTokens)
        .where(
          and(
            eq(signInTokens.tokenHash, tokenHash),
            isNull(signInTokens.usedAt),
            gt(signInTokens.expiresAt, now),
          ),
        );
      const used = await db
        .update(signInTokens)
        .set({ usedAt: now })
        .where(and(inArray(signInTokens.email, emailOfToken), isNull(signInTokens.usedAt)))
        .returning({ email: signInTokens.email, tokenHash: signInTokens.tokenHash });
      return used.find((row) => row.tokenHash === tokenHash)?.email ?? null;
    },
    async countUnexpired(email, now) {
      const [row] = await db
        .select({ count: count() })
        .from(signInTokens)
        .where(and(eq(signInTokens.email, email), gt(signInTokens.expiresAt, now)));
      return row?.count ?? 0;
    },
  };
}
