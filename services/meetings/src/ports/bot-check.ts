/** A proof-of-work challenge the booking page solves in the background before it may book. */
export interface BotChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

export interface BotCheck {
  createChallenge(): Promise<BotChallenge>;
  /** True once per solved, unexpired challenge: a replayed solution fails. */
  verifySolution(payload: string): Promise<boolean>;
}
