import { createHash } from 'node:crypto';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { BotChallenge, BotCheck, BotCheckScope, UsedBotChallenges } from '../../ports/bot-check';
import type { Clock } from '../../ports/clock';

/** Long enough to pick a time and fill in the form; the booking page fetches a fresh one after each use. */
export const CHALLENGE_TTL_MS = 10 * 60 * 1000;

export interface AltchaBotCheckDeps {
  hmacKey: string;
  maxNumber: number;
  clock: Clock;
  used: UsedBotChallenges;
}

/**
 * ALTCHA proof of work (altcha-lib's classic protocol, which the ALTCHA widget speaks). The salt carries the
 * scope (a digest of the purpose and token) and the expiry as parameters, which the signature covers, so a
 * challenge cannot be moved to another link or outlive its expiry. A solved challenge is spent by its
 * signature, whatever the payload's encoding, and passes once.
 */
export function createAltchaBotCheck({ hmacKey, maxNumber, clock, used }: AltchaBotCheckDeps): BotCheck {
  return {
    async createChallenge(scope) {
      const challenge = await createChallenge({
        hmacKey,
        maxNumber,
        expires: new Date(clock.now().getTime() + CHALLENGE_TTL_MS),
        params: { scope: scopeDigest(scope) },
      });
      return challenge as BotChallenge;
    },
    async verifySolution(payload, scope) {
      const solution = parseSolution(payload);
      if (!solution) return false;
      const params = extractParams(solution);
      if (params.scope !== scopeDigest(scope)) return false;
      const expiresAt = new Date(Number(params.expires) * 1000);
      const now = clock.now();
      // Expiry is read against our clock, not altcha-lib's Date.now(), hence `checkExpires` off.
      if (!/^\d+$/.test(params.expires ?? '') || expiresAt <= now) return false;
      let isValid: boolean;
      try {
        isValid = await verifySolution(solution, hmacKey, false);
      } catch {
        return false;
      }
      return isValid && used.claim(solution.signature, expiresAt, now);
    },
  };
}

interface Solution extends Omit<BotChallenge, 'algorithm' | 'maxnumber'> {
  algorithm: 'SHA-256';
  number: number;
}

/** The solved challenge in the payload, or null when it is not one (any shape, any encoding garbage). */
function parseSolution(payload: string): Solution | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { algorithm, challenge, salt, signature, number } = value as Record<string, unknown>;
  if (algorithm !== 'SHA-256') return null;
  if (typeof challenge !== 'string' || typeof salt !== 'string' || typeof signature !== 'string') return null;
  const parsedNumber = typeof number === 'string' && /^\d{1,15}$/.test(number) ? Number(number) : number;
  if (typeof parsedNumber !== 'number' || !Number.isSafeInteger(parsedNumber) || parsedNumber < 0)
    return null;
  return { algorithm, challenge, salt, signature, number: parsedNumber };
}

/** Names the link without carrying its token: the salt is shown to whoever fetches the challenge. */
function scopeDigest({ purpose, token }: BotCheckScope): string {
  return createHash('sha256').update(`${purpose}:${token}`).digest('base64url').slice(0, 22);
}
