import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CSS = '.host-card__title{font-size:1.5rem}.boot{color:gray}';

/** A built SPA as the vite build writes it: the source index.html, its entry script and its stylesheet. */
export function writeBuiltSpa(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bookings-spa-'));
  const source = readFileSync(new URL('../../../../frontend/index.html', import.meta.url), 'utf8');
  const built = source.replace(
    /<script type="module" src="\/src\/main.tsx"><\/script>/,
    '<script type="module" crossorigin src="/assets/index-test.js"></script>',
  );
  const html = built.replace(
    '</head>',
    '<link rel="stylesheet" crossorigin href="/assets/index-test.css">\n</head>',
  );
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'assets', 'index-test.js'), 'export {};\n');
  writeFileSync(join(dir, 'assets', 'index-test.css'), CSS);
  return dir;
}
