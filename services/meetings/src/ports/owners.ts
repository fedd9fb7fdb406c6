export interface Owner {
  id: string;
  email: string;
  name: string;
  timeZone: string;
}

/** What a verified bearer token says about its owner. */
export interface OwnerClaims {
  /** True for tokens this service signed (sub is then our owner id), false for an identity provider's. */
  issuedHere: boolean;
  subject: string;
  email: string;
  name?: string | undefined;
  timeZone?: string | undefined;
}

export interface OwnersRepository {
  /** The owner a token names, created on first use. */
  ensureFromClaims(claims: OwnerClaims): Promise<Owner>;
  /** The owner who signs in here with this email (magic link, token script), created on first use. */
  ensureLocal(email: string): Promise<Owner>;
  findById(id: string): Promise<Owner | null>;
}
