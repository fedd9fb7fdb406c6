import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'meetings',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Each file builds its own database (PGlite takes seconds to start): give it room, and keep
    // concurrency at the machine's size.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test' },
    // The Graph fake speaks HTTPS: its certificate must exist before the workers start. The server-process
    // tests run the JavaScript build, made (or found up to date) once before them.
    globalSetup: ['./test/support/tls-global-setup.ts', './test/support/build-global-setup.ts'],
  },
});
