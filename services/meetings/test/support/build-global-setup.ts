// @ts-expect-error: the build script is plain JavaScript (it runs before any TypeScript tooling), without types.
import { buildServiceIfChanged } from '../../scripts/build.mjs';

/**
 * The tests that start the server as its own process run what production runs: the JavaScript build
 * (dist/server.js). It is brought up to date once, before the workers start; unchanged sources skip it.
 */
export default async function setup(): Promise<void> {
  const status = await buildServiceIfChanged();
  if (status !== 0) throw new Error(`the service build failed (exit ${status})`);
}
