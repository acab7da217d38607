import { expect, test } from 'vitest';
import { nestBullets } from './bullets.ts';
import type { LaidLine } from './paragraphs.ts';

const at = (x: number, text: string): LaidLine => ({ text, page: 1, x, size: 12 });
const texts = (lines: LaidLine[]) => nestBullets(lines).map((l) => l.text);

test('indents a bullet set further right than the first bullet of its list by two spaces', () => {
  expect(texts([at(56, '6. The main areas covered are:'), at(92, '• the approach to delivery'), at(113, '• communication and engagement'), at(134, 'with local people'), at(113, '• Finance and governance')])).toEqual([
    '6. The main areas covered are:',
    '• the approach to delivery',
    '  • communication and engagement',
    'with local people',
    '  • Finance and governance',
  ]);
});

test('leaves bullets at one level as they are', () => {
  expect(texts([at(70, '• Elective Care'), at(70, '• Maternity and paediatric care')])).toEqual(['• Elective Care', '• Maternity and paediatric care']);
});

test('starts a new list after a line back at the paragraphs\' left edge', () => {
  expect(texts([at(92, '• first list'), at(56, '8. This report provides'), at(113, '• second list')])).toEqual(['• first list', '8. This report provides', '• second list']);
});

test('keeps blank lines, which have no position, out of the reckoning', () => {
  expect(texts([at(92, '• one'), { text: '', page: 1 }, at(113, '• two')])).toEqual(['• one', '', '  • two']);
});
