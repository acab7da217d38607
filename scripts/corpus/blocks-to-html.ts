/**
 * The paper's blocks as one HTML page styled like a Nottinghamshire County Council committee report:
 * Arial 12 pt, bold headings, numbered paragraphs with the number hung in the margin, ruled tables.
 */
import type { SeedBlock } from './read-seed-blocks.ts';
import { escapeHtml, inlineToHtml } from './render-inline.ts';

/** The paper's stylesheet; page size, margins and the footer are the PDF printer's (see print-pdf.ts). */
export const PAPER_CSS = `
html { font-family: Arial, 'Liberation Sans', Arimo, sans-serif; font-size: 12pt; line-height: 1.2; color: #000;
  hyphens: none; -webkit-hyphens: none; overflow-wrap: normal; word-break: normal; }
body { margin: 0; }
p, h1, h2, table { margin: 0 0 10pt; }
h1, h2 { font-size: 12pt; font-weight: bold; break-after: avoid; page-break-after: avoid; }
h2 { margin-top: 14pt; }
.report-to { font-size: 16pt; font-weight: bold; margin-bottom: 14pt; }
.date, .agenda-item { font-weight: bold; margin-bottom: 14pt; }
.new-page { break-before: page; page-break-before: always; }
.item { padding-left: 1.25cm; text-indent: -1.25cm; }
.item .label { display: inline-block; width: 1.25cm; text-indent: 0; line-height: 1; }
.item.depth-1 { padding-left: 2cm; text-indent: -0.75cm; margin-bottom: 6pt; }
.item.depth-1 .label { width: 0.75cm; }
.item.depth-2 { padding-left: 2.75cm; text-indent: -0.75cm; margin-bottom: 6pt; }
.item.depth-2 .label { width: 0.75cm; }
.item.bold { font-weight: bold; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; }
td { border: 0.75pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
td.short { white-space: nowrap; }
a { color: #0000ee; }
.nb { white-space: nowrap; }
`;

/** A compound joined by hyphens ("Mid-Nottinghamshire", "day-to-day"). */
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * Plain seed text as HTML, each hyphenated compound kept on one line: pdftotext takes a hyphen at the end of a line
 * for a word broken in two and joins the halves ("Mid-" + "Nottinghamshire" → "MidNottinghamshire"), losing both words.
 * An address may break after its slashes instead (<wbr>: a break opportunity, no character), where Chromium would not.
 */
export function textHtml(plain: string): string {
  return plain
    .split(/(?<=\/)(?=\S)/)
    .map((piece) => {
      let out = '';
      let last = 0;
      for (const m of piece.matchAll(COMPOUND)) {
        out += `${escapeHtml(piece.slice(last, m.index))}<span class="nb">${escapeHtml(m[0])}</span>`;
        last = m.index + m[0].length;
      }
      return out + escapeHtml(piece.slice(last));
    })
    .join('<wbr>');
}

/** The seed's inline markup as the paper's HTML. */
function html(text: string): string {
  return inlineToHtml(text, textHtml);
}

/** One block as HTML; `newPage` starts it on a new page. */
function blockHtml(block: SeedBlock, newPage: boolean): string {
  const page = newPage ? ' new-page' : '';
  switch (block.kind) {
    case 'page-break':
      return '';
    case 'header':
      return `<p class="${block.role}${page}">${html(block.text)}</p>`;
    case 'heading':
      return `<h${block.level} class="${page.trim()}">${html(block.text)}</h${block.level}>`;
    case 'lines':
      return `<p class="${page.trim()}">${block.lines.map(html).join('<br>\n')}</p>`;
    case 'item': {
      const bold = block.bold ? ' bold' : '';
      return `<p class="item depth-${block.depth}${bold}${page}"><span class="label">${escapeHtml(block.label)}</span>${html(block.text)}</p>`;
    }
    case 'table': {
      const rows = block.rows.map((row) => `<tr>${row.map((cell) => (cell.length <= 12 ? `<td class="short">${html(cell)}</td>` : `<td>${html(cell)}</td>`)).join('')}</tr>`);
      return `<table class="${page.trim()}">\n${rows.join('\n')}\n</table>`;
    }
  }
}

/** The whole paper as an HTML document titled `title`. */
export function blocksToHtml(blocks: SeedBlock[], title: string): string {
  const body: string[] = [];
  let newPage = false;
  for (const block of blocks) {
    if (block.kind === 'page-break') {
      newPage = true;
      continue;
    }
    body.push(blockHtml(block, newPage));
    newPage = false;
  }
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${PAPER_CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
