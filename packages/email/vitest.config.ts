import { defineConfig } from 'vitest/config';

// Its own config, so `pnpm --filter @bookings/email test` runs here without climbing to the root's projects.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  },
});
