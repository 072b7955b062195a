import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/networkGuard.mjs'],
    testTimeout: 20_000,
  },
});
