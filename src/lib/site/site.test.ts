import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, sectionOf } from './site.ts';

test('a page belongs to the section its path starts with', () => {
  expect(sectionOf('/documents/2016-04-20-policy-committee-item-7/')).toBe('/documents/');
  expect(sectionOf('/meetings/')).toBe('/meetings/');
  expect(sectionOf('/')).toBeNull();
});

test('the policy allows no inline script or style, and nothing from another host', () => {
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|https?:/);
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
});
