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

// The overview's charts are drawn on the server: the page loads no chart library at all,
// not even after it has rendered, and its charts still answer the pointer.
test('/ loads no Recharts code, before or after its charts are drawn', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  // The tooltips are written once the page runs; the strip over the bar takes the pointer.
  await expect(page.locator('[data-chart] [data-tip]').first()).toBeAttached();
  await page.locator('[data-mark="bar"]').first().hover({ force: true });
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  const withCharts = scripts.filter((src) => readFileSync(path.resolve('.next', src.replace(/^\/_next\//, '')), 'utf8').includes('recharts-surface'));
  expect(withCharts).toEqual([]);
});

// A party page's headline figures are server HTML and must not wait for its chart code
// (about 130 kB gzip of Recharts): no script its HTML names may hold it; it loads after.
test('/parties/united-states names no chart code in its HTML: the charts load after the page', async ({ request }) => {
  const html = await (await request.get('/parties/united-states')).text();
  const scripts = [...html.matchAll(/<script\b[^>]*\ssrc="\/_next\/static\/([^"?]+\.js)/g)].map(([, src]) => src ?? '');
  expect(scripts.length).toBeGreaterThan(0);
  const withCharts = scripts.filter((src) => readFileSync(path.resolve('.next', 'static', src), 'utf8').includes('recharts-surface'));
  expect(withCharts).toEqual([]);
});
