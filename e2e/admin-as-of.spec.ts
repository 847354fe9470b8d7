import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, test } from './fixtures';
import { SCREENSHOTS } from './admin-helpers';

// ?asof= shows the tracker as it stood at the end of a day. The e2e database is loaded the
// day the run starts; its entries are dated back here to the new year, so that an edit made
// now comes after a day the tracker already held them.

const OLD_TITLE = 'White House authorizes delivery of weapons to Ukraine';
const NEW_TITLE = 'White House authorizes weapons for Ukraine (as-of e2e)';
const today = new Date().toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

function backdateEntries(): number {
  const db = new Database(path.join(process.env.E2E_DATABASE_DIR ?? '', 'tracker.db'), {
    fileMustExist: true,
  });
  try {
    for (const table of ['aid_packages', 'sanctions', 'events', 'parties', 'sources'])
      db.prepare(`UPDATE ${table} SET created_at = '2026-01-01T08:00:00.000Z'`).run();
    return db.prepare('SELECT id FROM aid_packages WHERE title = ?').pluck().get(OLD_TITLE) as number;
  } finally {
    db.close();
  }
}

test('a page as of yesterday shows an entry as it was before today’s edit, labelled, with the way back', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const id = backdateEntries();
  await page.goto(`/admin/aid/${id}`);
  await page.getByLabel('Title', { exact: true }).fill(NEW_TITLE);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved. The public dashboard shows the change now.')).toBeVisible();

  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const reader = await context.newPage();
  await reader.goto(`/aid?asof=${yesterday}&sort=title`);
  const banner = reader.getByRole('note');
  await expect(banner).toContainText('As it stood at the end of');
  await expect(banner.locator('time')).toHaveAttribute('datetime', yesterday);
  const results = reader.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('link', { name: OLD_TITLE })).toBeVisible();
  await expect(results.getByRole('link', { name: NEW_TITLE })).toHaveCount(0);
  // Sorting and filtering stay on the same day.
  await expect(reader.getByRole('link', { name: /^Date/ })).toHaveAttribute(
    'href',
    new RegExp(`asof=${yesterday}`),
  );
  await expect(reader.locator('form[aria-label="Filters"] input[name="asof"]')).toHaveValue(yesterday);
  await reader.screenshot({ path: path.join(SCREENSHOTS, 'aid-as-of.png'), fullPage: true });

  await banner.getByRole('link', { name: 'Back to today' }).click();
  await expect(reader).toHaveURL(/\/aid\?sort=title$/);
  await expect(results.getByRole('link', { name: NEW_TITLE })).toBeVisible();
  await expect(reader.getByRole('note')).toHaveCount(0);

  // The overview and a party's page say the same.
  await reader.goto(`/?asof=${yesterday}`);
  await expect(reader.getByRole('note')).toContainText('As it stood at the end of');
  await expect(reader.getByTestId('committed-total')).toHaveText('$13.8 billion');
  await reader.screenshot({ path: path.join(SCREENSHOTS, 'overview-as-of.png') });
  await reader.goto(`/parties/united-states?asof=${yesterday}`);
  await expect(reader.getByRole('note')).toContainText('As it stood at the end of');
  await expect(reader.getByRole('link', { name: OLD_TITLE }).first()).toBeVisible();
  await reader.screenshot({ path: path.join(SCREENSHOTS, 'party-as-of.png') });

  // A day that cannot be shown is ignored, with the reason.
  await reader.goto('/aid?asof=2999-01-01');
  await expect(reader.getByRole('status')).toContainText(
    `Ignored as-of date “2999-01-01”: it is in the future (today is ${today}).`,
  );
  await reader.goto('/sanctions?asof=2025-12-31');
  await expect(reader.getByRole('status')).toContainText(
    'Ignored as-of date “2025-12-31”: it is before the first entry (2026-01-01).',
  );
  await expect(reader.getByRole('note')).toHaveCount(0);
  await context.close();
});
