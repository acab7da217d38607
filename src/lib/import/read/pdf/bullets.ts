import type { LaidLine } from './paragraphs.ts';

const BULLET = /^[\uF0B7•·▪◦●○■□➢►✓]\s/u;

/**
 * Bullets set further right than the first bullet of their list get two spaces before them, so a list within a list
 * reads as one (as a text export indents it). A list lasts until a line that is not a bullet stands at or left of its
 * first bullet; the wrapped lines of its bullets, further right, do not end it.
 */
export function nestBullets(lines: readonly LaidLine[]): LaidLine[] {
  let listX: number | null = null;
  return lines.map((line) => {
    if (line.text === '' || line.x === undefined) return line;
    const margin = 0.5 * (line.size ?? 10);
    if (BULLET.test(line.text)) {
      if (listX === null || line.x < listX - margin) listX = line.x;
      return line.x > listX + margin ? { ...line, text: `  ${line.text}` } : line;
    }
    if (listX !== null && line.x <= listX + margin) listX = null;
    return line;
  });
}
