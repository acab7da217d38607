/** Kebab-case of a committee's full name, as in its URL: "Adult Social Care & Health Committee" → "adult-social-care-and-health-committee". */
export function committeeSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
