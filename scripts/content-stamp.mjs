// A content-hash stamp: a step runs again only when the files that decide its output have changed since its last
// success. `npm start` uses it to skip the install and both builds, the service's tests to skip its build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A hash of the files (and folders, walked) under the repository root, with the Node.js version. */
export function contentHash(paths) {
  const hash = createHash('sha256').update(process.version);
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry !== 'node_modules' && entry !== 'dist') visit(join(path, entry));
      }
      return;
    }
    hash.update(relative(repositoryRoot, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const path of paths) visit(join(repositoryRoot, path));
  return hash.digest('hex');
}

/**
 * Runs `step` (sync or async, answering an exit status) only when the hash of `inputs` differs from the one
 * stamped in `stampFile` after its last success.
 */
export async function unlessUnchanged(stampFile, inputs, step) {
  const stamp = join(repositoryRoot, stampFile);
  const hash = contentHash(inputs);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return 0;
  const status = await step();
  if (status === 0) {
    mkdirSync(dirname(stamp), { recursive: true });
    writeFileSync(stamp, hash);
  }
  return status;
}
