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
    // The Graph fake speaks HTTPS: its certificate must exist before the workers start.
    globalSetup: ['./test/support/tls-global-setup.ts'],
  },
});
