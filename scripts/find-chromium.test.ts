import { expect, test } from 'vitest';
import { CHROMIUM_NOT_FOUND, chromiumArgs, findChromium } from './find-chromium.ts';

test('findChromium takes PLAYWRIGHT_CHROMIUM, then CHROMIUM_PATH, then the usual places', () => {
  const everywhere = () => true;
  expect(findChromium({ PLAYWRIGHT_CHROMIUM: '/a', CHROMIUM_PATH: '/b' }, everywhere)).toBe('/a');
  expect(findChromium({ CHROMIUM_PATH: '/b' }, everywhere)).toBe('/b');
  expect(findChromium({}, everywhere)).toBe('/usr/bin/chromium');
  expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
});

test('findChromium skips a named path that is not executable, and returns null when there is none', () => {
  expect(findChromium({ CHROMIUM_PATH: '/nope' }, (p) => p === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
  expect(findChromium({}, () => false)).toBeNull();
});

test('the message when there is no Chromium is one line that says what to do', () => {
  expect(CHROMIUM_NOT_FOUND).toMatchInlineSnapshot(`"Chromium not found: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH"`);
  expect(CHROMIUM_NOT_FOUND).not.toContain('\n');
});

test('chromiumArgs adds --no-sandbox only for root', () => {
  expect(chromiumArgs(true)).toEqual(['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync']);
  expect(chromiumArgs(false)).not.toContain('--no-sandbox');
});
