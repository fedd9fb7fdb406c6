#!/usr/bin/env node
// Builds the service to JavaScript once, so production runs plain `node dist/server.js`: no TypeScript compiler
// at run time, and a few files to read instead of hundreds of modules resolved one by one (loading the code took
// 1.45 s of CPU from node_modules, 0.9 s bundled, 4 s through tsx). esbuild bundles our code, the workspace packages (their
// sources are TypeScript) and the npm packages they use into dist/, with source maps. What is imported with
// `import()` (the database driver not in use, rarely used adapters) gets a chunk of its own and is read only when
// first needed.
//
//   node scripts/build.mjs            build when its inputs changed since the last build (content-hash stamp)
//   node scripts/build.mjs --force    build anyway
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unlessUnchanged } from '../../../scripts/content-stamp.mjs';

const serviceDir = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(serviceDir, 'dist');

/** Entry points: the server, and the two operator commands that run beside it in production. */
const entryPoints = {
  server: 'src/server.ts',
  migrate: 'scripts/migrate.ts',
  'issue-token': 'scripts/issue-token.ts',
};

/** What the bundle is made of (relative to the repository root): a change to any of these rebuilds it. */
export const serviceBuildInputs = [
  'services/meetings/src',
  'services/meetings/scripts',
  'services/meetings/package.json',
  'packages/availability/src',
  'packages/availability/package.json',
  'packages/email/src',
  'packages/email/package.json',
  'packages/office/src',
  'packages/office/package.json',
  'tsconfig.base.json',
  'pnpm-lock.yaml',
];

/**
 * Packages that stay in node_modules and are imported from there at run time: each reads files of its own next to
 * its code (PGlite its WebAssembly and data, Swagger UI the page it serves), or is native (sharp). pg-native is
 * pg's optional native binding, never installed: pg asks for it only when told to use it.
 */
const EXTERNAL_PACKAGES = new Set(['@electric-sql/pglite', '@fastify/swagger-ui', 'sharp', 'pg-native']);

const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

const keepExternal = {
  name: 'keep-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      const name = packageName(path);
      if (path.startsWith('node:') || builtinModules.includes(name) || EXTERNAL_PACKAGES.has(name))
        return { external: true };
      return undefined;
    });
  },
};

export async function buildService() {
  const { build, stop } = await import('esbuild');
  try {
    const result = await build({
      absWorkingDir: serviceDir,
      entryPoints,
      outdir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      sourcemap: true,
      // Without spaces and comments, the code V8 holds as source is megabytes smaller (an idle embedded service's
      // heap is ~50 MB). Names are left as written, so stack traces and logged error types stay readable; keeping
      // them through renaming (esbuild's keepNames) instead set a name on every closure made, ~6% of a request.
      minifyWhitespace: true,
      minifySyntax: true,
      minifyIdentifiers: false,
      metafile: true,
      logLevel: 'warning',
      // Every output file sits directly in dist/, one folder below the service's root like src/service-root.ts.
      chunkNames: '[name]-[hash]',
      // Bundled CommonJS packages (Fastify, pg, nodemailer...) call require() for Node's built-ins, which an ES
      // module does not have.
      banner: {
        js: "import { createRequire as __bookingsCreateRequire } from 'node:module'; const require = __bookingsCreateRequire(import.meta.url);",
      },
      plugins: [keepExternal],
    });
    removeStaleOutputs(new Set(Object.keys(result.metafile.outputs).map((path) => join(serviceDir, path))));
    return 0;
  } finally {
    // esbuild's service process would otherwise live as long as the process that asked for the build.
    stop();
  }
}

/** Chunks of earlier builds (their names carry a hash of their content) that this build no longer writes. */
function removeStaleOutputs(written) {
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (!written.has(path) && entry.name !== '.build-stamp') rmSync(path);
    }
  };
  if (existsSync(outdir)) visit(outdir);
}

/** Builds unless the last build was of exactly these inputs; answers an exit status. */
export function buildServiceIfChanged() {
  return unlessUnchanged(
    join(relative(join(serviceDir, '../..'), outdir), '.build-stamp'),
    serviceBuildInputs,
    () => buildService(),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const status = process.argv.includes('--force') ? await buildService() : await buildServiceIfChanged();
  process.exit(status);
}
