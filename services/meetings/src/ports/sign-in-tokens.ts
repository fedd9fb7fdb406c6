export interface SignInTokensRepository {
  save(entry: { tokenHash: string; email: string; expiresAt: Date }): Promise<void>;
  /**
   * Marks the token used, and every other outstanding link of its email with it, and returns the email, once;
   * null when unknown, used or expired.
   */
  consume(tokenHash: string, now: Date): Promise<string | null>;
  /** How many links were asked for this email whose validity has not run out (used ones included). */
  countUnexpired(email: string, now: Date): Promise<number>;
}
