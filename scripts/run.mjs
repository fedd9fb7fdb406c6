#!/usr/bin/env node
// The root commands (`npm start`, `npm test`, ...) on a machine with only Node.js and npm: pnpm comes pinned
// through npx, dependencies are installed from the lockfile, then the real work runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repositoryRoot as root, unlessUnchanged } from './content-stamp.mjs';

const PNPM = ['--yes', 'pnpm@10.34.8'];
const resultsDir = join(root, '.test-results');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
const pnpm = (args, options) => run('npx', [...PNPM, ...args], options);

/** Installs from the lockfile, unless the manifests are the ones of the last install (content-hash stamp). */
async function install() {
  const status = await unlessUnchanged('node_modules/.bookings-install-stamp', packageManifests(), () =>
    pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent']),
  );
  if (status !== 0) process.exit(status);
}

const packageManifests = () => [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  ...['services', 'packages'].flatMap((group) =>
    readdirSync(join(root, group)).map((name) => join(group, name, 'package.json')),
  ),
  'frontend/package.json',
];

/** What the built SPA is made of: its sources, config and the workspace packages it bundles. */
const spaInputs = [
  'frontend/src',
  'frontend/public',
  'frontend/index.html',
  'frontend/vite.config.ts',
  'frontend/tsconfig.json',
  'frontend/package.json',
  'frontend/scripts',
  'packages/api-client/src',
  'packages/availability/src',
  'pnpm-lock.yaml',
];

/**
 * Becomes the server: the built service is imported into this very process, so `npm start` leaves npm and the
 * server, no wrapper between them. npm hands its SIGINT/SIGTERM to its one child, the server, which finishes its
 * in-flight requests and exits within SHUTDOWN_DEADLINE_MS, never orphaned.
 */
async function serve(env) {
  Object.assign(process.env, env);
  const serviceDir = join(root, 'services', 'meetings');
  process.chdir(serviceDir);
  await import(pathToFileURL(join(serviceDir, 'dist', 'server.js')).href);
  return new Promise(() => {});
}

/** The service's JavaScript build (services/meetings/scripts/build.mjs), skipped when its inputs are unchanged. */
async function buildService() {
  const { buildServiceIfChanged } = await import(
    pathToFileURL(join(root, 'services', 'meetings', 'scripts', 'build.mjs')).href
  );
  return buildServiceIfChanged();
}

async function serviceScript(script) {
  await install();
  const env = { ...process.env, DATA_DIR: process.env.DATA_DIR ?? join(root, 'data') };
  return pnpm(['--silent', '--filter', '@bookings/meetings', script, ...process.argv.slice(3)], { env });
}

const commands = {
  async start() {
    await install();
    // The service serves the built SPA at /bookings and /public/bookings/<token>.
    const built = await unlessUnchanged('frontend/dist/.build-stamp', spaInputs, () =>
      pnpm(['--silent', '--filter', '@bookings/frontend', 'build']),
    );
    if (built !== 0) return built;
    const serviceBuilt = await buildService();
    if (serviceBuilt !== 0) return serviceBuilt;
    return serve({
      ...process.env,
      DATA_DIR: process.env.DATA_DIR ?? join(root, 'data'),
      // The demo owner and links are for trying it out: never seeded in production unless asked for explicitly.
      SEED_DEMO: process.env.SEED_DEMO ?? (process.env.NODE_ENV === 'production' ? 'false' : 'true'),
    });
  },

  async test() {
    await install();
    const steps = [];
    const step = (name, fn) => {
      process.stdout.write(`\n== ${name}\n`);
      const status = fn();
      steps.push({ name, ok: status === 0 });
      return status === 0;
    };
    step('lint and format (Biome)', () => run('npx', ['biome', 'check', '.']));
    step('typecheck', () => pnpm(['-r', '--workspace-concurrency=1', 'typecheck']));
    // The committed contract, as client generators read it: both linters' recommended rules, 0 errors. Warnings
    // are not fatal (Redocly counts them; Spectral shows errors only). Neither may phone home.
    const lintEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    step('lint the contract (Redocly)', () =>
      run('npx', ['--no', 'redocly', 'lint', 'openapi.yaml', '--format=summary'], { env: lintEnv }),
    );
    step('lint the contract (Spectral)', () =>
      run('npx', [
        '--no',
        'spectral',
        'lint',
        'openapi.yaml',
        '--fail-severity=error',
        '--display-only-failures',
      ]),
    );
    rmSync(resultsDir, { recursive: true, force: true });
    mkdirSync(resultsDir, { recursive: true });
    const unitResults = join(resultsDir, 'vitest.json');
    step('tests (vitest)', () =>
      run('npx', [
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${unitResults}`,
      ]),
    );
    // The production build with its size check (scripts/check-bundle.mjs): a public page over its JavaScript
    // budget fails the run, as it stops `npm start`.
    step('bundle budget (production build)', () =>
      pnpm(['--silent', '--filter', '@bookings/frontend', 'build']),
    );
    const e2eResults = join(resultsDir, 'e2e.json');
    if (existsSync(join(root, 'frontend/package.json'))) {
      step('browser tests (Chromium)', () =>
        pnpm(['--filter', '@bookings/frontend', 'test:e2e'], {
          env: { ...process.env, E2E_RESULTS: e2eResults },
        }),
      );
    }

    let passed = 0;
    let failed = 0;
    for (const file of [unitResults, e2eResults]) {
      if (!existsSync(file)) continue;
      const report = JSON.parse(readFileSync(file, 'utf8'));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
    }
    // A failed lint, typecheck, budget or a suite that could not even run counts as a failure too.
    const failedSteps = steps.filter((s) => !s.ok);
    const stepFailures = failedSteps.filter(
      (s) => s.name.startsWith('lint') || s.name.startsWith('typecheck') || s.name.startsWith('bundle'),
    ).length;
    if (failedSteps.length > 0)
      process.stdout.write(`\nFailed: ${failedSteps.map((s) => s.name).join(', ')}\n`);
    process.stdout.write(`\n${passed} passed, ${failed + stepFailures} failed\n`);
    return failedSteps.length === 0 && failed === 0 ? 0 : 1;
  },

  // The service's own scripts, with the same defaults as `npm start` (DATA_DIR=./data at the repository root).
  // Development: the TypeScript sources through tsx, restarted on every change (production runs the build).
  dev: () => serviceScript('dev'),
  token: () => serviceScript('token'),
  'db:migrate': () => serviceScript('db:migrate'),
  openapi: () => serviceScript('openapi'),

  // Lighthouse on the public booking page as production serves it (prints scores; not part of the tests).
  'audit:web': async () => {
    await install();
    return pnpm(['--filter', '@bookings/frontend', 'audit:web']);
  },

  async bench() {
    await install();
    return pnpm(['-r', '--workspace-concurrency=1', '--if-present', 'bench']);
  },
};

const name = process.argv[2];
const command = commands[name];
if (!command) {
  process.stderr.write(`usage: node scripts/run.mjs <${Object.keys(commands).join('|')}>\n`);
  process.exit(2);
}
const status = await command();
process.exit(status);
