import { isValidTimeZone } from '@bookings/availability';
import fastifyJwt, { type TokenOrHeader } from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LOCAL_TOKEN_ISSUER } from '../../adapters/auth/access-tokens';
import { createJwksKeyResolver } from '../../adapters/auth/jwks';
import type { Config } from '../../config';
import { DomainError } from '../../domain/shared/domain-error';
import type { Owner, OwnersRepository } from '../../ports/owners';

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook for owner routes: verifies the bearer token and loads `request.owner`. */
    authenticate(request: FastifyRequest): Promise<void>;
  }
  interface FastifyRequest {
    owner: Owner;
  }
}

interface TokenPayload {
  sub?: unknown;
  email?: unknown;
  name?: unknown;
  zoneinfo?: unknown;
  iss?: unknown;
}
interface DecodedToken {
  header: { alg?: string; kid?: string };
  payload: TokenPayload;
}

export const authPlugin = fp(
  async (
    app: FastifyInstance,
    options: { auth: Config['auth']; owners: Pick<OwnersRepository, 'ensureFromClaims'> },
  ) => {
    const { auth, owners } = options;
    const keyFor = auth.jwks ? createJwksKeyResolver(auth.jwks.url) : null;

    await app.register(fastifyJwt, {
      // HS256 tokens are only ever checked against our secret, so a provider's public key can never be
      // misused as an HMAC secret (algorithm confusion).
      secret: async (_request: FastifyRequest, tokenOrHeader: TokenOrHeader) => {
        const header = 'header' in tokenOrHeader ? tokenOrHeader.header : tokenOrHeader;
        if (header.alg === 'HS256') return auth.jwtSecret;
        if (!keyFor) throw new Error('only HS256 tokens are accepted');
        return keyFor(header.kid);
      },
      decode: { complete: true },
      verify: {
        algorithms: keyFor ? ['HS256', 'RS256', 'ES256'] : ['HS256'],
        allowedIss: auth.jwks ? [LOCAL_TOKEN_ISSUER, auth.jwks.issuer] : [LOCAL_TOKEN_ISSUER],
        allowedAud: auth.jwks ? [LOCAL_TOKEN_ISSUER, auth.jwks.audience] : [LOCAL_TOKEN_ISSUER],
        // Our own tokens always carry both; one without them was not issued for this service.
        requiredClaims: ['sub', 'exp', 'iss', 'aud'],
        complete: true,
      },
    });

    app.decorateRequest('owner', null as unknown as Owner);
    app.decorate('authenticate', async (request: FastifyRequest) => {
      let decoded: DecodedToken;
      try {
        decoded = await request.jwtVerify<DecodedToken>();
      } catch (error) {
        throw new DomainError('unauthorized', describeJwtFailure(error));
      }
      const { header, payload } = decoded;
      if (typeof payload.sub !== 'string' || typeof payload.email !== 'string') {
        throw new DomainError('unauthorized', 'The token must carry `sub` and `email` claims.');
      }
      // Claims become stored text, which cannot hold U+0000: such a token is no identity of ours.
      if (
        [payload.sub, payload.email, payload.name].some(
          (claim) => typeof claim === 'string' && claim.includes('\u0000'),
        )
      ) {
        throw new DomainError('unauthorized', 'The token carries a claim with a NUL character.');
      }
      const owner = await owners.ensureFromClaims({
        issuedHere: header.alg === 'HS256' && payload.iss === LOCAL_TOKEN_ISSUER,
        subject: payload.sub,
        email: payload.email,
        name: typeof payload.name === 'string' ? payload.name : undefined,
        timeZone:
          typeof payload.zoneinfo === 'string' && isValidTimeZone(payload.zoneinfo)
            ? payload.zoneinfo
            : undefined,
      });
      if (!owner) {
        throw new DomainError(
          'identity_conflict',
          `This token names an owner that does not exist, and ${payload.email} already belongs to another owner. Sign in again to get a token for that owner.`,
        );
      }
      request.owner = owner;
    });
  },
);

function describeJwtFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'FST_JWT_NO_AUTHORIZATION_IN_HEADER')
    return 'Sign in first: send `Authorization: Bearer <token>`.';
  if (code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED') return 'The token has expired. Sign in again.';
  if (code === 'FST_JWT_BAD_REQUEST') return 'The Authorization header must be `Bearer <token>`.';
  return 'The token is not valid.';
}
