import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoogleFake, TokenFake } from '@bookings/office/testing';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { findFreePort } from './free-port';
import { type RunningService, startService } from './service';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    screenshotDir: string;
    /** A second local origin (another port) that pages embedding the booking page are served from. */
    embedHostPort: number;
  }
}

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repoRoot = resolve(frontendDir, '..');

/**
 * The whole product as production runs it: the real service on PGlite (throw-away data directory) serving
 * the freshly built SPA from frontend/dist itself, API and pages on one origin.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bookings-e2e-'));
  const artifactsDir = join(frontendDir, 'e2e', '.artifacts');
  const screenshotDir = join(frontendDir, 'e2e', 'screenshots');
  mkdirSync(artifactsDir, { recursive: true });
  mkdirSync(screenshotDir, { recursive: true });

  const servicePort = await findFreePort();
  const baseUrl = `http://127.0.0.1:${servicePort}`;
  const embedHostPort = await findFreePort();

  await build({ root: frontendDir, logLevel: 'warn', configFile: join(frontendDir, 'vite.config.ts') });

  // Google as the browser meets it: a consent page that allows at once, the token endpoint, Calendar and People.
  const googleTokens = await TokenFake.start({
    clientId: 'e2e-google-client',
    clientSecret: 'e2e-google-secret',
  });
  const google = await GoogleFake.start(googleTokens);
  google.addCalendar({ id: 'owner@gmail.example', summary: 'Owner', primary: true });

  let service: RunningService;
  try {
    service = await startService({
      repoRoot,
      dataDir,
      port: servicePort,
      publicBaseUrl: baseUrl,
      staticDir: join(frontendDir, 'dist'),
      logFile: join(artifactsDir, 'service.log'),
      // The embedding site's origin: allowed to frame booking pages (frame-ancestors, issue 14's setting).
      env: {
        EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${embedHostPort}`,
        // Every browser test signs in through the real emailed link, as one owner from one address: more than
        // the production defaults allow (5 a minute per IP, 3 links per 15 minutes per email).
        RATE_LIMIT_SIGN_IN_PER_MINUTE: '100',
        RATE_LIMIT_SIGN_IN_LINKS_PER_EMAIL: '100',
        GOOGLE_CLIENT_ID: googleTokens.clientId,
        GOOGLE_CLIENT_SECRET: googleTokens.clientSecret,
        // Another site than the service's (localhost, not 127.0.0.1): the way back is a cross-site navigation,
        // as from accounts.google.com, so the flow cookie's SameSite=Lax is what a real browser meets.
        GOOGLE_AUTHORIZE_URL: googleTokens.authorizeUrl.replace('127.0.0.1', 'localhost'),
        GOOGLE_TOKEN_URL: googleTokens.tokenUrl,
        GOOGLE_REVOKE_URL: googleTokens.revokeUrl,
        GOOGLE_API_BASE_URL: google.rootUrl,
        // The webhook test's receiver listens on 127.0.0.1, an address production refuses (SSRF defence).
        WEBHOOK_ALLOW_PRIVATE: 'true',
      },
    });
  } catch (error) {
    await google.close();
    await googleTokens.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
  project.provide('screenshotDir', screenshotDir);
  project.provide('embedHostPort', embedHostPort);

  return async () => {
    await service.stop();
    await google.close();
    await googleTokens.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
