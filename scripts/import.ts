/**
 * npm run import -- [--out DIR] [--date YYYY-MM-DD] [--check] FILE...
 *
 * Turns council report texts into MDX documents. By default it writes into content/documents/, keeps a byte-for-byte
 * copy of each source in sources/, and re-derives the decision record (content/decisions.json). With --out it writes
 * the documents only, into DIR. Nothing is written unless every file imports cleanly. With --check it writes nothing
 * and prints what each file would make. FILE is a PDF, a text export, or a saved committee web page.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { describeImport } from './import/describe-documents.ts';
import { importFiles, ImportUsageError } from './import/import-files.ts';
import { ImportError } from '../src/lib/import/types.ts';

const USAGE = 'usage: npm run import -- [--out DIR] [--date YYYY-MM-DD] [--check] FILE...';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, date: { type: 'string' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const result = await importFiles({ files: positionals, out: values.out, date: values.date, check: values.check, root: process.cwd() });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (values.check) {
    for (const line of describeImport(result.made, positionals)) console.log(line);
    console.log(`Checked ${positionals.length} file${positionals.length === 1 ? '' : 's'} in ${seconds} s: nothing written (--check).`);
    return;
  }
  for (const [i, doc] of result.documents.entries()) {
    console.log(`  ${doc.changed ? 'wrote    ' : 'unchanged'} ${relative(process.cwd(), doc.path)}`);
    const made = result.made[i];
    for (const w of made?.doc.warnings.filter((f) => f.loss) ?? []) console.log(`            warning: ${relative(process.cwd(), made!.file)}${w.line === null ? '' : `:${w.line}`}: ${w.problem} (${w.hint})`);
  }
  if (result.record) console.log(`  ${result.record}`);
  console.log(`Imported ${result.documents.length} document${result.documents.length === 1 ? '' : 's'} from ${positionals.length} file${positionals.length === 1 ? '' : 's'} in ${seconds} s.`);
}

main().catch((error: unknown) => {
  if (error instanceof ImportError || error instanceof ImportUsageError) {
    console.error(error.message);
    if (error instanceof ImportUsageError) console.error(USAGE);
    process.exit(1);
  }
  throw error;
});

