import type { ImportedDocument } from '../../src/lib/import/import-source.ts';
import { longDate } from '../../src/lib/import/header/read-header.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What `--check` prints for one document: kind and id; meeting, item and title; what its body holds; each warning. */
export function describeDocument(doc: ImportedDocument): string[] {
  const { data, parts } = doc;
  const item = data.agendaItem === null ? 'no agenda item' : `item ${data.agendaItem}`;
  const pages = data.source.pages === null ? '' : `, pages ${data.source.pages[0]}–${data.source.pages[1]}`;
  const counts = [
    plural(parts.paragraphs.length, 'numbered paragraph'),
    plural(data.recommendations.length, 'recommendation'),
    plural(parts.resolutions.length, 'resolution'),
    data.reference === null ? 'no reference' : `reference ${data.reference}`,
  ];
  return [
    `  ${data.kind.padEnd(8)} ${doc.id}`,
    `           ${data.body}, ${longDate(data.date)}, ${item}`,
    `           "${data.title}"`,
    `           ${counts.join(' · ')} · source lines ${data.source.lines[0]}–${data.source.lines[1]}${pages}`,
    ...doc.warnings.map((w) => `           warning: ${w.problem}${w.hint ? ` (${w.hint})` : ''}`),
  ];
}

/** What `--check` prints for a whole import: each file with the documents it would make. */
export function describeImport(made: readonly { file: string; doc: ImportedDocument }[], files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const docs = made.filter((m) => m.file === file).map((m) => m.doc);
    return [`${file}: ${plural(docs.length, 'document')}`, ...docs.flatMap(describeDocument)];
  });
}
