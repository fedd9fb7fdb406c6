#!/usr/bin/env node
// Runs the browser tests when a Chromium is available; otherwise says so in one line and succeeds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.log(
    `e2e: skipped, no Chromium at ${chromePath} (install Debian's chromium or set CHROME_PATH to run the browser tests)`,
  );
  process.exit(0);
}

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The root `npm test` sums every suite's counts from JSON reports; E2E_RESULTS says where this one goes.
const reportArgs = process.env.E2E_RESULTS
  ? ['--reporter=default', '--reporter=json', `--outputFile.json=${process.env.E2E_RESULTS}`]
  : [];
const args = ['run', '--config', 'vitest.e2e.config.ts', ...reportArgs, ...process.argv.slice(2)];
const result = spawnSync('vitest', args, {
  cwd: frontendDir,
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromePath },
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
