#!/usr/bin/env node
// Lighthouse on the public booking page as production serves it: builds the SPA, starts the real service on a
// throw-away PGlite directory (its demo link is the page audited), and prints performance, accessibility and
// layout shift. Fails when performance is below 95 or anything shifts. Needs Chromium (CHROME_PATH or Debian's).
// AUDIT_JSON=<file> also writes the whole Lighthouse report there.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const MIN_PERFORMANCE = 95;
const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const serviceDir = resolve(frontendDir, '..', 'services', 'meetings');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(chromePath)) {
  console.log(
    `audit:web: skipped, no Chromium at ${chromePath} (install Debian's chromium or set CHROME_PATH)`,
  );
  process.exit(0);
}

await build({ root: frontendDir, logLevel: 'warn', configFile: join(frontendDir, 'vite.config.ts') });
// As `pnpm build` does: the compressed copies production serves.
spawnSync(process.execPath, [join(frontendDir, 'scripts', 'precompress.mjs')], { stdio: 'inherit' });

const dataDir = mkdtempSync(join(tmpdir(), 'bookings-audit-'));
const [servicePort, debugPort] = [await freePort(), await freePort()];
const origin = `http://127.0.0.1:${servicePort}`;
const { DATABASE_URL: _ignored, ...inherited } = process.env;
const service = spawn(join(serviceDir, 'node_modules', '.bin', 'tsx'), ['src/server.ts'], {
  cwd: serviceDir,
  env: {
    ...inherited,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
    HOST: '127.0.0.1',
    PORT: String(servicePort),
    DATA_DIR: dataDir,
    PUBLIC_BASE_URL: origin,
    STATIC_DIR: join(frontendDir, 'dist'),
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});

let browser;
let exitCode = 1;
try {
  const pageUrl = await waitForDemoLink(service);
  browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', `--remote-debugging-port=${debugPort}`],
  });
  const result = await lighthouse(pageUrl, {
    port: debugPort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
  });
  if (!result) throw new Error('Lighthouse returned no result');
  const { categories, audits } = result.lhr;
  if (process.env.AUDIT_JSON) writeFileSync(process.env.AUDIT_JSON, JSON.stringify(result.lhr));
  const performance = Math.round((categories.performance.score ?? 0) * 100);
  const accessibility = Math.round((categories.accessibility.score ?? 0) * 100);
  const shift = audits['cumulative-layout-shift'].numericValue ?? 0;
  console.log(`Lighthouse on ${pageUrl} (mobile, simulated throttling)`);
  console.log(`  performance    ${performance} (minimum ${MIN_PERFORMANCE})`);
  console.log(`  accessibility  ${accessibility}`);
  console.log(`  CLS            ${shift}`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']) {
    console.log(`  ${audits[id].title.padEnd(26)} ${audits[id].displayValue}`);
  }
  const lcpElement =
    audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet;
  if (lcpElement) console.log(`  LCP element                ${lcpElement}`);
  exitCode = performance >= MIN_PERFORMANCE && shift === 0 ? 0 : 1;
  if (exitCode !== 0) console.log('audit:web: below the bar (performance under 95 or layout shift above 0)');
} finally {
  await browser?.close();
  service.kill('SIGTERM');
  await new Promise((done) => service.once('exit', done));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

/** The service prints its demo link once it listens: that is the page to audit. */
function waitForDemoLink(child) {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('the service printed no demo link within 90 s')), 90_000);
    child.once('exit', (code) => reject(new Error(`the service exited with ${code} during start-up`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Demo link:.*?(https?:\/\/\S+\/public\/bookings\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
