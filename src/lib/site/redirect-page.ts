import { CONTENT_SECURITY_POLICY, SITE_NAME } from './site.ts';

/** One old address of the site and where it now leads: a path, which may end in a #fragment. */
export interface Redirect {
  from: string;
  to: string;
}

/** What a redirect page shows of the page it leads to, read from that page where it was built. */
export interface RedirectTargetInfo {
  /** The target page's own title ("Review of the Better Care Fund"), or null when unknown. */
  title: string | null;
  /** The site's stylesheets (their URL paths), so that the page looks like the rest of the site. */
  stylesheets: readonly string[];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The page left at an old address: valid HTML that sends the browser on at once (`<meta http-equiv="refresh">`),
 * names the new address as canonical (without its #fragment: the page, not the place in it), carries the
 * link-preview tags of every page, and says in plain words, with a link, where the page has gone, for a reader whose
 * browser does not follow the refresh.
 */
export function redirectPageHtml({ from, to }: Redirect, site: URL, target: RedirectTargetInfo): string {
  const destination = new URL(to, site);
  const canonical = new URL(destination);
  canonical.hash = '';
  const title = target.title ? `Moved: ${target.title}` : 'This page has moved';
  const description = `The page that was at ${from} has moved to ${destination.href}.`;
  const linkText = target.title ?? destination.pathname + destination.hash;
  const e = escapeHtml;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=${e(to)}">
<meta http-equiv="Content-Security-Policy" content="${e(CONTENT_SECURITY_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} – ${e(SITE_NAME)}</title>
<meta name="description" content="${e(description)}">
<link rel="canonical" href="${e(canonical.href)}">
<meta property="og:type" content="website">
<meta property="og:title" content="${e(title)}">
<meta property="og:description" content="${e(description)}">
<meta property="og:url" content="${e(canonical.href)}">
<meta property="og:site_name" content="${e(SITE_NAME)}">
<meta property="og:locale" content="en_GB">
<meta name="twitter:card" content="summary">
<meta name="referrer" content="no-referrer">
${target.stylesheets.map((href) => `<link rel="stylesheet" href="${e(href)}">\n`).join('')}</head>
<body>
<main id="main" class="width-container">
<div class="measure">
<h1>This page has moved</h1>
<p class="lede">It is now at <a href="${e(to)}">${e(linkText)}</a>.</p>
<p>Your browser should take you there straight away. If it does not, follow the link. If a bookmark or a link brought you here, please change it to the new address: <code>${e(destination.href)}</code>.</p>
</div>
</main>
</body>
</html>
`;
}
