/**
 * axe-core on the page in view: WCAG 2.0, 2.1 and 2.2, levels A and AA.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The axe tags for WCAG 2.2 AA (2.2 adds AA rules only). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * An axe run on the page in view, as fast as it goes: in legacy mode (axe runs in the page itself; the default runs
 * each frame apart and then opens a blank page to merge the results, for cross-origin frames this site never has),
 * keeping only the violations' nodes. Together they halve the time of a run (docs/testing.md).
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
}

/** The violations axe finds, one line each: rule, impact, the elements and what is wrong with the first. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = axeOn(page);
  const results = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  return results.violations.map((v) => {
    const targets = v.nodes.map((n) => n.target.join(' ')).slice(0, 5);
    const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : '';
    const why = v.nodes[0]?.failureSummary?.split('\n').slice(1).join(' ').trim() ?? '';
    return `${v.id} [${v.impact ?? 'n/a'}] ${targets.join(', ')}${more}: ${why || v.help}`;
  });
}

/** Assert that axe finds nothing on the page in view (softly, so that later checks of the same page still run). */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${label}`).toEqual([]);
}
