import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  countRows,
  field,
  SCREENSHOTS,
  savedEntryId,
  signInAsEditor,
  toleratePublicPagePrefetches,
} from './admin-helpers';
import { expect, test } from './fixtures';

// An editor imports a list whose entry fits two of the tracker's parties: the preview asks
// which one it is instead of guessing, the choice is saved with the upload, and the
// designation lands on the party chosen. The same for an aid donor named like two parties.

signInAsEditor();
toleratePublicPagePrefetches();

/** Adds a party through the admin form, as an editor would. */
async function addParty(page: Page, name: string, slug: string, kind: string): Promise<void> {
  await page.goto('/admin/parties/new');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await field(page, 'Address name').fill(slug);
  await field(page, 'Kind').selectOption(kind);
  await page.getByRole('button', { name: 'Add party' }).click();
  await savedEntryId(page, 'parties');
}

/** A file in a temp folder, uploaded on the import page; the preview opens. */
async function upload(page: Page, name: string, text: string): Promise<void> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'import-e2e-')), name);
  writeFileSync(file, text);
  await page.goto('/admin/import');
  await page.getByLabel('File').setInputFiles(file);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page).toHaveURL(/\/admin\/import\/preview\/[0-9a-f-]{36}$/);
}

const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'critical' || v.impact === 'serious',
  );

test('a list entry fitting two parties waits for the editor, and its designation lands on the one chosen', async ({
  page,
}) => {
  await addParty(page, 'Kestrel Maritime', 'kestrel-maritime-shipping', 'company');
  await addParty(page, 'KESTREL MARITIME', 'kestrel-maritime-tanker', 'vessel');
  const entity = { id: 'e2e-kestrel', schema: 'Company', properties: { name: ['Kestrel Maritime'] } };
  const sanction = {
    id: 'e2e-sanction-kestrel',
    schema: 'Sanction',
    properties: {
      entity: ['e2e-kestrel'],
      authority: ['Office of Foreign Assets Control'],
      program: ['KESTREL-E2E'],
      listingDate: ['2024-02-23'],
      authorityId: ['e2e-kestrel-1'],
    },
  };
  await upload(page, 'entities.ftm.json', `${JSON.stringify(entity)}\n${JSON.stringify(sanction)}\n`);

  const counts = page.getByTestId('import-counts');
  await expect(counts.getByRole('row', { name: 'Parties 0 0 0 1 ambiguous, left out' })).toBeVisible();
  await expect(counts.getByRole('row', { name: 'Sanctions 0 0 0 1 held back' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Ambiguous parties (1)' });
  const choice = section.getByRole('group', { name: 'Kestrel Maritime' });
  await expect(choice).toContainText('Company, entities.ftm.json line 1. Its name matches several parties.');
  await expect(choice.getByRole('radio')).toHaveCount(3);
  await expect(choice.getByRole('link', { name: '/parties/kestrel-maritime-tanker' })).toHaveAttribute(
    'href',
    '/parties/kestrel-maritime-tanker',
  );
  await expect(
    page.getByText('Nothing to change until you choose for the ambiguous parties above.'),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-import-ambiguous.png'), fullPage: true });

  await choice.getByRole('radio', { name: 'KESTREL MARITIME · Vessel' }).check();
  await section.getByRole('button', { name: 'Save choices' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your choices are saved' })).toBeVisible();
  // Planned again with the choice: the tanker gains the entry's FtM id, its designation is new.
  await expect(counts.getByRole('row', { name: 'Parties 0 1 0' })).toBeVisible();
  await expect(counts.getByRole('row', { name: 'Sanctions 1 0 0' })).toBeVisible();
  const chosen = page.getByRole('region', { name: 'Ambiguous parties (0 to choose, 1 chosen)' });
  await expect(
    chosen
      .getByRole('group', { name: 'Kestrel Maritime' })
      .getByRole('radio', { name: 'KESTREL MARITIME · Vessel' }),
  ).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({
    path: path.join(SCREENSHOTS, 'admin-import-ambiguous-chosen.png'),
    fullPage: true,
  });

  const sanctions = countRows('sanctions');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Import batch #\d+/ })).toBeVisible();
  expect(countRows('sanctions')).toBe(sanctions + 1);

  await page.goto('/parties/kestrel-maritime-tanker');
  await expect(page.getByRole('table', { name: 'Sanctions on KESTREL MARITIME' })).toContainText(
    'KESTREL-E2E',
  );
  await page.goto('/parties/kestrel-maritime-shipping');
  await expect(page.getByText(/KESTREL-E2E/)).toHaveCount(0);
});

test('an aid donor named like two parties is held until the editor chooses one', async ({ page }) => {
  await addParty(page, 'Kestrel Relief Fund', 'kestrel-relief-fund', 'other');
  await addParty(page, 'Kestrel Relief Fund', 'kestrel-relief-fund-uk', 'company');
  // One FTS flow, from the sample's header and first row, its donor renamed.
  const [header, row] = readFileSync(path.resolve('db/import/fixtures/fts/incoming_funding_pse.csv'), 'utf8')
    .split('\n')
    .slice(0, 2);
  await upload(
    page,
    'incoming_funding.csv',
    `${header}\n${row!.replace('"Spain, Government of",Government', 'Kestrel Relief Fund,')}\n`,
  );

  const counts = page.getByTestId('import-counts');
  await expect(counts.getByRole('row', { name: 'Aid 0 0 0 1 held back' })).toBeVisible();
  const choice = page
    .getByRole('region', { name: 'Ambiguous parties (1)' })
    .getByRole('group', { name: 'Kestrel Relief Fund' });
  await expect(choice).toContainText('Named by 1 aid row.');
  await choice.getByRole('radio', { name: 'Kestrel Relief Fund · Company' }).check();
  await page.getByRole('button', { name: 'Save choices' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your choices are saved' })).toBeVisible();
  await expect(counts.getByRole('row', { name: /^Aid 1 0 0/ })).toBeVisible();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Import batch #\d+/ })).toBeVisible();
  await page.goto('/parties/kestrel-relief-fund-uk');
  await expect(
    page.getByRole('table', { name: 'Aid packages with Kestrel Relief Fund as donor' }),
  ).toBeVisible();
});
