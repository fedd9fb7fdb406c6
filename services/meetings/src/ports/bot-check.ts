/** A proof-of-work challenge the booking page solves in the background before it may book. */
export interface BotChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/**
 * What a challenge is issued for: booking through a public link, or changing a booking through its manage
 * link, by that link's token. A solution only passes for the scope its challenge was issued for.
 */
export interface BotCheckScope {
  purpose: 'book' | 'manage';
  token: string;
}

export interface BotCheck {
  createChallenge(scope: BotCheckScope): Promise<BotChallenge>;
  /**
   * True once per solved, unexpired challenge issued for this scope: a replayed (even re-encoded) solution,
   * or one solved for another link, fails.
   */
  verifySolution(payload: string, scope: BotCheckScope): Promise<boolean>;
}

/** Challenges already spent, shared by every instance, each remembered until it expires. */
export interface UsedBotChallenges {
  /** Records the challenge as spent; false when it already was. Forgets those expired by `now`. */
  claim(signature: string, expiresAt: Date, now: Date): Promise<boolean>;
}
