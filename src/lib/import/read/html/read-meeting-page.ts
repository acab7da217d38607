import { ImportError, type SourceLine, type SourceText } from '../../types.ts';
import { htmlLines } from './html-lines.ts';

/** Whether a file is a web page: by its name, or by how its text begins. */
export function isHtml(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*<(?:!doctype\s+html|html)\b/i.test(text);
}

/**
 * A committee website's page saved as HTML (ModernGov's "Agenda and minutes"), read into the source model: a line
 * for each heading, paragraph, list item and table row or cell of its content, a blank line between them as a text
 * export has, headings and bold text marked; the site's navigation, breadcrumbs, header and footer left out.
 */
export function readMeetingPage(html: string, file: string, sha256: string): SourceText {
  const lines: SourceLine[] = [];
  for (const { text, bold } of htmlLines(html)) {
    // A table's rows stand line under line, as a text export prints them; other blocks have a blank line between.
    const inTable = text.includes('\t') && lines.at(-1)?.text.includes('\t');
    if (lines.length > 0 && !inTable) lines.push({ text: '', line: lines.length + 1 });
    lines.push(bold ? { text, line: lines.length + 1, bold } : { text, line: lines.length + 1 });
  }
  if (lines.length === 0) throw new ImportError(file, null, 'the web page holds no text outside its navigation', 'save the meeting\'s page itself ("Agenda and minutes"), with its items');
  return { file, sha256, format: 'html', lines };
}
