/** Unguessable public tokens: handed out once, stored only as a hash. */
export interface TokenGenerator {
  generate(): { token: string; hash: string };
  hash(token: string): string;
}

/** Reversible encryption for the few secrets we must be able to show again. */
export interface Sealer {
  seal(plain: string): string;
  unseal(sealed: string): string;
}

export interface AccessTokenIssuer {
  issue(owner: { id: string; email: string; name: string }): { token: string; expiresAt: Date };
}
