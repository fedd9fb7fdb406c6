import { createHash, randomBytes } from 'node:crypto';
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

/** What the consent page was asked for, as the provider read it from the authorize URL. */
export interface AuthorizationAsked {
  clientId: string;
  redirectUri: string;
  state: string;
  scopes: string[];
  codeChallenge: string | undefined;
  codeChallengeMethod: string | undefined;
  params: Record<string, string>;
}

/** The consent page's answer: where it sends the browser back, with the code and the state. */
export interface ConsentRedirect {
  code: string;
  state: string;
  callbackUrl: string;
  asked: AuthorizationAsked;
}

interface PendingCode {
  redirectUri: string;
  codeChallenge: string | undefined;
  scope: string | undefined;
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
  private readonly codes = new Map<string, PendingCode>();
  /** Access token -> the refresh token of its grant: revoking the grant ends both. */
  private readonly grantOfAccessToken = new Map<string, string>();
  private readonly scopeOfRefreshToken = new Map<string, string>();
  readonly revokedTokens: string[] = [];
  private readonly server;
  private port = 0;

  private constructor(private readonly options: TokenFakeOptions) {
    this.clientId = options.clientId ?? 'test-client-id';
    this.clientSecret = options.clientSecret ?? 'test-client-secret';
    this.service = new FakeHttpService({
      routes: [
        { name: 'token', method: 'POST', path: '/token', isPublic: true, handle: (r) => this.token(r) },
        { name: 'revoke', method: 'POST', path: '/revoke', isPublic: true, handle: (r) => this.revoke(r) },
        {
          name: 'authorize',
          method: 'GET',
          path: '/authorize',
          isPublic: true,
          handle: (r) => this.authorizeInBrowser(r),
        },
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

  get revokeUrl(): string {
    return `http://127.0.0.1:${this.port}/revoke`;
  }

  /**
   * The consent page: reads the authorize URL as the provider does (this client, a code response, S256 PKCE when a
   * challenge is given), the user consents, and the code is bound to the redirect URI, the challenge and the scopes.
   */
  consent(authorizeUrl: string): ConsentRedirect {
    const url = new URL(authorizeUrl);
    const params = Object.fromEntries(url.searchParams);
    const asked: AuthorizationAsked = {
      clientId: params.client_id ?? '',
      redirectUri: params.redirect_uri ?? '',
      state: params.state ?? '',
      scopes: (params.scope ?? '').split(' ').filter(Boolean),
      codeChallenge: params.code_challenge,
      codeChallengeMethod: params.code_challenge_method,
      params,
    };
    if (asked.clientId !== this.clientId) throw new Error(`consent: unknown client_id ${asked.clientId}`);
    if (params.response_type !== 'code') throw new Error('consent: response_type must be code');
    if (!asked.redirectUri) throw new Error('consent: redirect_uri missing');
    if (asked.codeChallenge !== undefined && asked.codeChallengeMethod !== 'S256') {
      throw new Error(`consent: code_challenge_method ${asked.codeChallengeMethod ?? '(none)'} is not S256`);
    }
    const code = this.issueAuthorizationCode(asked.redirectUri, {
      codeChallenge: asked.codeChallenge,
      scope: asked.scopes.join(' '),
    });
    const callback = new URL(asked.redirectUri);
    callback.searchParams.set('code', code);
    if (asked.state) callback.searchParams.set('state', asked.state);
    return { code, state: asked.state, callbackUrl: callback.toString(), asked };
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

  issueAuthorizationCode(
    redirectUri: string,
    binding: { codeChallenge?: string | undefined; scope?: string | undefined } = {},
  ): string {
    const code = `code-${randomBytes(8).toString('hex')}`;
    this.codes.set(code, { redirectUri, codeChallenge: binding.codeChallenge, scope: binding.scope });
    return code;
  }

  /**
   * The scopes consented to for this access token's grant; undefined for a token made by `grant()`, which the
   * fakes treat as holding every scope.
   */
  scopesOf(authorization: string | undefined): string[] | undefined {
    const token = authorization?.replace(/^Bearer /i, '');
    const grant = token ? this.grantOfAccessToken.get(token) : undefined;
    const scope = grant ? this.scopeOfRefreshToken.get(grant) : undefined;
    return scope === undefined ? undefined : scope.split(' ').filter(Boolean);
  }

  /** Whether the refresh token still works (it stops when its grant is revoked). */
  isLiveRefreshToken(refreshToken: string): boolean {
    return this.refreshTokens.has(refreshToken);
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

  /** Forgets faults, recorded requests and revocations; tokens already issued stay valid. */
  reset(): void {
    this.service.faults.clear();
    this.service.clearLog();
    this.revokedTokens.length = 0;
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
      const pending = form.code ? this.codes.get(form.code) : undefined;
      if (!form.code || pending === undefined) return oauthError(400, 'invalid_grant', 'Bad code.');
      if (pending.redirectUri !== form.redirect_uri)
        return oauthError(400, 'invalid_grant', 'redirect_uri mismatch.');
      // RFC 7636 §4.6: a code issued for a challenge is traded only with the verifier that hashes to it.
      if (pending.codeChallenge !== undefined) {
        if (!form.code_verifier) return oauthError(400, 'invalid_grant', 'Missing code verifier.');
        const challenge = createHash('sha256').update(form.code_verifier).digest('base64url');
        if (challenge !== pending.codeChallenge)
          return oauthError(400, 'invalid_grant', 'Invalid code verifier.');
      }
      this.codes.delete(form.code);
      return { status: 200, body: this.tokenBody(this.issue(undefined, pending.scope)) };
    }
    if (form.grant_type === 'refresh_token') {
      const refreshToken = form.refresh_token;
      if (!refreshToken || !this.refreshTokens.has(refreshToken)) {
        return oauthError(400, 'invalid_grant', 'Token has been expired or revoked.');
      }
      const rotate = this.options.rotateRefreshTokens ?? false;
      if (rotate) this.refreshTokens.delete(refreshToken);
      const issued = this.issue(
        rotate ? undefined : refreshToken,
        this.scopeOfRefreshToken.get(refreshToken),
      );
      const body = this.tokenBody(issued);
      return { status: 200, body: rotate ? body : { ...body, refresh_token: undefined } };
    }
    return oauthError(400, 'unsupported_grant_type', `grant_type ${form.grant_type ?? ''} not supported`);
  }

  /** The consent page a browser opens: the user allows at once, and the browser is sent back with the code. */
  private authorizeInBrowser(request: FakeRequest): FakeResponse {
    const url = new URL(this.authorizeUrl);
    for (const [key, value] of request.query) url.searchParams.append(key, value);
    try {
      return { status: 302, headers: { location: this.consent(url.toString()).callbackUrl } };
    } catch (error) {
      return oauthError(400, 'invalid_request', error instanceof Error ? error.message : String(error));
    }
  }

  /**
   * Google's revoke endpoint (the token in the query or the form): a refresh or access token ends its whole grant.
   * An unknown token answers 400 invalid_token, as Google does.
   */
  private revoke(request: FakeRequest): FakeResponse {
    const form = (request.body ?? {}) as Record<string, string>;
    const token = request.query.get('token') ?? form.token;
    const grant = token ? (this.grantOfAccessToken.get(token) ?? token) : undefined;
    if (!token || !grant || !this.refreshTokens.has(grant)) {
      return oauthError(400, 'invalid_token', 'Token expired or revoked');
    }
    this.refreshTokens.delete(grant);
    for (const [accessToken, owner] of this.grantOfAccessToken) {
      if (owner === grant) {
        this.accessTokens.delete(accessToken);
        this.grantOfAccessToken.delete(accessToken);
      }
    }
    this.revokedTokens.push(token);
    return { status: 200, body: {} };
  }

  private issue(keepRefreshToken?: string, scope?: string) {
    const access_token = `at-${randomBytes(12).toString('hex')}`;
    const refresh_token = keepRefreshToken ?? `rt-${randomBytes(12).toString('hex')}`;
    this.accessTokens.add(access_token);
    this.refreshTokens.add(refresh_token);
    this.grantOfAccessToken.set(access_token, refresh_token);
    if (scope !== undefined) this.scopeOfRefreshToken.set(refresh_token, scope);
    const lifetime = this.options.accessTokenLifetimeSeconds ?? 3600;
    return {
      access_token,
      refresh_token,
      expires_in: lifetime,
      expiresAt: Date.now() + lifetime * 1000,
      scope: scope ?? 'calendar contacts',
    };
  }

  private tokenBody(issued: {
    access_token: string;
    refresh_token: string;
    expires_in: number;
    scope: string;
  }) {
    return {
      access_token: issued.access_token,
      refresh_token: issued.refresh_token,
      expires_in: issued.expires_in,
      token_type: 'Bearer',
      scope: issued.scope,
    };
  }
}

function oauthError(status: number, error: string, description: string): FakeResponse {
  return { status, body: { error, error_description: description } };
}
