import { expect, test } from 'vitest';
import { pickSubResults, resultsSummary, safeExcerpt } from './result-parts.ts';

test('an excerpt keeps only the <mark> around matches; any other markup is escaped', () => {
  expect(safeExcerpt('The <mark>carers</mark> &amp; <script>x</script> <b>y</b>')).toBe('The <mark>carers</mark> &amp; &lt;script&gt;x&lt;/script&gt; &lt;b&gt;y&lt;/b&gt;');
});

test('sub-results: the best-scoring anchored places, in page order, never the page itself', () => {
  const sub = (url: string, s: number) => ({ title: url, url, excerpt: '', weighted_locations: [{ balanced_score: s, location: 0 }] });
  const subs = [sub('/d/', 99), sub('/d/#p-1', 1), sub('/d/#p-2', 5), sub('/d/#p-3', 3), sub('/d/#recommendation-1', 4)];
  expect(pickSubResults('/d/', subs).map((s) => s.url)).toEqual(['/d/#p-2', '/d/#p-3', '/d/#recommendation-1']);
  expect(pickSubResults('/d/', subs, 1).map((s) => s.url)).toEqual(['/d/#p-2']);
});

test('the summary counts results in words', () => {
  expect(resultsSummary(0, 'xyz')).toBe('No results for xyz');
  expect(resultsSummary(1, 'STP')).toBe('1 result for STP');
  expect(resultsSummary(12, 'carers')).toBe('12 results for carers');
});
