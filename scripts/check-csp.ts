/**
 * Every page of the built site carries a Content-Security-Policy that allows no inline script, and has none.
 *
 *   npx tsx scripts/check-csp.ts [DIR]     DIR defaults to $SITE_DIR, $SITE_OUT_DIR or dist
 *
 * A page passes when it has a <meta http-equiv="Content-Security-Policy"> in its head, before anything it loads;
 * the policy restricts scripts (script-src, or default-src) without 'unsafe-inline';
 * and the page has no inline <script> (JSON data blocks excepted), no on* event attribute and no javascript: URL.
 * That the browser raises no violation is checked in e2e/every-page.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { fileForUrl, htmlPages, siteDir, siteFiles } from './site-files.ts';

/**
 * Script types that hold data, not code: the browser never runs them, so CSP does not govern them.
 * text/pagefind-template: the search page's result template, read as text by Pagefind's Component UI.
 */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json', 'text/pagefind-template']);

/** The directives of a policy, by name, each with its source list. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What is wrong with one page's Content-Security-Policy and scripts; empty when nothing is. */
export function checkCsp(html: string): string[] {
  const problems: string[] = [];
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, pre: true } });
  const metas = root
    .querySelectorAll('meta[http-equiv]')
    .filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');

  if (metas.length === 0) {
    problems.push('no <meta http-equiv="Content-Security-Policy">');
  } else {
    const meta = metas[0]!;
    if (meta.parentNode?.rawTagName?.toLowerCase() !== 'head') problems.push('the CSP <meta> is not in <head>');
    const before = root.querySelectorAll('head > *');
    const loadsFirst = before.slice(0, before.indexOf(meta)).find((el) => ['script', 'link', 'style'].includes(el.rawTagName.toLowerCase()));
    if (loadsFirst) problems.push(`the CSP <meta> comes after a <${loadsFirst.rawTagName.toLowerCase()}>, which it does not cover`);
    const policy = parsePolicy(meta.getAttribute('content') ?? '');
    const scriptSources = policy.get('script-src') ?? policy.get('default-src');
    if (scriptSources === undefined) problems.push('the CSP restricts no scripts (no script-src or default-src)');
    else if (scriptSources.includes("'unsafe-inline'")) problems.push("the CSP allows 'unsafe-inline' scripts");
  }

  for (const script of root.querySelectorAll('script')) {
    if (script.hasAttribute('src')) continue;
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (DATA_SCRIPT_TYPES.has(type)) continue;
    const code = script.text.trim().replace(/\s+/g, ' ');
    problems.push(`inline <script${type ? ` type="${type}"` : ''}>: ${code.length > 60 ? `${code.slice(0, 60)}…` : code}`);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const name of Object.keys(el.attributes)) {
      if (/^on[a-z]+$/i.test(name)) problems.push(`inline event handler ${name}="…" on <${el.rawTagName.toLowerCase()}>`);
    }
    for (const attribute of ['href', 'src', 'action', 'formaction']) {
      if (/^\s*javascript:/i.test(el.getAttribute(attribute) ?? '')) problems.push(`javascript: URL in ${attribute} of <${el.rawTagName.toLowerCase()}>`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? siteDir();
  const list = siteFiles(dir);
  const files = new Set(list);
  const pages = htmlPages(list);
  if (pages.length === 0) {
    console.error(`${dir}: no HTML pages — build the site first (npm run build)`);
    process.exit(1);
  }
  let failed = 0;
  for (const url of pages) {
    const problems = checkCsp(readFileSync(join(dir, fileForUrl(url, files)!), 'utf8'));
    if (problems.length > 0) failed += 1;
    for (const problem of problems) console.log(`${url}: ${problem}`);
  }
  console.log(`CSP check: ${pages.length} pages, ${failed === 0 ? 'all pass' : `${failed} fail`}.`);
  process.exit(failed === 0 ? 0 : 1);
}
