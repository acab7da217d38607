import { expect, test } from 'vitest';
import { announceCopy } from './copy-link.ts';

test('says what was copied, or where the link is when it could not be', () => {
  expect(announceCopy('paragraph 1.13', true)).toBe('Link to paragraph 1.13 copied');
  expect(announceCopy('resolution 2021/002', false)).toBe('Could not copy. The link to resolution 2021/002 is in the address bar');
});
