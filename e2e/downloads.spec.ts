import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// A page's download, opened by a real CSV parser, holds what the page shows: the same rows
// in the same order, as many as the page counts, and only the filtered ones.

const results = (page: Page) => page.getByRole('region', { name: 'Results' });

/** Downloads the page's CSV through its own link, as a reader clicking it would. */
async function downloadCsv(page: Page) {
  const tools = page.getByRole('group').filter({ hasText: 'Cite or download' });
  await tools.getByText('Cite or download').click();
  const link = tools.getByRole('link', { name: 'CSV', exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('\r\n');
  return {
    name: download.suggestedFilename(),
    rows: parse(bytes, { bom: true, columns: true }) as Record<string, string>[],
  };
}

test('/sanctions sorted by target: the CSV has the page rows, in its order, and its count', async ({
  page,
}) => {
  await page.goto('/sanctions?sort=target&dir=desc');
  const titles = await results(page)
    .locator('tbody tr td a[href^="/sanctions/"]:not([href*="#"])')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const count = Number(
    (await results(page)
      .getByText(/of \d+ sanctions/)
      .textContent())!.match(/of (\d+)/)![1],
  );
  const { name, rows } = await downloadCsv(page);
  expect(name).toMatch(/^sanctions-sort-target-dir-desc-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(rows).toHaveLength(count);
  expect(rows.map((r) => r.permalink)).toEqual(titles);
});

test('/aid filtered to one donor: only its packages, with amounts, currencies and sources', async ({
  page,
}) => {
  await page.goto('/aid?donor=united-states&sort=amount');
  const rowsShown = await results(page).locator('tbody tr').count();
  const { rows } = await downloadCsv(page);
  expect(rows).toHaveLength(rowsShown);
  expect(new Set(rows.map((r) => r.donor))).toEqual(new Set(['united-states']));
  expect(rows.map((r) => Number(r.amount_usd))).toEqual(
    [...rows.map((r) => Number(r.amount_usd))].sort((a, b) => b - a),
  );
  for (const row of rows) {
    expect(row.currency).toMatch(/^[A-Z]{3}$/);
    expect(row.quote).not.toBe('');
  }
});

test('a party page downloads each side of its aid with the party as donor or recipient', async ({
  page,
  request,
}) => {
  await page.goto('/parties/ukraine');
  const hrefs = await page
    .locator('a[href^="/api/v1/aid?"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const recipientCsv = hrefs.find((h) => h.includes('recipient=ukraine') && h.includes('format=csv'));
  expect(recipientCsv, 'a CSV of the aid Ukraine received').toBeTruthy();
  const answer = await request.get(recipientCsv!);
  expect(answer.headers()['content-type']).toBe('text/csv; charset=utf-8; header=present');
  const rows = parse(await answer.body(), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(0);
  expect(new Set(rows.map((r) => r.recipient))).toEqual(new Set(['ukraine']));
});

test('the API answers a bad request with a reason, never a partial file', async ({ request }) => {
  const bad = await request.get('/api/v1/aid?format=csv&from=2022-02-30');
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-type']).toBe('application/problem+json; charset=utf-8');
  expect(((await bad.json()) as { detail: string }).detail).toMatch(/from: no such date/);
});
