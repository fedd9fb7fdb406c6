import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { SmtpTimeouts } from '@bookings/email';
import { servicePath } from './service-root';

/** Everything the service reads from its environment, parsed and checked once at start. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (rate limits and audit key on it). */
  trustProxy: boolean;
  logLevel: string;
  /** A stop (SIGTERM/SIGINT) that has not ended the process after this long ends it anyway, exit non-zero. */
  shutdownDeadlineMs: number;
  dataDir: string;
  publicBaseUrl: string;
  database: { url: string | null; kind: 'postgres' | 'pglite' };
  auth: {
    /** HS256 secret for tokens this service issues (magic-link sign-in, the token script). */
    jwtSecret: string;
    jwtSecretGenerated: boolean;
    tokenTtlSeconds: number;
    /** Set when owners sign in through an existing identity provider (RS256/ES256 through its JWKS). */
    jwks: { url: string; issuer: string; audience: string } | null;
  };
  /** AES-256-GCM key for secrets kept at rest (evergreen link tokens, calendar tokens). */
  encryptionKey: Buffer;
  mail: {
    smtpUrl: string | null;
    from: { email: string; name: string };
    smtpConfigured: boolean;
    /** Derived from the side-effect job timeout, so a send never outlives the job that makes it. */
    timeouts: SmtpTimeouts;
  };
  seedDemo: boolean;
  /** The built SPA (index.html + assets/) the service serves; nothing is served when it does not exist. */
  staticDir: string;
  /** Shared store for rate limits when several instances run; in-process memory without it. */
  redisUrl: string | null;
  /** Origins (scheme://host[:port]) whose pages may frame public booking pages; none when empty. */
  embedAllowedOrigins: string[];
  publicApi: {
    /** Proof-of-work challenge (ALTCHA) and honeypot on booking; clients with an owner token skip them. */
    botProtection: boolean;
    /** Upper bound of the proof-of-work search: the average cost is half of it. */
    botChallengeMaxNumber: number;
    /** How long a public page's free slots are kept in memory at most (0: never); any change of the owner drops them. */
    availabilityCacheSeconds: number;
    /** Requests per minute per IP on every public route. */
    perIpPerMinute: number;
    /** Booking attempts per minute per IP, and per booking link whatever the IP. */
    bookPerIpPerMinute: number;
    bookPerLinkPerMinute: number;
    /** Sign-in link requests and verifications per minute per IP. */
    signInPerIpPerMinute: number;
    /** Sign-in links one address may be sent per 15 minutes, whatever the IPs asking. */
    signInLinksPerEmail: number;
  };
  integrations: IntegrationsConfig;
  webhooks: WebhooksConfig;
}

/** Webhook deliveries to owners' endpoints (ADR 009). */
export interface WebhooksConfig {
  /** WEBHOOK_ALLOW_PRIVATE: endpoints may be on loopback and private networks (local development, tests). */
  allowPrivate: boolean;
  /** Endpoints must be https:// (always in production). */
  requireHttps: boolean;
  /** One attempt's limit: connect, send, answer. */
  timeoutMs: number;
  /** How much of an answer's body the delivery log keeps. */
  maxBodyBytes: number;
  /** First delay after a failed attempt; it triples on each further failure (10 attempts span about 27 h at 10 s). */
  retryBaseSeconds: number;
  pollingIntervalMs: number;
  /** How often deliveries not yet handed to the queue are swept up, besides wake-ups after a change. */
  relayIntervalMs: number;
}

/** OAuth client of one calendar provider, and where its endpoints live (overridden to point at fakes). */
export interface ProviderClientConfig {
  clientId: string;
  clientSecret: string;
  endpoints: {
    authorizeUrl?: string;
    tokenUrl?: string;
    revokeUrl?: string;
    apiBaseUrl?: string;
    contactsApiBaseUrl?: string;
  };
}

export interface IntegrationsConfig {
  /** null when the provider has no OAuth client configured: owners cannot connect it. */
  google: ProviderClientConfig | null;
  microsoft: ProviderClientConfig | null;
  /** How long a provider's busy time is reused before asking again. */
  busyCacheSeconds: number;
  /** Retries inside one provider call (429/5xx/timeouts), honouring Retry-After. */
  providerRetry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
  providerTimeoutMs: number;
  /** Booking side effects (event, emails, contact, follow-up) run from the job queue. */
  sideEffects: {
    maxAttempts: number;
    /** First delay between job attempts; doubles on each retry. */
    retryDelaySeconds: number;
    pollingIntervalMs: number;
    /** How often rows not yet handed to the queue are swept up, besides wake-ups after a booking. */
    relayIntervalMs: number;
    /** A job still running after this long is taken as lost (its process died) and runs again. */
    jobTimeoutSeconds: number;
  };
}

export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** Every bad variable at once, in one line: the operator fixes them in one go, not one restart each. */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];

  constructor(variable: string, problem: string);
  constructor(problems: ConfigProblem[]);
  constructor(variableOrProblems: string | ConfigProblem[], problem = '') {
    const problems =
      typeof variableOrProblems === 'string'
        ? [{ variable: variableOrProblems, problem }]
        : variableOrProblems;
    super(`Invalid configuration: ${problems.map((p) => `${p.variable} ${p.problem}`).join('; ')}`);
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

const DEFAULT_STATIC_DIR = servicePath('..', '..', 'frontend', 'dist');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads the environment, collecting every problem before it throws. A bad variable reads as its default so
 * the rest can still be checked; nothing is written (generated secrets) until the whole configuration is good.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const read = createReader(env);
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = read.integer('PORT', 3000, 0, 65535);
  const dataDir = absolute(env.DATA_DIR?.trim() || './data', cwd);
  const databaseUrl = read.optionalUrl('DATABASE_URL', ['postgres:', 'postgresql:']);
  const publicBaseUrl = (
    read.optionalUrl('PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://localhost:${port}`
  ).replace(/\/+$/, '');
  const jwks = loadJwks(read, env);
  const jwtSecret = read.secret('JWT_SECRET', nodeEnv);
  const encryption = read.secret('ENCRYPTION_KEY', nodeEnv);
  if (encryption && Buffer.from(encryption, 'base64url').length !== 32)
    read.problem('ENCRYPTION_KEY', 'must be 32 bytes, base64url-encoded');
  const tokenTtlSeconds = read.integer('JWT_TTL_SECONDS', 7 * 24 * 3600, 60, 365 * 24 * 3600);
  const smtpUrl = read.optionalUrl('SMTP_URL', ['smtp:', 'smtps:']);

  const loaded: Omit<Config, 'auth' | 'encryptionKey' | 'mail'> & { mail: Omit<Config['mail'], 'timeouts'> } =
    {
      env: nodeEnv,
      host: env.HOST?.trim() || '127.0.0.1',
      trustProxy: read.boolean('TRUST_PROXY', false),
      port,
      logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
      shutdownDeadlineMs: read.integer('SHUTDOWN_DEADLINE_MS', 10_000, 1000, 600_000),
      dataDir,
      publicBaseUrl,
      database: { url: databaseUrl, kind: databaseUrl ? 'postgres' : 'pglite' },
      mail: {
        smtpUrl,
        from: {
          email: read.email('MAIL_FROM', defaultMailFrom(publicBaseUrl)),
          name: env.MAIL_FROM_NAME?.trim() || 'Bookings',
        },
        smtpConfigured: smtpUrl !== null,
      },
      seedDemo: read.boolean('SEED_DEMO', false),
      staticDir: absolute(env.STATIC_DIR?.trim() || DEFAULT_STATIC_DIR, cwd),
      redisUrl: read.optionalUrl('REDIS_URL', ['redis:', 'rediss:']),
      embedAllowedOrigins: read.origins('EMBED_ALLOWED_ORIGINS'),
      publicApi: {
        botProtection: read.boolean('BOT_PROTECTION', true),
        botChallengeMaxNumber: read.integer('BOT_CHALLENGE_MAX_NUMBER', 50_000, 10, 10_000_000),
        availabilityCacheSeconds: read.integer('AVAILABILITY_CACHE_SECONDS', 5, 0, 60),
        perIpPerMinute: read.integer('RATE_LIMIT_PER_MINUTE', 300, 1, 1_000_000),
        bookPerIpPerMinute: read.integer('RATE_LIMIT_BOOK_PER_MINUTE', 10, 1, 1_000_000),
        bookPerLinkPerMinute: read.integer('RATE_LIMIT_BOOK_PER_LINK_PER_MINUTE', 60, 1, 1_000_000),
        signInPerIpPerMinute: read.integer('RATE_LIMIT_SIGN_IN_PER_MINUTE', 5, 1, 1_000_000),
        signInLinksPerEmail: read.integer('RATE_LIMIT_SIGN_IN_LINKS_PER_EMAIL', 3, 1, 1_000_000),
      },
      integrations: loadIntegrations(read, env),
      webhooks: {
        allowPrivate: read.boolean('WEBHOOK_ALLOW_PRIVATE', false),
        requireHttps: nodeEnv === 'production',
        timeoutMs: 10_000,
        maxBodyBytes: 4096,
        retryBaseSeconds: read.integer('WEBHOOK_RETRY_BASE_SECONDS', 10, 0, 3600),
        pollingIntervalMs: read.integer('WEBHOOK_POLLING_INTERVAL_MS', 2000, 500, 60_000),
        relayIntervalMs: read.integer('WEBHOOK_RELAY_INTERVAL_MS', 30_000, 100, 3_600_000),
      },
    };
  const config: Omit<Config, 'auth' | 'encryptionKey'> = {
    ...loaded,
    mail: { ...loaded.mail, timeouts: smtpTimeoutsWithin(loaded.integrations.sideEffects.jobTimeoutSeconds) },
  };
  read.throwIfAnyProblem();

  const encryptionKey = Buffer.from(encryption ?? loadOrCreateSecret(dataDir, 'encryption-key'), 'base64url');
  // A key file edited by hand is caught here, as a configured key was above.
  if (encryptionKey.length !== 32)
    throw new ConfigError('ENCRYPTION_KEY', 'must be 32 bytes, base64url-encoded');
  return {
    ...config,
    auth: {
      jwtSecret: jwtSecret ?? loadOrCreateSecret(dataDir, 'jwt-secret'),
      jwtSecretGenerated: jwtSecret === null,
      tokenTtlSeconds,
      jwks,
    },
    encryptionKey,
  };
}

function loadIntegrations(read: Reader, env: Env): IntegrationsConfig {
  return {
    google: loadProviderClient(read, env, 'google', {
      authorizeUrl: 'GOOGLE_AUTHORIZE_URL',
      tokenUrl: 'GOOGLE_TOKEN_URL',
      revokeUrl: 'GOOGLE_REVOKE_URL',
      apiBaseUrl: 'GOOGLE_API_BASE_URL',
      contactsApiBaseUrl: 'GOOGLE_PEOPLE_API_BASE_URL',
    }),
    microsoft: loadProviderClient(read, env, 'microsoft', {
      authorizeUrl: 'MICROSOFT_AUTHORIZE_URL',
      tokenUrl: 'MICROSOFT_TOKEN_URL',
      apiBaseUrl: 'MICROSOFT_GRAPH_BASE_URL',
    }),
    busyCacheSeconds: read.integer('CALENDAR_BUSY_CACHE_SECONDS', 60, 0, 3600),
    providerRetry: {
      maxAttempts: read.integer('PROVIDER_RETRY_MAX_ATTEMPTS', 4, 1, 20),
      baseDelayMs: read.integer('PROVIDER_RETRY_BASE_DELAY_MS', 500, 0, 60_000),
      maxDelayMs: read.integer('PROVIDER_RETRY_MAX_DELAY_MS', 30_000, 0, 600_000),
    },
    providerTimeoutMs: read.integer('PROVIDER_TIMEOUT_MS', 20_000, 100, 120_000),
    sideEffects: {
      // 13 tries, 30 s apart and doubling: the last one comes more than 34 hours after the first.
      maxAttempts: read.integer('SIDE_EFFECTS_MAX_ATTEMPTS', 13, 1, 50),
      retryDelaySeconds: read.integer('SIDE_EFFECTS_RETRY_DELAY_SECONDS', 30, 0, 3600),
      pollingIntervalMs: read.integer('SIDE_EFFECTS_POLLING_INTERVAL_MS', 2000, 500, 60_000),
      relayIntervalMs: read.integer('SIDE_EFFECTS_RELAY_INTERVAL_MS', 30_000, 100, 3_600_000),
      jobTimeoutSeconds: read.integer('SIDE_EFFECTS_JOB_TIMEOUT_SECONDS', 300, 1, 86_400),
    },
  };
}

/** The variables that give this server an OAuth client of a provider; without them owners cannot connect it. */
export function providerClientVariables(provider: 'google' | 'microsoft'): [string, string] {
  const prefix = provider.toUpperCase();
  return [`${prefix}_CLIENT_ID`, `${prefix}_CLIENT_SECRET`];
}

function loadProviderClient(
  read: Reader,
  env: Env,
  provider: 'google' | 'microsoft',
  endpointVariables: Partial<Record<keyof ProviderClientConfig['endpoints'], string>>,
): ProviderClientConfig | null {
  const [idVariable, secretVariable] = providerClientVariables(provider);
  const clientId = env[idVariable]?.trim();
  const clientSecret = env[secretVariable]?.trim();
  if (!clientId) return null;
  if (!clientSecret) read.problem(secretVariable, `is required when ${idVariable} is set`);
  const endpoints: ProviderClientConfig['endpoints'] = {};
  for (const [field, variable] of Object.entries(endpointVariables)) {
    const url = read.optionalUrl(variable, ['http:', 'https:']);
    if (url) endpoints[field as keyof ProviderClientConfig['endpoints']] = url;
  }
  return { clientId, clientSecret: clientSecret ?? '', endpoints };
}

function loadJwks(read: Reader, env: Env): Config['auth']['jwks'] {
  const url = read.optionalUrl('JWT_JWKS_URL', ['http:', 'https:']);
  if (!url) return null;
  const issuer = env.JWT_ISSUER?.trim();
  const audience = env.JWT_AUDIENCE?.trim();
  if (!issuer) read.problem('JWT_ISSUER', 'is required when JWT_JWKS_URL is set');
  if (!audience) read.problem('JWT_AUDIENCE', 'is required when JWT_JWKS_URL is set');
  return { url, issuer: issuer ?? '', audience: audience ?? '' };
}

/**
 * A secret generated on first start and kept in DATA_DIR, so that tokens and encrypted rows survive restarts.
 * Only outside production (production must configure it: a generated secret there is a deployment mistake).
 */
function loadOrCreateSecret(dataDir: string, fileName: string): string {
  const file = join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const value = randomBytes(32).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, value, { mode: 0o600 });
  return value;
}

type Reader = ReturnType<typeof createReader>;

/** Typed readers of single variables; each records what is wrong and answers the default instead. */
function createReader(env: Env) {
  const problems: ConfigProblem[] = [];
  const problem = (variable: string, text: string) => {
    problems.push({ variable, problem: text });
  };
  return {
    problem,
    throwIfAnyProblem() {
      if (problems.length > 0) throw new ConfigError(problems);
    },
    integer(name: string, fallback: number, min: number, max: number): number {
      const raw = env[name]?.trim();
      if (!raw) return fallback;
      if (!/^\d+$/.test(raw)) {
        problem(name, `must be a whole number, got "${raw}"`);
        return fallback;
      }
      const value = Number(raw);
      if (value < min || value > max) {
        problem(name, `must be between ${min} and ${max}, got ${value}`);
        return fallback;
      }
      return value;
    },
    oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
      const raw = env[name]?.trim();
      if (!raw) return fallback;
      if (allowed.includes(raw as T)) return raw as T;
      problem(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
      return fallback;
    },
    boolean(name: string, fallback: boolean): boolean {
      const raw = env[name]?.trim().toLowerCase();
      if (!raw) return fallback;
      if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
      if (['0', 'false', 'no', 'off'].includes(raw)) return false;
      problem(name, `must be true or false, got "${raw}"`);
      return fallback;
    },
    optionalUrl(name: string, protocols: string[]): string | null {
      const raw = env[name]?.trim();
      if (!raw) return null;
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        problem(name, 'must be a valid URL');
        return null;
      }
      if (!protocols.includes(url.protocol)) {
        problem(name, `must use ${protocols.map((p) => p.replace(':', '')).join(' or ')}`);
        return null;
      }
      return raw;
    },
    /** A comma-separated list of web origins (`https://example.com`, `http://127.0.0.1:8080`), empty when unset. */
    origins(name: string): string[] {
      const entries = (env[name] ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '');
      const origins: string[] = [];
      const bad: string[] = [];
      for (const entry of entries) {
        const origin = webOrigin(entry);
        if (origin) origins.push(origin);
        else bad.push(`"${entry}"`);
      }
      if (bad.length > 0) {
        problem(
          name,
          `must be comma-separated origins like https://example.com (no path), got ${bad.join(', ')}`,
        );
        return [];
      }
      return [...new Set(origins)];
    },
    email(name: string, fallback: string): string {
      const raw = env[name]?.trim();
      if (!raw) return fallback;
      if (/^[^\s@]+@[^\s@]+$/.test(raw)) return raw;
      problem(name, `must be an email address, got "${raw}"`);
      return fallback;
    },
    /** A configured secret (at least 32 characters), or null: generate one (never in production). */
    secret(name: string, nodeEnv: Config['env']): string | null {
      const configured = env[name]?.trim();
      if (configured) {
        if (configured.length < 32) problem(name, 'must be at least 32 characters');
        return configured;
      }
      if (nodeEnv === 'production') problem(name, 'is required when NODE_ENV=production');
      return null;
    },
  };
}

/**
 * The origin an entry names (host lower-cased, default port dropped), or null when it is not exactly an http(s)
 * origin. Only plain host names and addresses pass: the value goes into a Content-Security-Policy header.
 */
function webOrigin(entry: string): string | null {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return null;
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  const plainHost = /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d+)?$/.test(url.origin);
  const nothingAfterHost = !/[?#]/.test(entry) && !/^[a-z]+:\/\/[^/]+\/./i.test(entry);
  return bare && plainHost && nothingAfterHost ? url.origin : null;
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

/**
 * A job the queue takes as lost runs again, possibly next to the first run if that one still waits on its
 * server: each email send is cut at a fifth of the job timeout (at most a minute), so the two sends of a
 * confirmation job and its provider call all end before the job can time out, and no message goes twice.
 */
export function smtpTimeoutsWithin(jobTimeoutSeconds: number): SmtpTimeouts {
  const sendMs = Math.min(60_000, Math.floor((jobTimeoutSeconds * 1000) / 5));
  const stepMs = Math.min(30_000, sendMs);
  return { connectionMs: stepMs, greetingMs: stepMs, socketMs: stepMs, sendMs };
}

/**
 * The sender when MAIL_FROM is not set: `bookings@` the public host, so mail (and the Message-IDs derived from
 * the sender) names the installation's own domain, not `localhost`. An IP address is no mail domain: then
 * `bookings@localhost`.
 */
function defaultMailFrom(publicBaseUrl: string): string {
  const host = new URL(publicBaseUrl).hostname;
  const isAddress = /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
  return `bookings@${isAddress ? 'localhost' : host}`;
}
