import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixes and prints the fast-check seed, so a property that fails can be replayed (FC_SEED).
    setupFiles: ['./test/fast-check-seed.ts'],
    // Property tests run hundreds of cases: seconds when the machine is busy. Speed is measured by the bench.
    testTimeout: 20_000,
  },
});
