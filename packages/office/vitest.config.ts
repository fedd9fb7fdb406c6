import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['./test/fakes/tls-global-setup.ts'],
    testTimeout: 20_000,
  },
});
