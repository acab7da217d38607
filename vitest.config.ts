import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The golden tests import whole agenda packs and compile their MDX: seconds each, more on a busy two-core machine.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: [...configDefaults.exclude, 'src/components/**'] } },
      // Components rendered by Astro's container API need Astro's Vite setup; only they pay for loading it.
      'vitest.components.config.ts',
    ],
  },
});
