import path from 'node:path';
import { expect, test } from './fixtures';

// Saved on every run for a person to look at (git-ignored).
const SCREENSHOTS = path.resolve('e2e', 'screenshots');

test.describe('overview', () => {
  test('shows the reference headline figures', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByTestId('committed-total')).toHaveText('$13.8 billion');
    await expect(page.getByTestId('committed-total')).toHaveAttribute('title', '$13,800,000,000');
    await expect(page.getByTestId('committed-humanitarian')).toHaveText('$13.6 billion');
    await expect(page.getByTestId('committed-military')).toHaveText('$200 million');
    const requests = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Requested or pledged' }) });
    await expect(requests.getByTestId('uncommitted-count')).toHaveText('2 requests');
    await expect(requests).toContainText('amount not disclosed');
    await expect(requests).toContainText('not included in committed aid');
  });

  test('traces a figure to its source and the quote in French', async ({ page }) => {
    await page.goto('/');
    const humanitarian = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Humanitarian' }) });
    await humanitarian.getByText('Sources (1 package)').click();
    const quote = humanitarian.locator('blockquote');
    await expect(quote).toBeVisible();
    await expect(quote).toHaveAttribute('lang', 'fr');
    await expect(quote).toContainText('13,6 milliards de dollars d’aide humanitaire');
    await expect(humanitarian.locator('cite')).toHaveText('La Russie a demandé à la Chine une aide militaire et économique');
  });

  test('renders the aid-by-category chart as an SVG with one bar per category', async ({ page }) => {
    await page.goto('/');
    const chart = page.getByRole('img', { name: 'Committed aid by category' });
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    // Economic has no committed aid, so only humanitarian and military draw a bar.
    await expect(chart.locator('.recharts-bar-rectangle path')).toHaveCount(2);
    await page.getByText('View as table').click();
    await expect(page.getByRole('row', { name: /Humanitarian \$13,600,000,000 1/ })).toBeVisible();
  });

  test('lists sanctions by imposing party, with the threat on China apart', async ({ page }) => {
    await page.goto('/');
    for (const slug of ['united-states', 'united-kingdom', 'european-union']) {
      await expect(page.getByTestId(`imposer-summary-${slug}`)).toHaveText('3 sanctions in force on 3 targets');
    }
    const us = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'United States' }) });
    const threat = us.getByRole('listitem').filter({ hasText: 'China' });
    await expect(threat).toContainText('Threatened');
    await expect(us.getByRole('listitem').filter({ hasText: 'Threatened' })).toHaveCount(1);
  });

  test('screenshots at desktop and phone widths', async ({ page }) => {
    for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 375, 812]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
      await page.screenshot({ path: path.join(SCREENSHOTS, `overview-${name}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
    }
  });
});
