import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { documentSchema, type DocumentData } from '../../model/document.ts';
import { ImportError } from '../types.ts';

/** One held document as the record stages read it: its id, front matter and body tree. */
export interface RecordSource {
  /** The document id (file name without .mdx). */
  id: string;
  /** The file, as errors name it, e.g. "content/documents/2016-04-20-policy-committee-item-7.mdx". */
  file: string;
  data: DocumentData;
  tree: Root;
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parse one document MDX file (front matter + body) into a RecordSource; a problem is an ImportError naming file and line. */
export function parseRecordSource(file: string, id: string, text: string): RecordSource {
  let tree: Root;
  try {
    tree = parser.parse(text);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    throw new ImportError(file, e.line ?? null, `not valid MDX: ${e.reason ?? e.message}`, 're-run the import for this document, or fix the MDX by hand');
  }
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : null;
  if (!yamlNode) throw new ImportError(file, 1, 'no front matter', 'a document MDX file starts with a "---" YAML block (see src/lib/model/document.ts)');
  let raw: unknown;
  try {
    raw = parseYaml(yamlNode.value);
  } catch (error) {
    throw new ImportError(file, 2, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, 'fix the YAML between the "---" lines');
  }
  const result = documentSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new ImportError(file, 1, `front matter field "${field || '(root)'}": ${issue.message}`, 'fix that field (the schema is in src/lib/model/document.ts)');
  }
  return { id, file, data: result.data, tree: { ...tree, children: tree.children.slice(1) } };
}
