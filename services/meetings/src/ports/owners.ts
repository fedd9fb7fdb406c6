export interface Owner {
  id: string;
  email: string;
  name: string;
  timeZone: string;
}

/** What the owner shows of themselves: the booking page's host block, the dashboard's profile form. */
export interface OwnerProfile extends Owner {
  /** BCP 47 tag the owner prefers; null = the browser's. */
  locale: string | null;
  /** False until a zone was picked (profile, identity provider, first browser sign-in). */
  timeZoneChosen: boolean;
  /** Hash naming the current photo (its URL); null without one. */
  avatarDigest: string | null;
}

export interface ProfileChanges {
  name?: string | undefined;
  timeZone?: string | undefined;
  locale?: string | null | undefined;
}

/** A photo ready to serve: square, small, re-encoded. */
export interface AvatarImage {
  contentType: string;
  bytes: Uint8Array;
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
  /**
   * The owner a token names, created on first use; null when a token of ours names an owner id that does not
   * exist while its email belongs to another owner (identities are never merged by email: ADR 008).
   */
  ensureFromClaims(claims: OwnerClaims): Promise<Owner | null>;
  /** The owner who signs in here with this email (magic link, token script), created on first use. */
  ensureLocal(email: string): Promise<Owner>;
  findById(id: string): Promise<Owner | null>;
  findProfile(id: string): Promise<OwnerProfile | null>;
  /** Applies the changes given; a new time zone counts as chosen. */
  updateProfile(id: string, changes: ProfileChanges): Promise<void>;
  /** Sets the zone only while none was chosen (the first sign-in from a browser); answers the owner's zone. */
  adoptTimeZone(id: string, timeZone: string): Promise<string>;
  /** Replaces the photo (null removes it); `digest` names it in its URL. */
  setAvatar(id: string, avatar: (AvatarImage & { digest: string }) | null): Promise<void>;
  findAvatar(digest: string): Promise<AvatarImage | null>;
}
