import type { OwnerProfile } from '../../ports/owners';

/** Where a photo is served: its hash is in the URL, so the URL changes with the photo. */
export function avatarUrl(publicBaseUrl: string, digest: string | null): string | null {
  return digest ? `${publicBaseUrl}/bookings/public/avatars/${digest}` : null;
}

export function presentProfile(profile: OwnerProfile, publicBaseUrl: string) {
  return {
    id: profile.id,
    email: profile.email,
    name: profile.name,
    timeZone: profile.timeZone,
    locale: profile.locale,
    avatarUrl: avatarUrl(publicBaseUrl, profile.avatarDigest),
  };
}
