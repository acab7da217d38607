/** Text alignments a GFM table column can ask for. */
export type CellAlign = 'left' | 'center' | 'right';

/**
 * The alignment a table cell asks for through its style (`{ textAlign: 'right' }` from MDX, or "text-align:right"),
 * so it can be given as a class instead: the Content-Security-Policy allows no inline styles.
 */
export function cellAlign(style: unknown): CellAlign | null {
  let value: unknown;
  if (typeof style === 'string') value = /text-align\s*:\s*([a-z]+)/i.exec(style)?.[1];
  else if (style !== null && typeof style === 'object') value = (style as Record<string, unknown>)['textAlign'] ?? (style as Record<string, unknown>)['text-align'];
  const align = typeof value === 'string' ? value.toLowerCase() : null;
  return align === 'left' || align === 'center' || align === 'right' ? align : null;
}
