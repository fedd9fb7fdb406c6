import type { BotChallenge } from '../api/public-booking';

/**
 * Solves an ALTCHA proof-of-work challenge (classic protocol): the number n in [0, maxnumber] whose
 * SHA-256(salt + n) is the challenge. Returns the base64 payload the service verifies.
 */
export async function solveChallenge(challenge: BotChallenge, signal?: AbortSignal): Promise<string> {
  const encoder = new TextEncoder();
  for (let number = 0; number <= challenge.maxnumber; number += 1) {
    if (signal?.aborted) throw new DOMException('Solving was cancelled', 'AbortError');
    const digest = await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge.salt}${number}`));
    if (toHex(digest) === challenge.challenge) {
      return btoa(
        JSON.stringify({
          algorithm: challenge.algorithm,
          challenge: challenge.challenge,
          number,
          salt: challenge.salt,
          signature: challenge.signature,
        }),
      );
    }
  }
  throw new Error('The anti-spam challenge has no solution');
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
