#!/usr/bin/env node
// Writes .br and .gz next to every built asset, once, at build time: the service sends them to browsers that
// accept them (no compression work per request), which halves what a phone on a slow network downloads.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const assets = fileURLToPath(new URL('../dist/assets', import.meta.url));
const COMPRESSIBLE = /\.(js|css|svg|json|txt|map)$/;

let count = 0;
for (const name of readdirSync(assets)) {
  if (!COMPRESSIBLE.test(name)) continue;
  const file = join(assets, name);
  const content = readFileSync(file);
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  count += 1;
}
process.stdout.write(`precompressed ${count} assets (br, gzip)\n`);
