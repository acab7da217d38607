import { expect, test } from 'vitest';
import { robotsTxt } from './robots-txt.ts';

test('robots.txt allows everything and names the sitemap on the site’s own address', () => {
  expect(robotsTxt(new URL('https://records.council.example'), '/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://records.council.example/sitemap.xml\n');
});
