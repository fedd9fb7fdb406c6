#!/usr/bin/env node
// Prints the gzipped JavaScript a visitor downloads for each public page (the booking page, and the attendee's
// page to reschedule or cancel) and fails when either is above the budget. Counted per page: the entry chunk,
// the page's chunk, everything they import statically and whatever the page imports lazily (it is still the
// visitor's download). Other pages' chunks are not counted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Issue 10 asks for the whole public page (entry, public chunk, its lazy time zone search) in 90 kB gzipped.
// `npm test` runs this after the browser tests' build, so a change that breaks the budget fails CI.
const BUDGET_BYTES = 90 * 1024;
const PUBLIC_PAGES = [
  { name: 'public booking page', source: 'src/app/public/public-app.tsx' },
  { name: 'manage booking page', source: 'src/app/public/manage-app.tsx' },
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(root, 'dist');
const manifestPath = join(distDir, '.vite', 'manifest.json');

if (!existsSync(manifestPath)) {
  console.error(`check-bundle: ${manifestPath} is missing. Run \`vite build\` first.`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) fail('the manifest has no entry chunk');

let isWithinBudget = true;
for (const page of PUBLIC_PAGES) {
  if (!manifest[page.source]) fail(`the manifest has no chunk for ${page.source}`);
  isWithinBudget = report(page) && isWithinBudget;
}
process.exit(isWithinBudget ? 0 : 1);

function report(page) {
  const counted = new Set();
  /** Non-JS files the page fetches on demand (the time zone picker's country table): listed, not budgeted. */
  const dataAssets = new Set();
  collect(entryKey, { followDynamic: false }, counted, dataAssets);
  collect(page.source, { followDynamic: true }, counted, dataAssets);

  const rows = [...counted]
    .map((file) => {
      const bytes = readFileSync(join(distDir, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);

  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  for (const row of rows) {
    console.log(`  ${kb(row.gzip).padStart(9)} gz  ${kb(row.raw).padStart(9)} raw  ${row.file}`);
  }
  for (const file of dataAssets) {
    console.log(
      `  ${kb(gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length).padStart(9)} gz  data fetched on demand (not JS): ${file}`,
    );
  }
  const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(
    `${page.name} JS: ${kb(total)} gzipped (${rows.length} files), budget ${kb(BUDGET_BYTES)}: ${verdict} budget`,
  );
  return total <= BUDGET_BYTES;
}

function collect(key, options, counted, dataAssets) {
  const chunk = manifest[key];
  if (!chunk || counted.has(chunk.file)) return;
  if (chunk.file.endsWith('.js')) counted.add(chunk.file);
  for (const asset of chunk.assets ?? []) if (asset.endsWith('.json')) dataAssets.add(asset);
  for (const imported of chunk.imports ?? []) collect(imported, options, counted, dataAssets);
  if (options.followDynamic)
    for (const imported of chunk.dynamicImports ?? []) collect(imported, options, counted, dataAssets);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function fail(message) {
  console.error(`check-bundle: ${message}`);
  process.exit(1);
}
