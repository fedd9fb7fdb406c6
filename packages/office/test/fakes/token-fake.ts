import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { FakeRequest, FakeResponse } from './http-kit';
import { closeServer, FakeHttpService, listenOnLoopback } from './http-kit';

export interface TokenFakeOptions {
  clientId?: string;
  clientSecret?: string;
  /** Microsoft rotates refresh tokens on every refresh; Google keeps them. */
  rotateRefreshTokens?: boolean;
  accessTokenLifetimeSeconds?: number;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

/** An OAuth 2.0 authorization server: authorization_code and refresh_token grants, invalid_grant on demand. */
export class TokenFake {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly service: FakeHttpService;
  private readonly accessTokens = new Set<string>();
  private readonly refreshTokens = new Set<string>();
  private readonly codes = new Map<string, string>();
  private readonly server;
  private port = 0;

  private constructor(private readonly options: TokenFakeOptions) {
    this.clientId = options.clientId ?? 'test-client-id';
    this.clientSecret = options.clientSecret ?? 'test-client-secret';
    this.service = new FakeHttpService({
      routes: [
        { name: 'token', method: 'POST', path: '/token', isPublic: true, handle: (r) => this.token(r) },
      ],
      errorBody: (status) => ({ error: status >= 500 ? 'server_error' : 'invalid_request' }),
    });
    this.server = createServer(this.service.listener);
  }

  static async start(options: TokenFakeOptions = {}): Promise<TokenFake> {
    const fake = new TokenFake(options);
    fake.port = await listenOnLoopback(fake.server);
    return fake;
  }

  get tokenUrl(): string {
    return `http://127.0.0.1:${this.port}/token`;
  }

  get authorizeUrl(): string {
    return `http://127.0.0.1:${this.port}/authorize`;
  }

  /** A token pair as if the user had just connected. */
  grant(): IssuedTokens {
    const issued = this.issue();
    return {
      accessToken: issued.access_token,
      refreshToken: issued.refresh_token,
      expiresAt: issued.expiresAt,
    };
  }

  issueAuthorizationCode(redirectUri: string): string {
    const code = `code-${randomBytes(8).toString('hex')}`;
    this.codes.set(code, redirectUri);
    return code;
  }

  isValidAccessToken(authorization: string | undefined): boolean {
    const token = authorization?.replace(/^Bearer /i, '');
    return token !== undefined && this.accessTokens.has(token);
  }

  /** Every access token issued so far stops working (as after its expiry or a password change). */
  expireAccessTokens(): void {
    this.accessTokens.clear();
  }

  /** The user revoked access: refresh tokens answer invalid_grant. */
  revokeRefreshTokens(): void {
    this.refreshTokens.clear();
    this.accessTokens.clear();
  }

  /** Forgets faults and recorded requests; tokens already issued stay valid. */
  reset(): void {
    this.service.faults.clear();
    this.service.clearLog();
  }

  get refreshCount(): number {
    return this.service.requests.filter(
      (r) => (r.body as Record<string, string>)?.grant_type === 'refresh_token',
    ).length;
  }

  async close(): Promise<void> {
    await closeServer(this.server);
  }

  private token(request: FakeRequest): FakeResponse {
    const form = (request.body ?? {}) as Record<string, string>;
    if (form.client_id !== this.clientId || form.client_secret !== this.clientSecret) {
      return oauthError(401, 'invalid_client', 'Client authentication failed.');
    }
    if (form.grant_type === 'authorization_code') {
      const redirectUri = form.code ? this.codes.get(form.code) : undefined;
      if (!form.code || redirectUri === undefined) return oauthError(400, 'invalid_grant', 'Bad code.');
      if (redirectUri !== form.redirect_uri)
        return oauthError(400, 'invalid_grant', 'redirect_uri mismatch.');
      this.codes.delete(form.code);
      return { status: 200, body: this.tokenBody(this.issue()) };
    }
    if (form.grant_type === 'refresh_token') {
      const refreshToken = form.refresh_token;
      if (!refreshToken || !this.refreshTokens.has(refreshToken)) {
        return oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
      }
      const rotate = this.options.rotateRefreshTokens ?? false;
      if (rotate) this.refreshTokens.delete(refreshToken);
      const issued = this.issue(rotate ? undefined : refreshToken);
      const body = this.tokenBody(issued);
      return { status: 200, body: rotate ? body : { ...body, refresh_token: undefined } };
    }
    return oauthError(400, 'unsupported_grant_type', `grant_type ${form.grant_type ?? ''} not supported`);
  }

  private issue(keepRefreshToken?: string) {
    const access_token = `at-${randomBytes(12).toString('hex')}`;
    const refresh_token = keepRefreshToken ?? `rt-${randomBytes(12).toString('hex')}`;
    this.accessTokens.add(access_token);
    this.refreshTokens.add(refresh_token);
    const lifetime = this.options.accessTokenLifetimeSeconds ?? 3600;
    return { access_token, refresh_token, expires_in: lifetime, expiresAt: Date.now() + lifetime * 1000 };
  }

  private tokenBody(issued: { access_token: string; refresh_token: string; expires_in: number }) {
    return {
      access_token: issued.access_token,
      refresh_token: issued.refresh_token,
      expires_in: issued.expires_in,
      token_type: 'Bearer',
      scope: 'calendar contacts',
    };
  }
}

function oauthError(status: number, error: string, description: string): FakeResponse {
  return { status, body: { error, error_description: description } };
}
