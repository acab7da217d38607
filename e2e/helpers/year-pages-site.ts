/**
 * The real archive built as a council-sized archive is laid out (`npm run build:year-pages`: every timeline view, area
 * thread and the list of documents with more than 10 entries split into a page per year), served beside the site for
 * e2e/year-pages.spec.ts.
 */
export const YEAR_PAGES_DIR = 'dist-year-pages';

/** Its server listens on the site's port plus this. */
export const YEAR_PAGES_PORT_OFFSET = 1;

/** Where the year-pages build is served: beside the site (E2E_PORT, else 4321), one port up. */
export const YEAR_PAGES_URL = `http://127.0.0.1:${Number(process.env['E2E_PORT'] ?? 4321) + YEAR_PAGES_PORT_OFFSET}`;
