import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countRows, SCREENSHOTS, signInAsEditor, toleratePublicPagePrefetches } from './admin-helpers';
import { expect, test } from './fixtures';

// An editor imports an official list: upload, preview (counts, row errors), confirm, the
// batch's report, and the dashboard with the new figures; and a hostile file refused.

const OFAC = path.resolve('db', 'import', 'fixtures', 'ofac-sample');
const OFAC_FILES = ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map((f) => path.join(OFAC, f));

signInAsEditor();
toleratePublicPagePrefetches();

test('upload, preview, confirm: the OFAC sample lands on the dashboard with its sources', async ({
  page,
}) => {
  await page.goto('/');
  const before = await page.getByTestId('sanctions-in-force').textContent();
  const sanctionsBefore = countRows('sanctions');

  await page.goto('/admin/import');
  await page.getByLabel('File').setInputFiles(OFAC_FILES);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page).toHaveURL(/\/admin\/import\/preview\/[0-9a-f-]{36}$/);
  const counts = page.getByTestId('import-counts');
  await expect(counts.getByRole('row', { name: /^Parties 17 0 0/ })).toBeVisible();
  await expect(counts.getByRole('row', { name: /^Sanctions 26 0 0/ })).toBeVisible();
  // Every row error with its place and reason; nothing written yet.
  await expect(page.getByTestId('import-errors').getByRole('listitem')).toHaveCount(6);
  await expect(
    page.getByText('alt.csv line 1: ent_num 10416 is not an entry read from sdn.csv'),
  ).toBeVisible();
  expect(countRows('sanctions')).toBe(sanctionsBefore);
  expect(
    (await new AxeBuilder({ page }).analyze()).violations.filter(
      (v) => v.impact === 'critical' || v.impact === 'serious',
    ),
  ).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-import-preview.png'), fullPage: true });

  await page.getByRole('button', { name: 'Import, leaving out the 6 rows in error' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Import batch #\d+/ })).toBeVisible();
  await expect(
    page.getByTestId('import-counts').getByRole('row', { name: /^Sanctions 26 0 0/ }),
  ).toBeVisible();
  expect(countRows('sanctions')).toBe(sanctionsBefore + 26);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-import-batch.png'), fullPage: true });

  // The dashboard counts them at once; the tanker's page shows its designation and source.
  await page.goto('/');
  await expect(page.getByTestId('sanctions-in-force')).not.toHaveText(before ?? '');
  await page.goto('/parties/ns-leader');
  await expect(page.getByRole('heading', { level: 1, name: 'NS LEADER' })).toBeVisible();
  await expect(page.getByText(/RUSSIA-EO14024/).first()).toBeVisible();

  // The same files again change nothing.
  await page.goto('/admin/import');
  await page.getByLabel('File').setInputFiles(OFAC_FILES);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(
    page.getByTestId('import-counts').getByRole('row', { name: /^Sanctions 0 0 26/ }),
  ).toBeVisible();
  await expect(
    page.getByText('Nothing to change: the tracker already holds this list as it is.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Cancel and discard the file' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Earlier imports' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'sdn.csv, alt.csv, add.csv, sdn_comments.csv' })).toHaveCount(
    1,
  );
});

test('a hostile or wrong file is refused at the preview, storing nothing', async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-e2e-'));
  const hostile = path.join(dir, 'list.xml');
  writeFileSync(
    hostile,
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00"><INDIVIDUALS/></CONSOLIDATED_LIST>',
  );
  const batches = countRows('import_batches');
  await page.goto('/admin/import');
  await page.getByLabel('File').setInputFiles(hostile);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByText(/This file was refused: .*DOCTYPE/i)).toBeVisible();
  await expect(page.getByText('Nothing was written.')).toBeVisible();
  // An OFAC list without its companions is refused at the upload.
  await page.goto('/admin/import');
  await page.getByLabel('File').setInputFiles(path.join(OFAC, 'sdn.csv'));
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByText(/An OFAC import needs its four files together/)).toBeVisible();
  expect(countRows('import_batches')).toBe(batches);
});
