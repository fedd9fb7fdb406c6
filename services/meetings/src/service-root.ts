import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The service's folder (services/meetings), where its migrations and file assets live. This file sits one folder
 * below it, and so does every file of the build that inlines it (dist/*.js, chunks included): one relative URL
 * finds it from the TypeScript sources and from the JavaScript that production runs. Every path to a file the service reads
 * starts here, never from `import.meta.url` of a nested module (in the bundle they all share the bundle's).
 */
export const serviceRoot = fileURLToPath(new URL('..', import.meta.url));

export const servicePath = (...segments: string[]): string => join(serviceRoot, ...segments);
