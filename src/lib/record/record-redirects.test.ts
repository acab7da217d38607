import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadRecordRedirects } from './record-redirects.ts';

test('loads the record and the published list of a project, and gives none where either is missing', () => {
  const root = mkdtempSync(join(tmpdir(), 'record-redirects-'));
  expect(loadRecordRedirects(root)).toEqual({});
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/decisions.json'), JSON.stringify([{ id: '2015-11-02-asch-agreed', mergedIds: ['2015-11-asch-agreed'] }]));
  expect(loadRecordRedirects(root)).toEqual({});
  writeFileSync(join(root, 'published-urls.txt'), '# comment\n/decisions/2015-11-asch-agreed/\n/documents/2015-11-02-asch-cited/\n');
  expect(loadRecordRedirects(root)).toEqual({ '/decisions/2015-11-asch-agreed/': '/decisions/2015-11-02-asch-agreed/' });
  writeFileSync(join(root, 'content/cited-documents.json'), JSON.stringify([{ id: '2015-11-02-asch-cited', heldAs: '2015-11-02-asch-item-5' }]));
  expect(loadRecordRedirects(root)).toEqual({
    '/documents/2015-11-02-asch-cited/': '/documents/2015-11-02-asch-item-5/',
    '/decisions/2015-11-asch-agreed/': '/decisions/2015-11-02-asch-agreed/',
  });
  rmSync(root, { recursive: true });
});
