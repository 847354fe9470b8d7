import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// What pages build only when asked: a chart's table once its "View as table" opens, and
// party suggestions fetched as the reader types (none are embedded in the page).
const SCREENSHOTS = path.resolve('e2e', 'screenshots');

const frame = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

test('"View as table" opens from the keyboard and shows the chart\'s rows, with their headers', async ({
  page,
}) => {
  await page.goto('/');
  const categories = frame(page, 'Committed aid by category');
  // The table is offered once the chart has replaced the figures in its box.
  await expect(categories.locator('.recharts-surface')).toBeVisible();
  await categories.getByText('View as table').focus();
  await page.keyboard.press('Enter');
  const table = categories.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Category', 'Committed (USD)', 'Packages']);
  await expect(table.getByRole('row', { name: 'Humanitarian $13,600,000,000 1' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Military' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(table).toBeHidden();
});

test('typing in a party filter offers matching parties; picking one filters by it', async ({ page }) => {
  await page.goto('/');
  const party = page.getByRole('combobox', { name: 'Party (either side)' });
  await party.fill('unit');
  const options = page.getByRole('option');
  await expect(options.filter({ hasText: 'United States' })).toBeVisible();
  await expect(options.filter({ hasText: 'United Kingdom' })).toBeVisible();
  await expect(options.filter({ hasText: 'Ukraine' })).toHaveCount(0);
  await options.filter({ hasText: 'United Kingdom' }).click();
  await expect(party).toHaveValue('united-kingdom');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/party=united-kingdom/);
  await expect(page.getByRole('region', { name: 'Active filters' })).toContainText('Party: United Kingdom');

  // The lists' party fields suggest the same way, and the keyboard picks too.
  await page.goto('/sanctions');
  const target = page.getByRole('combobox', { name: 'Target', exact: true });
  await target.fill('put');
  await expect(page.getByRole('option', { name: /Vladimir Putin/ })).toBeVisible();
  await target.press('ArrowDown');
  await target.press('Enter');
  await expect(target).toHaveValue('vladimir-putin');
  await target.press('Enter');
  await expect(page).toHaveURL(/target=vladimir-putin/);
  await expect(page.getByRole('region', { name: 'Results' }).locator('tbody tr')).toHaveCount(3);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The sections stream in behind a script, so a page without JavaScript shows its
  // placeholders; the filter form it shows must still put a typed party in the URL.
  test('a typed party slug still goes into the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Party (either side)' }).fill('ukraine');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]party=ukraine(&|$)/);
  });
});

test('screenshots of an opened table and of party suggestions, desktop and phone', async ({ page }) => {
  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 375, 812],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    const donors = frame(page, 'Committed aid by donor');
    await donors.locator('.chart-box').scrollIntoViewIfNeeded();
    await donors.getByText('View as table').click();
    await expect(donors.getByRole('rowheader', { name: 'United States' })).toBeVisible();
    await donors.screenshot({ path: path.join(SCREENSHOTS, `chart-table-${name}.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'a wide table scrolls in its card, not the page').toBeLessThanOrEqual(0);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('combobox', { name: 'Party (either side)' }).fill('u');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, `party-suggestions-${name}.png`) });
  }
});
