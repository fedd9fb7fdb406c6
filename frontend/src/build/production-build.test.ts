// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';

const frontendDir = resolve(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'bookings-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('builds the production bundle even when the caller’s shell says NODE_ENV=development', async () => {
  const callers = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  try {
    await build({
      root: frontendDir,
      configFile: join(frontendDir, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = callers;
  }
  const code = readdirSync(join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(outDir, 'assets', file), 'utf8'))
    .join('\n');
  // React's development build carries these; the production one never does.
  expect(code).not.toContain('jsxDEV');
  expect(code).not.toContain('react-stack-bottom-frame');
}, 120_000);
