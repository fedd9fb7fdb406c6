import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const dataDir = () => mkdtempSync(join(tmpdir(), 'bookings-config-'));

describe('loadConfig', () => {
  it('needs nothing installed: PGlite in DATA_DIR, mail to files, a generated secret kept on disk', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ url: null, kind: 'pglite' });
    expect(config.mail.smtpConfigured).toBe(false);
    expect(config.auth.jwtSecretGenerated).toBe(true);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(config.auth.jwtSecret);
    expect(loadConfig({ DATA_DIR: dir }).auth.jwtSecret).toBe(config.auth.jwtSecret);
    expect(config.publicBaseUrl).toBe('http://localhost:3000');
  });

  it('reads real PostgreSQL, SMTP and a public URL', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/bookings',
      SMTP_URL: 'smtp://user:pass@127.0.0.1:2525',
      PUBLIC_BASE_URL: 'https://book.example.com/',
      PORT: '8080',
    });
    expect(config.database.kind).toBe('postgres');
    expect(config.mail.smtpConfigured).toBe(true);
    expect(config.publicBaseUrl).toBe('https://book.example.com');
    expect(config.port).toBe(8080);
    // Mail names the installation's own domain unless MAIL_FROM says otherwise.
    expect(config.mail.from.email).toBe('bookings@book.example.com');
  });

  it('sends from bookings@localhost when the public URL is local or an IP address', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).mail.from.email).toBe('bookings@localhost');
    const byAddress = loadConfig({ DATA_DIR: dataDir(), PUBLIC_BASE_URL: 'http://127.0.0.1:3000' });
    expect(byAddress.mail.from.email).toBe('bookings@localhost');
    const given = loadConfig({ DATA_DIR: dataDir(), MAIL_FROM: 'hello@example.org' });
    expect(given.mail.from.email).toBe('hello@example.org');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number, got "abc"'],
    [{ PORT: '70000' }, 'PORT must be between 0 and 65535, got 70000'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must use postgres or postgresql'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET is required when NODE_ENV=production'],
    [{ JWT_JWKS_URL: 'https://idp.example.com/jwks' }, 'JWT_ISSUER is required when JWT_JWKS_URL is set'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO must be true or false'],
    [{ TRUST_PROXY: 'sometimes' }, 'TRUST_PROXY must be true or false'],
    [
      {
        EMBED_ALLOWED_ORIGINS: 'https://ok.example, partner.example, https://x.example/page, ftp://y.example',
      },
      'EMBED_ALLOWED_ORIGINS must be comma-separated origins like https://example.com (no path), got ' +
        '"partner.example", "https://x.example/page", "ftp://y.example"',
    ],
    [{ EMBED_ALLOWED_ORIGINS: 'https://a.example;script-src *' }, '"https://a.example;script-src *"'],
  ])('names the bad variable: %j', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it('reads the origins that may frame booking pages, none by default', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).embedAllowedOrigins).toEqual([]);
    const config = loadConfig({
      DATA_DIR: dataDir(),
      EMBED_ALLOWED_ORIGINS: ' https://Partner.example/ ,http://127.0.0.1:8080,, https://shop.example:443',
    });
    expect(config.embedAllowedOrigins).toEqual([
      'https://partner.example',
      'http://127.0.0.1:8080',
      'https://shop.example',
    ]);
  });

  it('names every bad variable at once, in one line, and writes no generated secret', () => {
    const dir = dataDir();
    const load = () =>
      loadConfig({
        DATA_DIR: dir,
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        SMTP_URL: 'http://mail.example.com',
        GOOGLE_CLIENT_ID: 'id-without-secret',
        ENCRYPTION_KEY: 'x'.repeat(40),
        PROVIDER_TIMEOUT_MS: '5',
      });
    expect(load).toThrow(ConfigError);
    let error: ConfigError | undefined;
    try {
      load();
    } catch (thrown) {
      error = thrown as ConfigError;
    }
    expect(error?.problems.map((problem) => problem.variable)).toEqual([
      'PORT',
      'ENCRYPTION_KEY',
      'SMTP_URL',
      'LOG_LEVEL',
      'GOOGLE_CLIENT_SECRET',
      'PROVIDER_TIMEOUT_MS',
    ]);
    expect(error?.message).toBe(
      'Invalid configuration: PORT must be a whole number, got "abc"; ENCRYPTION_KEY must be 32 bytes, ' +
        'base64url-encoded; SMTP_URL must use smtp or smtps; LOG_LEVEL must be one of fatal, error, warn, info, ' +
        'debug, trace, silent, got "loud"; GOOGLE_CLIENT_SECRET is required when GOOGLE_CLIENT_ID is set; ' +
        'PROVIDER_TIMEOUT_MS must be between 100 and 120000, got 5',
    );
    expect(error?.message).not.toContain('\n');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('side-effect delivery defaults', () => {
  it('retries for more than 24 hours before a side effect is dead', () => {
    const { maxAttempts, retryDelaySeconds } = loadConfig({ DATA_DIR: dataDir() }).integrations.sideEffects;
    // pg-boss waits at least retryDelay * 2^k before retry k+1 (and up to twice that).
    const shortestSpanSeconds = retryDelaySeconds * (2 ** (maxAttempts - 1) - 1);
    expect(shortestSpanSeconds).toBeGreaterThanOrEqual(24 * 3600);
  });

  it.each([
    ['300', 300_000],
    ['2', 2_000],
  ])('keeps both emails of a job inside a job timeout of %s s', (seconds, jobMs) => {
    const config = loadConfig({ DATA_DIR: dataDir(), SIDE_EFFECTS_JOB_TIMEOUT_SECONDS: seconds });
    const { timeouts } = config.mail;
    expect(2 * timeouts.sendMs).toBeLessThan(jobMs);
    for (const step of [timeouts.connectionMs, timeouts.greetingMs, timeouts.socketMs])
      expect(step).toBeLessThanOrEqual(timeouts.sendMs);
  });
});
