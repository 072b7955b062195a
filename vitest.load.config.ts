import { defineConfig } from 'vitest/config';

/** `npm run test:load`: the load and soak runs, kept out of the quick unit run. */
export default defineConfig({
  test: {
    include: ['test/load/**/*.load.ts'],
    setupFiles: ['test/setup/networkGuard.mjs'],
    testTimeout: 300_000,
    fileParallelism: false,
    // The soak test calls gc() between rounds so heap figures are comparable.
    pool: 'forks',
    execArgv: ['--expose-gc'],
  },
});
