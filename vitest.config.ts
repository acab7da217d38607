import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // The golden tests import whole agenda packs and compile their MDX: seconds each, more on a busy two-core machine.
    testTimeout: 60_000,
  },
});
