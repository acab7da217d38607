/** The site's name, as the header, titles and citations print it. */
export const SITE_NAME = 'Nottinghamshire integration record';

/** What the site is, in a line: for the header and the home page's description. */
export const SITE_TAGLINE = 'Joining up health and social care, 2015 to 2021: the County Council’s committee papers';

/**
 * The Content-Security-Policy of every page. Pagefind (search) needs 'wasm-unsafe-eval' and a blob: worker;
 * nothing is loaded from any other host, and no script or style is inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The sections of the site, in the order the header lists them. */
export const SECTIONS: readonly { href: string; label: string }[] = [
  { href: '/documents/', label: 'Documents' },
  { href: '/meetings/', label: 'Meetings' },
  { href: '/committees/', label: 'Committees' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/areas/', label: 'Areas' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/about/', label: 'About' },
];

/** The section a path belongs to (its href), for aria-current in the header; null for the home page and others. */
export function sectionOf(pathname: string): string | null {
  return SECTIONS.find((s) => pathname.startsWith(s.href))?.href ?? null;
}

/** Where readers report a problem (a broken link, an accessibility barrier). Set to the publishing team's address. */
export const CONTACT_EMAIL = 'integration-record@nottinghamshire.example';
