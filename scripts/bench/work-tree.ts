/**
 * The benchmark's work trees under .bench/: a copy of the project without its content (so the real content/ and dist/
 * are never touched), and the floor, a bare Astro site. Both get a node_modules/ of their own made of links to the
 * project's packages, so that Astro's and Vite's caches (node_modules/.astro, node_modules/.vite) stay per tree.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Top-level paths of the project that the work copy leaves out: git, builds, caches, and the content to be re-imported. */
const LEFT_OUT = new Set(['.git', 'node_modules', 'dist', '.astro', '.bench', '.scratch', 'test-results', 'playwright-report', 'sources']);
/**
 * Content of the real archive that the copy starts without: what the importer makes, and the editors' notes on the
 * real documents' decisions (content/editorial/), which name decisions the synthetic archive does not have.
 */
const MADE_BY_IMPORT = new Set(['content/documents', 'content/decisions.json', 'content/cited-documents.json', 'content/editorial']);
/** Caches inside node_modules that must not be shared between trees. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Whether a project path (relative, forward slashes) belongs in the work copy. */
export function keepInCopy(path: string): boolean {
  const top = path.split('/')[0] ?? '';
  if (LEFT_OUT.has(top) || /^dist-/.test(top)) return false;
  return ![...MADE_BY_IMPORT].some((made) => path === made || path.startsWith(`${made}/`));
}

/** Give `tree` a node_modules/ of links to each of the project's packages (caches left out). */
export function linkNodeModules(projectRoot: string, tree: string): void {
  const from = join(projectRoot, 'node_modules');
  const to = join(tree, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (CACHES.has(name) || existsSync(join(to, name))) continue;
    symlinkSync(join(from, name), join(to, name));
  }
}

/**
 * Where the bench puts what it is done with (old work trees, the last run's build output and imported content):
 * moved there by a rename, and deleted only when the bench has finished measuring. This machine's disk is ext4
 * without a journal, and there, for a minute or more after many files are deleted, creating a file costs about ten
 * times as much (the kernel passes over recently freed inodes: recently_deleted() in fs/ext4/ialloc.c). Deleting the
 * last run's 27,000-file output just before a build made that build pay for the deletion (docs/scale.md). A clean
 * clone deletes nothing before its first build, so neither does a measured run.
 */
export class Trash {
  private count = 0;
  constructor(readonly dir: string) {}

  /** Move `path` (when it exists) into the trash. The trash must be on the same file system. */
  discard(path: string): void {
    if (!existsSync(path)) return;
    mkdirSync(this.dir, { recursive: true });
    renameSync(path, join(this.dir, `${Date.now()}-${this.count++}`));
  }

  /** Delete everything in the trash: once nothing more is measured. */
  empty(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Make a fresh copy of the project at `tree`, without content, builds or caches, with empty sources/ and content/documents/. */
export function copyProject(projectRoot: string, tree: string, trash: Trash): void {
  trash.discard(tree);
  mkdirSync(tree, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (!keepInCopy(name)) continue;
    cpSync(join(projectRoot, name), join(tree, name), {
      recursive: true,
      filter: (src) => keepInCopy(relative(projectRoot, src).split(sep).join('/')),
    });
  }
  mkdirSync(join(tree, 'sources'), { recursive: true });
  mkdirSync(join(tree, 'content/documents'), { recursive: true });
  linkNodeModules(projectRoot, tree);
}

/** Move what a build or import left in a tree to the trash, so that the next one starts cold. */
export function resetTree(tree: string, generated: readonly string[], trash: Trash): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', ...generated]) trash.discard(join(tree, path));
  for (const path of generated) if (!/\.\w+$/.test(path)) mkdirSync(join(tree, path), { recursive: true });
}

/** Write files (path relative to `root` → text), making folders as needed. */
export function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}
