const slugs = new Map<string, string>();

/**
 * Kebab-case of a committee's full name, as in its URL: "Adult Social Care & Health Committee" →
 * "adult-social-care-and-health-committee". Remembered: a build asks for the same few names on every page.
 */
export function committeeSlug(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = slugOf(name)));
  return slug;
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
