import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The slow load test runs under `npm run test:load` (vitest.load.config.ts), which CI runs too.
    exclude: ['tests/load/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start real servers and child processes; two cores here.
    maxWorkers: 2,
  },
});
