/**
 * Pages with a duty of their own: the about page carries the accessibility statement and says what data the
 * site keeps; a missing page answers 404 with a page that helps.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';

test('the about page has an accessibility statement and says the site keeps no data', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { name: /accessibility/i }).first()).toBeVisible();
  await expect(page.getByRole('main')).toContainText(/WCAG 2\.2/);
  await expect(page.getByRole('main')).toContainText(/no cookies|keeps no|collects no|stores no|no personal data|no data/i);
  await expectNoAxeViolations(page);
});

test('a missing page answers 404 with a page that helps the reader on', async ({ page }) => {
  const response = await page.goto('/documents/no-such-report/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /home|start/i }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
