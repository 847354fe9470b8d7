import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The production build the tests run against: nothing of the database layer may reach the browser.
test('no database code or SQL reaches the browser bundles', () => {
  const dir = path.resolve('.next', 'static', 'chunks');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  const offenders = files.filter((file) => {
    const code = readFileSync(path.join(dir, file), 'utf8');
    return /better-sqlite3|drizzle-orm|FROM aid_packages|FROM sanctions|DATABASE_PATH/.test(code);
  });
  expect(offenders).toEqual([]);
});

const holdsRecharts = (src: string) =>
  readFileSync(path.resolve('.next', src.replace(/^\/_next\//, '')), 'utf8').includes('recharts-surface');

// The overview's figures come as HTML; Recharts (the heaviest code on the page) loads only
// when a chart nears the screen, and once for every chart.
test('/ loads no Recharts code until a chart nears the screen, then loads it once', async ({ page }) => {
  // Short enough that no chart starts within 400 px (how far ahead the boxes look) of its bottom.
  await page.setViewportSize({ width: 1280, height: 300 });
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  await expect(page.locator('[data-chart-state="waiting"]').first()).toBeAttached();
  expect(scripts.filter(holdsRecharts)).toEqual([]);
  for (const box of await page.locator('.chart-box').all()) {
    await box.scrollIntoViewIfNeeded();
    await expect(box.locator('.recharts-surface, .muted').first()).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  const withCharts = scripts.filter(holdsRecharts);
  expect(withCharts).toHaveLength(1);
  expect(new Set(scripts).size, 'no script fetched twice').toBe(scripts.length);
});

// A party page's headline figures are server HTML and must not wait for its chart code
// (about 130 kB gzip of Recharts): no script its HTML names may hold it; it loads after.
test('/parties/united-states names no chart code in its HTML: the charts load after the page', async ({
  request,
}) => {
  const html = await (await request.get('/parties/united-states')).text();
  const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="\/_next\/static\/([^"?]+\.js)/g)].map(
    ([, src]) => src ?? '',
  );
  expect(scripts.length).toBeGreaterThan(0);
  const withCharts = scripts.filter((src) =>
    readFileSync(path.resolve('.next', 'static', src), 'utf8').includes('recharts-surface'),
  );
  expect(withCharts).toEqual([]);
});
