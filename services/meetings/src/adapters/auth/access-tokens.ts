import { createSigner } from 'fast-jwt';
import type { AccessTokenIssuer } from '../../ports/secrets';

/** Issuer and audience of the tokens this service signs itself (HS256). */
export const LOCAL_TOKEN_ISSUER = 'bookings';

export function createAccessTokenIssuer(
  secret: string,
  ttlSeconds: number,
  now: () => Date,
): AccessTokenIssuer {
  const sign = createSigner({ key: secret, algorithm: 'HS256' });
  return {
    issue(owner) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      const exp = issuedAt + ttlSeconds;
      const token = sign({
        sub: owner.id,
        email: owner.email,
        name: owner.name,
        iss: LOCAL_TOKEN_ISSUER,
        aud: LOCAL_TOKEN_ISSUER,
        iat: issuedAt,
        exp,
      });
      return { token, expiresAt: new Date(exp * 1000) };
    },
  };
}
