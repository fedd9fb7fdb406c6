import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run hundreds of cases: seconds when the machine is busy. Speed is measured by the bench.
    testTimeout: 20_000,
  },
});
