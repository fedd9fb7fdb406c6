import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the service reads from its environment, parsed and checked once at start. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (rate limits and audit key on it). */
  trustProxy: boolean;
  logLevel: string;
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
  mail: { smtpUrl: string | null; from: { email: string; name: string }; smtpConfigured: boolean };
  seedDemo: boolean;
  /** The built SPA (index.html + assets/) the service serves; nothing is served when it does not exist. */
  staticDir: string;
  /** Shared store for rate limits when several instances run; in-process memory without it. */
  redisUrl: string | null;
  publicApi: {
    /** Proof-of-work challenge (ALTCHA) and honeypot on booking; clients with an owner token skip them. */
    botProtection: boolean;
    /** Upper bound of the proof-of-work search: the average cost is half of it. */
    botChallengeMaxNumber: number;
    /** Requests per minute per IP on every public route. */
    perIpPerMinute: number;
    /** Booking attempts per minute per IP, and per booking link whatever the IP. */
    bookPerIpPerMinute: number;
    bookPerLinkPerMinute: number;
  };
  integrations: IntegrationsConfig;
}

/** OAuth client of one calendar provider, and where its endpoints live (overridden to point at fakes). */
export interface ProviderClientConfig {
  clientId: string;
  clientSecret: string;
  endpoints: { authorizeUrl?: string; tokenUrl?: string; apiBaseUrl?: string; contactsApiBaseUrl?: string };
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

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../../../frontend/dist', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const dataDir = absolute(env.DATA_DIR?.trim() || './data', cwd);
  const databaseUrl = optionalUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const publicBaseUrl = (
    optionalUrl(env, 'PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://localhost:${port}`
  ).replace(/\/+$/, '');
  const jwks = loadJwks(env);
  const secret = loadOrCreateSecret(env, 'JWT_SECRET', dataDir, 'jwt-secret', nodeEnv, 32);
  const encryption = loadOrCreateSecret(env, 'ENCRYPTION_KEY', dataDir, 'encryption-key', nodeEnv, 32);
  const encryptionKey = Buffer.from(encryption.value, 'base64url');
  if (encryptionKey.length !== 32)
    throw new ConfigError('ENCRYPTION_KEY', 'must be 32 bytes, base64url-encoded');
  const smtpUrl = optionalUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']);

  return {
    env: nodeEnv,
    host: env.HOST?.trim() || '127.0.0.1',
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    port,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    dataDir,
    publicBaseUrl,
    database: { url: databaseUrl, kind: databaseUrl ? 'postgres' : 'pglite' },
    auth: {
      jwtSecret: secret.value,
      jwtSecretGenerated: secret.generated,
      tokenTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 7 * 24 * 3600, 60, 365 * 24 * 3600),
      jwks,
    },
    encryptionKey,
    mail: {
      smtpUrl,
      from: {
        email: email(env, 'MAIL_FROM', 'bookings@localhost'),
        name: env.MAIL_FROM_NAME?.trim() || 'Bookings',
      },
      smtpConfigured: smtpUrl !== null,
    },
    seedDemo: boolean(env, 'SEED_DEMO', false),
    staticDir: absolute(env.STATIC_DIR?.trim() || DEFAULT_STATIC_DIR, cwd),
    redisUrl: optionalUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    publicApi: {
      botProtection: boolean(env, 'BOT_PROTECTION', true),
      botChallengeMaxNumber: integer(env, 'BOT_CHALLENGE_MAX_NUMBER', 50_000, 10, 10_000_000),
      perIpPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 300, 1, 1_000_000),
      bookPerIpPerMinute: integer(env, 'RATE_LIMIT_BOOK_PER_MINUTE', 10, 1, 1_000_000),
      bookPerLinkPerMinute: integer(env, 'RATE_LIMIT_BOOK_PER_LINK_PER_MINUTE', 60, 1, 1_000_000),
    },
    integrations: loadIntegrations(env),
  };
}

function loadIntegrations(env: Env): IntegrationsConfig {
  return {
    google: loadProviderClient(env, 'GOOGLE', {
      authorizeUrl: 'GOOGLE_AUTHORIZE_URL',
      tokenUrl: 'GOOGLE_TOKEN_URL',
      apiBaseUrl: 'GOOGLE_API_BASE_URL',
      contactsApiBaseUrl: 'GOOGLE_PEOPLE_API_BASE_URL',
    }),
    microsoft: loadProviderClient(env, 'MICROSOFT', {
      authorizeUrl: 'MICROSOFT_AUTHORIZE_URL',
      tokenUrl: 'MICROSOFT_TOKEN_URL',
      apiBaseUrl: 'MICROSOFT_GRAPH_BASE_URL',
    }),
    busyCacheSeconds: integer(env, 'CALENDAR_BUSY_CACHE_SECONDS', 60, 0, 3600),
    providerRetry: {
      maxAttempts: integer(env, 'PROVIDER_RETRY_MAX_ATTEMPTS', 4, 1, 20),
      baseDelayMs: integer(env, 'PROVIDER_RETRY_BASE_DELAY_MS', 500, 0, 60_000),
      maxDelayMs: integer(env, 'PROVIDER_RETRY_MAX_DELAY_MS', 30_000, 0, 600_000),
    },
    providerTimeoutMs: integer(env, 'PROVIDER_TIMEOUT_MS', 20_000, 100, 120_000),
    sideEffects: {
      maxAttempts: integer(env, 'SIDE_EFFECTS_MAX_ATTEMPTS', 8, 1, 50),
      retryDelaySeconds: integer(env, 'SIDE_EFFECTS_RETRY_DELAY_SECONDS', 30, 0, 3600),
      pollingIntervalMs: integer(env, 'SIDE_EFFECTS_POLLING_INTERVAL_MS', 2000, 500, 60_000),
      relayIntervalMs: integer(env, 'SIDE_EFFECTS_RELAY_INTERVAL_MS', 30_000, 100, 3_600_000),
      jobTimeoutSeconds: integer(env, 'SIDE_EFFECTS_JOB_TIMEOUT_SECONDS', 300, 1, 86_400),
    },
  };
}

function loadProviderClient(
  env: Env,
  prefix: string,
  endpointVariables: Partial<Record<keyof ProviderClientConfig['endpoints'], string>>,
): ProviderClientConfig | null {
  const clientId = env[`${prefix}_CLIENT_ID`]?.trim();
  const clientSecret = env[`${prefix}_CLIENT_SECRET`]?.trim();
  if (!clientId) return null;
  if (!clientSecret)
    throw new ConfigError(`${prefix}_CLIENT_SECRET`, `is required when ${prefix}_CLIENT_ID is set`);
  const endpoints: ProviderClientConfig['endpoints'] = {};
  for (const [field, variable] of Object.entries(endpointVariables)) {
    const url = optionalUrl(env, variable, ['http:', 'https:']);
    if (url) endpoints[field as keyof ProviderClientConfig['endpoints']] = url;
  }
  return { clientId, clientSecret, endpoints };
}

function loadJwks(env: Env): Config['auth']['jwks'] {
  const url = optionalUrl(env, 'JWT_JWKS_URL', ['http:', 'https:']);
  if (!url) return null;
  const issuer = env.JWT_ISSUER?.trim();
  const audience = env.JWT_AUDIENCE?.trim();
  if (!issuer) throw new ConfigError('JWT_ISSUER', 'is required when JWT_JWKS_URL is set');
  if (!audience) throw new ConfigError('JWT_AUDIENCE', 'is required when JWT_JWKS_URL is set');
  return { url, issuer, audience };
}

/**
 * A secret from the environment, or one generated on first start and kept in DATA_DIR so that tokens and
 * encrypted rows survive restarts. Production must configure it: a generated secret there is a deployment mistake.
 */
function loadOrCreateSecret(
  env: Env,
  variable: string,
  dataDir: string,
  fileName: string,
  nodeEnv: Config['env'],
  bytes: number,
): { value: string; generated: boolean } {
  const configured = env[variable]?.trim();
  if (configured) {
    if (configured.length < 32) throw new ConfigError(variable, 'must be at least 32 characters');
    return { value: configured, generated: false };
  }
  if (nodeEnv === 'production') throw new ConfigError(variable, 'is required when NODE_ENV=production');
  const file = join(dataDir, fileName);
  if (existsSync(file)) return { value: readFileSync(file, 'utf8').trim(), generated: true };
  const value = randomBytes(bytes).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, value, { mode: 0o600 });
  return { value, generated: true };
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!allowed.includes(raw as T))
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function optionalUrl(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a valid URL');
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must use ${protocols.map((p) => p.replace(':', '')).join(' or ')}`);
  }
  return raw;
}

function email(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[^\s@]+@[^\s@]+$/.test(raw)) throw new ConfigError(name, `must be an email address, got "${raw}"`);
  return raw;
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
