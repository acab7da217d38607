/**
 * Compare the URLs of the last build with the committed published-urls.txt, or accept new ones.
 *
 *   npx tsx scripts/check-urls.ts            report added and vanished URLs; exit 1 if any vanished
 *   npx tsx scripts/check-urls.ts --accept   add this build's new URLs to published-urls.txt (never removes one)
 *
 * The build folder is $SITE_OUT_DIR or dist; the build writes its list there (src/integrations/published-urls.ts).
 * Redirects are read from the built site: a redirected URL is still built, as a page that forwards.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareUrls, formatUrlList, parseUrlList, PUBLISHED_URLS_FILE } from '../src/lib/record/published-urls.ts';

const outDir = process.env['SITE_OUT_DIR'] ?? 'dist';
const built = join(outDir, PUBLISHED_URLS_FILE);
if (!existsSync(built)) {
  console.error(`${built}: not found — build the site first (npm run build)`);
  process.exit(1);
}
const current = parseUrlList(readFileSync(built, 'utf8'));
const committed = existsSync(PUBLISHED_URLS_FILE) ? parseUrlList(readFileSync(PUBLISHED_URLS_FILE, 'utf8')) : [];
const { vanished, added } = compareUrls(committed, current, []);

if (process.argv.includes('--accept')) {
  writeFileSync(PUBLISHED_URLS_FILE, formatUrlList([...committed, ...current]));
  console.log(`${PUBLISHED_URLS_FILE}: ${added.length} URL(s) added, ${committed.length + added.length} in all. Commit it.`);
  if (vanished.length > 0) console.warn(`Still vanished without a redirect (kept in the list):\n  ${vanished.join('\n  ')}`);
  process.exit(0);
}

for (const url of added) console.log(`new       ${url}`);
for (const url of vanished) console.log(`VANISHED  ${url}`);
console.log(`${current.length} URLs built; ${added.length} new; ${vanished.length} vanished.`);
process.exit(vanished.length > 0 ? 1 : 0);
