import { expect, test } from 'vitest';
import { reportPurpose } from './report-purpose.ts';

test('the first paragraph under "Purpose of the Report", as plain text', () => {
  const body = [
    '## Purpose of the Report',
    '',
    '<Para n="1">',
    '  The purpose of the report is to update the Committee on the Sustainability and Transformation Plan (<a href="/glossary/#stp"><abbr title="Sustainability and Transformation Plan">STP</abbr></a>) update.',
    '</Para>',
    '',
    '<Para n="2">',
    '  Not this one.',
    '</Para>',
    '',
    '## Information and Advice',
  ].join('\n');
  expect(reportPurpose(body)).toBe('The purpose of the report is to update the Committee on the Sustainability and Transformation Plan (STP) update.');
});

test('a numbered "Purpose" heading and a plain paragraph', () => {
  expect(reportPurpose('# Title\n\n## 1. Purpose\n\nTo consider the **work programme**.\n\nMore.\n')).toBe('To consider the work programme.');
});

test('null when the report has no purpose section, or it is empty', () => {
  expect(reportPurpose('## Background\n\n<Para n="1">\n  Text.\n</Para>\n')).toBeNull();
  expect(reportPurpose('## Purpose of the Report\n\n## Information\n\nText.')).toBeNull();
});

test('a paragraph that mentions a purpose is not the heading', () => {
  expect(reportPurpose('<Para n="4">\n  The purpose of the workshop was to explore.\n</Para>\n')).toBeNull();
});
