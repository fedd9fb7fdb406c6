import { createHash } from 'node:crypto';
import { createChallenge, verifySolution } from 'altcha-lib/v1';
import type { BotChallenge, BotCheck } from '../../ports/bot-check';

const CHALLENGE_TTL_MS = 10 * 60 * 1000;

/**
 * ALTCHA proof of work (altcha-lib's classic protocol, which the ALTCHA widget speaks). Solutions are
 * remembered until their challenge expires so one solution books once per instance.
 */
export function createAltchaBotCheck(
  hmacKey: string,
  maxNumber: number,
  now: () => number = Date.now,
): BotCheck {
  const used = new Map<string, number>();

  function forgetExpired(at: number) {
    for (const [key, expiresAt] of used) if (expiresAt <= at) used.delete(key);
  }

  return {
    async createChallenge() {
      const challenge = await createChallenge({
        hmacKey,
        maxNumber,
        expires: new Date(now() + CHALLENGE_TTL_MS),
      });
      return challenge as BotChallenge;
    },
    async verifySolution(payload) {
      let isValid: boolean;
      try {
        isValid = await verifySolution(payload, hmacKey, true);
      } catch {
        return false;
      }
      if (!isValid) return false;
      const at = now();
      forgetExpired(at);
      const key = createHash('sha256').update(payload).digest('base64url');
      if (used.has(key)) return false;
      used.set(key, at + CHALLENGE_TTL_MS);
      return true;
    },
  };
}
