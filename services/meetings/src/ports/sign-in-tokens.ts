export interface SignInTokensRepository {
  save(entry: { tokenHash: string; email: string; expiresAt: Date }): Promise<void>;
  /** Marks the token used and returns its email, once; null when unknown, used or expired. */
  consume(tokenHash: string, now: Date): Promise<string | null>;
}
