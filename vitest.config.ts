import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-build.ts'],
    setupFiles: ['test/support/load-langs.ts', 'test/support/prompt-mocks.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Tests spawn the CLI and servers; two cores are all we have.
    pool: 'forks',
    env: { NO_COLOR: '1' },
  },
});
