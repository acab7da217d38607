import { expect, test } from 'vitest';
import type { Decision } from '../model/decision.ts';
import type { DocumentData } from '../model/document.ts';
import { citedFacets, decisionFacets, documentFacets, glossaryFacets } from './search-facets.ts';

const report: DocumentData = {
  kind: 'report',
  title: 'Integrating care',
  date: '2021-02-08',
  body: 'Adult Social Care and Public Health Committee',
  meeting: { body: 'Adult Social Care and Public Health Committee', date: '2021-02-08' },
  agendaItem: '6',
  reference: 'ASCPH506',
  author: null,
  areas: ['county-wide', 'national'],
  parent: null,
  recommendations: [],
  backgroundPapers: [],
  contacts: [],
  source: { file: 'x.txt', sha256: 'a'.repeat(64), lines: [1, 2], pages: null },
};

const resolution: Decision = {
  id: '2021-01-11-resolution-2021-002',
  kind: 'decision',
  evidence: 'resolved',
  title: 'Endorse the response',
  text: 'That the response be endorsed.',
  date: '2021-01-11',
  datePrecision: 'day',
  body: 'Adult Social Care and Public Health Committee',
  ref: '2021/002',
  areas: ['mid-nottinghamshire'],
  source: { document: 'd', anchor: 'resolution-2021-002' },
  resolvedBy: null,
  reports: null,
};

test('a report is filtered by kind, committee, year and area, and shows its item and reference', () => {
  expect(documentFacets(report)).toEqual({
    filters: {
      kind: ['Report'],
      committee: ['Adult Social Care and Public Health Committee'],
      year: ['2021'],
      area: ['County-wide', 'National'],
    },
    meta: { kind: 'Report', date: '8 February 2021', committee: 'Adult Social Care and Public Health Committee', detail: 'Item 6 · ASCPH506' },
    sortDate: '2021-02-08',
  });
});

test('minutes belong to the meeting they record, and show no agenda item', () => {
  const minutes = { ...report, kind: 'minutes' as const, date: '2021-01-11', body: 'Policy Committee', reference: null };
  const facets = documentFacets(minutes);
  expect(facets.filters.committee).toEqual(['Policy Committee']);
  expect(facets.filters.year).toEqual(['2021']);
  expect(facets.meta).toEqual({ kind: 'Minutes', date: '11 January 2021', committee: 'Policy Committee' });
});

test('a resolution shows its number; a body that is not a committee is on the line but not a filter', () => {
  expect(decisionFacets(resolution, () => true).meta.detail).toBe('Resolution 2021/002');
  const milestone: Decision = { ...resolution, evidence: 'milestone', kind: 'milestone', body: 'NHS England', ref: null, date: '2017-08', datePrecision: 'month' };
  expect(decisionFacets(milestone, (body) => body.endsWith('Committee'))).toEqual({
    filters: { kind: ['Milestone'], year: ['2017'], area: ['Mid-Nottinghamshire'] },
    meta: { kind: 'Milestone', date: 'August 2017', committee: 'NHS England' },
    sortDate: '2017-08',
  });
});

test('a cited paper with no date has no year and no sort date', () => {
  expect(citedFacets({ id: 'x', title: 'Better Care Fund', date: null, body: null, citedBy: [] })).toEqual({
    filters: { kind: ['Cited paper (not held)'] },
    meta: { kind: 'Cited paper (not held)' },
    sortDate: null,
  });
});

test('the glossary is a kind of its own', () => {
  expect(glossaryFacets()).toEqual({ filters: { kind: ['Glossary'] }, meta: { kind: 'Glossary' }, sortDate: null });
});
