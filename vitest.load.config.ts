import { defineConfig } from 'vitest/config';

/**
 * `npm run test:load`: the slow, bounded load tests in tests/load (loopback only, ~75 s). `npm test`
 * collects them too but skips them unless SCAM_SCREENER_LOAD_TEST=1, which this config sets.
 */
export default defineConfig({
  test: {
    include: ['tests/load/**/*.test.ts'],
    env: { SCAM_SCREENER_LOAD_TEST: '1' },
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // One at a time: a load test wants the machine to itself.
    fileParallelism: false,
    maxWorkers: 1,
    // The load test measures the memory kept after a full collection (see its header).
    execArgv: ['--expose-gc'],
  },
});
