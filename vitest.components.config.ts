import { getViteConfig } from 'astro/config';

/** Astro components rendered in isolation (experimental_AstroContainer), with the project's Astro config. */
export default getViteConfig({ test: { name: 'components', include: ['src/components/**/*.test.ts'] } });
