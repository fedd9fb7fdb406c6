import { defineConfig } from 'vitest/config';

// One run over every package. The availability engine runs twice: its results must not depend on the
// process's time zone, so it is tested under UTC and under Pacific/Chatham (+12:45/+13:45).
export default defineConfig({
  test: {
    projects: [
      'packages/email',
      'packages/office',
      'packages/wording',
      'frontend',
      'services/meetings',
      ...['UTC', 'Pacific/Chatham'].map((zone) => ({
        extends: './packages/availability/vitest.config.ts',
        test: {
          name: `availability (${zone})`,
          root: './packages/availability',
          env: { TZ: zone },
          pool: 'forks' as const,
        },
      })),
    ],
  },
});
