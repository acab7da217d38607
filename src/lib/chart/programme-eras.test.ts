import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Decision } from '../model/decision.ts';
import { eraBands, PROGRAMME_ERAS } from './programme-eras.ts';
import { quarterOf } from './quarters.ts';

type E = Pick<Decision, 'id' | 'date' | 'datePrecision'>;
const span = { first: quarterOf('2013'), last: quarterOf('2022-12') };
const eras = [
  { name: 'B', beganWith: 'b' },
  { name: 'A', beganWith: 'a' },
  { name: 'Missing', beganWith: 'nowhere' },
];

test('each era runs from its entry to the next era, the last to the end of the axis', () => {
  const record: E[] = [
    { id: 'a', date: '2015-11-02', datePrecision: 'day' },
    { id: 'b', date: '2017-08', datePrecision: 'month' },
  ];
  expect(eraBands(record, span, eras).map((b) => [b.name, b.from, b.to])).toEqual([
    ['A', quarterOf('2015-11'), quarterOf('2017-08')],
    ['B', quarterOf('2017-08'), span.last + 1],
  ]);
});

test('an era whose entry the record lacks is not drawn', () => {
  expect(eraBands([{ id: 'a', date: '2016', datePrecision: 'year' }], span, eras).map((b) => b.name)).toEqual(['A']);
  expect(eraBands([], span, eras)).toEqual([]);
});

test('every programme era begins with an entry of the real record', () => {
  const record = JSON.parse(readFileSync(new URL('../../../content/decisions.json', import.meta.url), 'utf8')) as E[];
  const ids = new Set(record.map((e) => e.id));
  expect(PROGRAMME_ERAS.filter((era) => !ids.has(era.beganWith))).toEqual([]);
  expect(eraBands(record, span).map((b) => `${b.name} from ${b.entry.date}`)).toEqual([
    'Better Together Alliance from 2015-11-02',
    'Sustainability and transformation plan from 2016-03-18',
    'Accountable care system from 2017-08',
    'Integrated care system from 2021-04',
  ]);
});
