import { expect, test } from './fixtures';

// A reader's spec: the API page is reached from the footer, documents each route with its
// parameters and an example, and its links and examples work against the running server.

test('the API page documents each route, and its example requests answer', async ({
  page,
  request,
}, testInfo) => {
  await page.goto('/changes');
  await page.getByRole('contentinfo').getByRole('link', { name: 'API' }).click();
  await expect(page).toHaveURL(/\/api$/);
  await expect(page.getByRole('heading', { level: 1, name: 'API' })).toBeVisible();
  for (const path of ['/api/v1/overview', '/api/v1/changes', '/api/v1/ftm', '/api/v1/openapi.json'])
    await expect(page.getByRole('heading', { level: 2, name: `GET ${path}` })).toBeVisible();

  const overview = page.getByRole('region', { name: 'GET /api/v1/overview' });
  const table = overview.getByRole('table', { name: 'Parameters of /api/v1/overview' });
  await expect(table.getByRole('row', { name: /^table one of aid_by_category/ })).toBeVisible();
  await overview.getByText('What it answers (text/csv, abridged)').click();
  await expect(overview.getByText('donor,donor_name,humanitarian_usd')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('api-page.png'), fullPage: true });
  await table.screenshot({ path: testInfo.outputPath('api-overview-parameters.png') });

  // The example requests, as a script would send them.
  const curls = await page.locator('pre code').filter({ hasText: /^curl/ }).allTextContents();
  expect(curls.length).toBeGreaterThanOrEqual(4);
  for (const line of curls) {
    const accept = /-H 'Accept: ([^']+)'/.exec(line)?.[1];
    const url = /"\$TRACKER([^"]+)"/.exec(line)?.[1] ?? '';
    const response = await request.get(url, { headers: accept ? { Accept: accept } : {} });
    expect(response.status(), url).toBe(200);
    expect(response.headers()['access-control-allow-origin']).toBe('*');
  }
  const document = await request.get('/api/v1/openapi.json');
  expect(((await document.json()) as { openapi: string }).openapi).toBe('3.1.0');
});

test('/changes links to the API documentation of its feed', async ({ page }) => {
  await page.goto('/changes');
  await page.getByRole('link', { name: 'API documentation' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'GET /api/v1/changes' })).toBeInViewport();
});
