import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { countRows, SCREENSHOTS, signInAsEditor, toleratePublicPagePrefetches } from './admin-helpers';
import { expect, test } from './fixtures';

// An editor fills the tracker's own CSV template in a spreadsheet and imports it: the
// preview lists each bad row with its line and the form's reason, the good rows land in
// the public list, and a cell that looks like a formula is kept as text.

signInAsEditor();
toleratePublicPagePrefetches();

test('the aid template, filled and imported: good rows added, bad rows reported by line', async ({
  page,
}) => {
  await page.goto('/admin/import');
  await page.getByText('The tracker’s own CSV: templates and columns').click();
  const download = page.waitForEvent('download');
  await page.getByRole('heading', { name: /^Aid/ }).getByRole('link', { name: '(template)' }).click();
  const template = readFileSync(await (await download).path(), 'utf8');
  const header = template.trim();
  expect(header.split(',')).toEqual(
    expect.arrayContaining(['id', 'donor', 'recipient', 'amount_usd', 'quote']),
  );

  const tag = `Spreadsheet ${Date.now()}`;
  const columns = header.split(',');
  const row = (cells: Record<string, string>) => stringify([columns.map((c) => cells[c] ?? '')]).trimEnd();
  const good = {
    announced_on: '2024-03-01',
    title: `${tag} package`,
    donor: 'united-states',
    recipient: 'united-kingdom',
    category: 'economic',
    status: 'pledged',
    amount: '1000',
    currency: 'USD',
    source_url: 'https://example.org/e2e-spreadsheet',
    source_title: 'E2E spreadsheet source',
    quote: 'The words that support the package.',
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'tracker-csv-e2e-'));
  const file = path.join(dir, 'aid.csv');
  writeFileSync(
    file,
    [
      header,
      row(good),
      row({ ...good, title: `${tag} negative`, amount: '-5' }),
      row({ ...good, title: `=HYPERLINK("http://x") ${tag}` }),
    ].join('\r\n'),
  );
  const before = countRows('aid_packages');

  await page.getByLabel('File').setInputFiles(file);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page).toHaveURL(/\/admin\/import\/preview\//);
  await expect(
    page.getByTestId('import-counts').getByRole('row', { name: /^Aid \(tracker CSV\) 2 0 0/ }),
  ).toBeVisible();
  await expect(page.getByText('aid.csv line 3: Amount cannot be negative.')).toBeVisible();
  expect(countRows('aid_packages')).toBe(before);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-import-tracker-csv.png'), fullPage: true });

  await page.getByRole('button', { name: /^Import/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Import batch #\d+/ })).toBeVisible();
  await expect(page.getByText('Each row cites the source it names.')).toBeVisible();
  expect(countRows('aid_packages')).toBe(before + 2);

  await page.goto(`/aid?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole('link', { name: `${tag} package` })).toBeVisible();
  await expect(page.getByRole('link', { name: `=HYPERLINK("http://x") ${tag}` })).toBeVisible();
});
