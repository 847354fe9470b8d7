import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import {
  addAuditEntries,
  countRows,
  field,
  savedEntryId,
  SCREENSHOTS,
  toleratePublicPagePrefetches,
  signInAsEditor,
} from './admin-helpers';
import { expect, test } from './fixtures';

// The history page, the sign-in guard of every admin page built for sanctions, events,
// parties and sources, and how those pages look and read (screenshots, axe).

const SECTIONS = ['sanctions', 'events', 'parties', 'sources'] as const;
const REFERENCE_IDS = { sanctions: 10, events: 2, parties: 4, sources: 1 };

toleratePublicPagePrefetches();

test.describe('signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  const paths = [
    ...SECTIONS.flatMap((s) => [`/admin/${s}`, `/admin/${s}/new`, `/admin/${s}/${REFERENCE_IDS[s]}`]),
    '/admin/history',
  ];
  for (const target of paths) {
    test(`${target} sends the visitor to sign in`, async ({ page }) => {
      await page.goto(target);
      await expect(page).toHaveURL(`/admin/login?next=${encodeURIComponent(target)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    });
  }
});

test.describe('signed in', () => {
  signInAsEditor();

  test('lists every change newest first, filtered from the form and the URL, each linked to its entry', async ({
    page,
  }) => {
    test.slow();
    // A change of its own to find: a source added, then edited.
    await page.goto('/admin/sources/new');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('History test source (e2e)');
    await field(page, 'Language code').fill('fr');
    await page.getByRole('button', { name: 'Add source' }).click();
    const id = await savedEntryId(page, 'sources');
    await field(page, 'Publisher').fill('Le Monde');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedEntryId(page, 'sources');

    await page.goto('/admin/history');
    const newest = page.locator('.history-entry').first();
    await expect(newest).toContainText('E2e Editor');
    await expect(newest).toContainText('Update');
    await expect(newest.getByRole('row', { name: /^Publisher / })).toHaveText(/—\s*Le Monde/);

    await field(page, 'Entry type').selectOption('source');
    await field(page, 'Action').selectOption('update');
    await field(page, 'Editor').selectOption({ label: 'E2e Editor' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/type=source&action=update&editor=\d+/);
    const entries = page.locator('.history-entry');
    expect(await entries.count()).toBe(
      countRows('audit_log', "entity_type = 'source' AND action = 'update'"),
    );
    for (const entry of await entries.all()) await expect(entry).toContainText(/Update\s+Source/);

    await entries.getByRole('link', { name: 'History test source (e2e)' }).first().click();
    await expect(page).toHaveURL(`/admin/sources/${id}`);

    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`/admin/history?type=source&action=create&from=${today}&to=${today}`);
    await expect(page.locator('.history-entry').filter({ hasText: 'History test source (e2e)' })).toHaveCount(
      1,
    );
    await page.goto('/admin/history?to=2000-01-01');
    await expect(page.getByText('No changes match these filters.')).toBeVisible();
  });

  test('pages through the changes', async ({ page }) => {
    // More than a page of changes, whatever ran before: 30 recorded edits of a source's notes.
    addAuditEntries(30);
    const total = countRows('audit_log');
    await page.goto('/admin/history');
    await expect(page.getByText(`1–25 of ${total} changes`)).toBeVisible();
    await page.getByRole('link', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(page.locator('.history-entry')).toHaveCount(Math.min(25, total - 25));
  });

  test('ignores malformed filters with a notice instead of failing', async ({ page }) => {
    const response = await page.goto('/admin/history?type=bogus&action=erase&editor=x&from=abc&page=0');
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect(notice).toContainText('Ignored entry type “bogus”');
    await expect(notice).toContainText('Ignored action “erase”');
    await expect(notice).toContainText('Ignored editor “x”: not an editor');
    await expect(notice).toContainText('Ignored start date “abc”');
    await expect(notice).toContainText('Ignored page “0”');
    await page.goto('/admin/history?editor=9999&from=2022-03-10&to=2022-03-01');
    await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText(
      'Ignored editor “9999”: no such editor.',
    );
    await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText(
      'Ignored the date range',
    );
    await expect(page.locator('.history-entry').first()).toBeVisible();
  });

  test('the admin lists say so for malformed filters too', async ({ page }) => {
    for (const section of SECTIONS) {
      const response = await page.goto(`/admin/${section}?state=gone&page=abc`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText(
        'Ignored state “gone”',
      );
      await expect(page.getByRole('table')).toBeVisible();
    }
  });

  test('screenshots at desktop and phone widths, and no serious accessibility violations', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const pages = [
      ...SECTIONS.flatMap((s) => [
        [`admin-${s}-list`, `/admin/${s}`],
        [`admin-${s}-new`, `/admin/${s}/new`],
        [`admin-${s}-edit`, `/admin/${s}/${REFERENCE_IDS[s]}`],
      ]),
      ['admin-history', '/admin/history?type=sanction'],
    ] as const;
    for (const [name, url] of pages) {
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
        if (width !== 1280) continue;
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const blocking = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${url}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        expect(blocking).toEqual([]);
      }
    }
  });
});
