import { solveChallenge } from 'altcha-lib/v1';
import { describe, expect, it } from 'vitest';
import type { BotChallenge, BotCheckScope, UsedBotChallenges } from '../../ports/bot-check';
import { CHALLENGE_TTL_MS, createAltchaBotCheck } from './altcha-bot-check';

const START = new Date('2026-06-01T08:00:00.000Z');
const BOOK_A: BotCheckScope = { purpose: 'book', token: 'token-a' };

/** The used set as the table keeps it: one row per signature until it expires. */
function inMemoryUsed(): UsedBotChallenges & { rows: Map<string, Date> } {
  const rows = new Map<string, Date>();
  return {
    rows,
    async claim(signature, expiresAt, now) {
      for (const [key, at] of rows) if (at <= now) rows.delete(key);
      if (rows.has(signature)) return false;
      rows.set(signature, expiresAt);
      return true;
    },
  };
}

function setup() {
  let now = START;
  const used = inMemoryUsed();
  const botCheck = createAltchaBotCheck({
    hmacKey: 'key',
    maxNumber: 500,
    clock: { now: () => new Date(now) },
    used,
  });
  const solve = async (scope: BotCheckScope = BOOK_A) => {
    const challenge: BotChallenge = await botCheck.createChallenge(scope);
    const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, 500)
      .promise;
    return { ...challenge, number: solution?.number ?? -1 };
  };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
  return {
    botCheck,
    used,
    solve,
    encode,
    setNow: (at: Date) => {
      now = at;
    },
  };
}

describe('the ALTCHA bot check', () => {
  it('passes a solution once, keyed by its signature and kept until the challenge expires', async () => {
    const { botCheck, used, solve, encode } = setup();
    const solved = await solve();
    expect(await botCheck.verifySolution(encode(solved), BOOK_A)).toBe(true);
    expect([...used.rows]).toEqual([[solved.signature, new Date(START.getTime() + CHALLENGE_TTL_MS)]]);
    const { algorithm, challenge, salt, signature, number } = solved;
    const reencoded = { signature, salt, number: String(number), challenge, algorithm };
    expect(await botCheck.verifySolution(encode(reencoded), BOOK_A)).toBe(false);
  });

  it('holds a challenge to its purpose and token', async () => {
    const { botCheck, solve, encode } = setup();
    const solved = encode(await solve());
    expect(await botCheck.verifySolution(solved, { purpose: 'book', token: 'token-b' })).toBe(false);
    expect(await botCheck.verifySolution(solved, { purpose: 'manage', token: 'token-a' })).toBe(false);
    expect(await botCheck.verifySolution(solved, BOOK_A)).toBe(true);
  });

  it('refuses a challenge at its expiry, by the injected clock', async () => {
    const { botCheck, solve, encode, setNow } = setup();
    const solved = encode(await solve());
    setNow(new Date(START.getTime() + CHALLENGE_TTL_MS));
    expect(await botCheck.verifySolution(solved, BOOK_A)).toBe(false);
  });

  it('refuses what is not a solved challenge of ours', async () => {
    const { botCheck, solve, encode } = setup();
    const solved = await solve();
    const payloads = [
      '',
      '%%%',
      encode(null),
      encode([solved]),
      encode({ ...solved, algorithm: 'SHA-1' }),
      encode({ ...solved, number: solved.number + 1 }),
      encode({ ...solved, number: -1 }),
      encode({ ...solved, number: '1e3' }),
      encode({ ...solved, signature: solved.signature.toUpperCase() }),
    ];
    for (const payload of payloads) expect(await botCheck.verifySolution(payload, BOOK_A)).toBe(false);
  });
});
