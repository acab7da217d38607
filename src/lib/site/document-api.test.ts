import { expect, test } from 'vitest';
import type { DocumentData } from '../model/document.ts';
import { citedDocumentToApi, documentsApi, heldDocumentToApi } from './document-api.ts';

const site = new URL('https://example.org');
const data: DocumentData = {
  kind: 'report',
  title: 'Mid-Nottinghamshire Better Together',
  date: '2016-04-20',
  body: 'Policy Committee',
  meeting: { body: 'Policy Committee', date: '2016-04-20' },
  agendaItem: '7',
  reference: null,
  author: null,
  areas: ['mid-nottinghamshire'],
  parent: null,
  recommendations: [],
  backgroundPapers: [],
  contacts: [],
  source: { file: '000_x.txt', sha256: 'a'.repeat(64), lines: [1, 200], pages: null },
};

test('a held document carries exactly the brief’s fields', () => {
  expect(heldDocumentToApi('2016-04-20-policy-committee-item-7', data, site)).toEqual({
    id: '2016-04-20-policy-committee-item-7',
    url: 'https://example.org/documents/2016-04-20-policy-committee-item-7/',
    title: 'Mid-Nottinghamshire Better Together',
    kind: 'report',
    date: '2016-04-20',
    body: 'Policy Committee',
    agendaItem: '7',
    reference: null,
    held: true,
    source: { file: '000_x.txt', sha256: 'a'.repeat(64) },
  });
});

test('a cited document not held says so, with no source', () => {
  const entry = citedDocumentToApi({ id: '2015-11-02-x', title: 'X', date: '2015-11-02', body: 'Adult Social Care and Health Committee', citedBy: [] }, site);
  expect(entry).toMatchObject({ id: '2015-11-02-x', kind: 'cited', held: false, source: null, agendaItem: null });
});

test('entries are listed by date, undated last', () => {
  const a = citedDocumentToApi({ id: 'b', title: 'B', date: null, body: null, citedBy: [] }, site);
  const b = heldDocumentToApi('a', data, site);
  expect(documentsApi([a, b]).map((e) => e.id)).toEqual(['a', 'b']);
});
