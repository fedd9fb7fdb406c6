import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findFreePort } from './free-port';
import { type RunningService, startService } from './service';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    screenshotDir: string;
  }
}

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repoRoot = resolve(frontendDir, '..');

/**
 * The whole product as a visitor meets it: the built SPA (vite preview, proxying API paths exactly as the
 * dev server does) in front of the real service on PGlite with a throw-away data directory.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bookings-e2e-'));
  const artifactsDir = join(frontendDir, 'e2e', '.artifacts');
  const screenshotDir = join(frontendDir, 'e2e', 'screenshots');
  mkdirSync(artifactsDir, { recursive: true });
  mkdirSync(screenshotDir, { recursive: true });

  const [servicePort, webPort] = [await findFreePort(), await findFreePort()];
  const baseUrl = `http://127.0.0.1:${webPort}`;

  await build({ root: frontendDir, logLevel: 'warn', configFile: join(frontendDir, 'vite.config.ts') });

  let service: RunningService | null = null;
  let web: PreviewServer | null = null;
  try {
    service = await startService({
      repoRoot,
      dataDir,
      port: servicePort,
      publicBaseUrl: baseUrl,
      logFile: join(artifactsDir, 'service.log'),
    });
    process.env.BOOKINGS_API_URL = service.origin;
    web = await preview({
      root: frontendDir,
      configFile: join(frontendDir, 'vite.config.ts'),
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: webPort, strictPort: true, open: false },
    });
  } catch (error) {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  project.provide('baseUrl', baseUrl);
  project.provide('dataDir', dataDir);
  project.provide('screenshotDir', screenshotDir);

  return async () => {
    await new Promise<void>((resolveClose) => web?.httpServer.close(() => resolveClose()) ?? resolveClose());
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
