import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

// Every main page, checked by axe-core once its data and charts have arrived.
const PAGES = [
  '/',
  '/?party=united-states&from=2022-03-01',
  '/aid',
  '/aid/1',
  '/aid?category=bogus',
  '/sanctions',
  '/sanctions/10',
  '/events',
  '/events/1',
  '/parties',
  '/parties/united-states',
  '/sources',
  '/sources/1',
  '/changes',
  '/changes?kind=bogus&cursor=tampered',
  '/api',
  '/licence',
  '/admin/login',
  '/no-such-page',
];

for (const path of PAGES) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page, allowConsoleError }) => {
    if (path === '/no-such-page') allowConsoleError(/status of 404/);
    await page.goto(path);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const blocking = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(blocking).toEqual([]);
  });
}

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/aid');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});
