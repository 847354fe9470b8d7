import Database from 'better-sqlite3';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { countRows, pickParty } from './admin';

// Markup typed into the admin forms is stored as text and shown as text, everywhere the
// public site shows it: lists, detail pages, charts and their tooltips, chart tables.
// The entries go in through the forms, so each save expires the cached pages as usual.

const MARKUP = '<img src=x onerror=window.__xss=1>';
// Unique per run, so a rerun on the same database adds its own entries.
const RUN = Date.now().toString(36);
const PARTY = `${MARKUP} party ${RUN}`;
const TITLE = `${MARKUP} aid ${RUN}`;
const SOURCE = `${MARKUP} source ${RUN}`;

/** No element the markup would have made exists, and its script never ran. */
async function expectInert(page: Page, where: string): Promise<void> {
  expect(await page.locator('img[src="x"]').count(), where).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), where).toBeUndefined();
}

test('markup in names, titles, quotes and links is shown as text everywhere and never runs', async ({
  page,
}) => {
  test.slow(); // three forms, then every public page that shows what they saved

  await page.goto('/admin/parties/new');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(PARTY);
  await page.getByLabel(/^Kind/).selectOption('state');
  await page.getByLabel(/^Description/).fill(MARKUP);
  await page.getByRole('button', { name: 'Add party' }).click();
  await expect(page).toHaveURL(/\/admin\/parties\/\d+\?saved=1$/);
  // The saved page may still be arriving when the address changes: wait for its value.
  const slug = `img-src-x-onerror-window-xss-1-party-${RUN}`;
  await expect(page.getByLabel(/^Address name/)).toHaveValue(slug);

  await page.goto('/admin/aid/new');
  await pickParty(page, 'Donor', RUN, new RegExp(RUN));
  await pickParty(page, 'Recipient', 'ukr', /Ukraine/);
  await page.getByLabel('Category').selectOption('military');
  await page.getByLabel('Status').selectOption('delivered');
  // Large enough for a bar of its own on the donors chart.
  await page.getByLabel('Amount', { exact: true }).fill('5000000000');
  await page.getByLabel('Currency').fill('USD');
  await page.getByLabel('Announced on').fill('2022-04-02');
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel(/^Description/).fill(MARKUP);
  await page.getByRole('button', { name: 'Or add a new source' }).click();
  await page.getByLabel('Source title').fill(SOURCE);
  await page.locator('#citation-0-publisher').fill(MARKUP);
  await page.locator('#citation-0-url').fill('javascript:alert(1)');
  await page.locator('#citation-0-language').fill('en');
  await page.getByLabel('Quote from source 1').fill(MARKUP);

  // A javascript: link is refused before anything is stored.
  const before = { aid: countRows('aid_packages'), sources: countRows('sources') };
  await page.getByRole('button', { name: 'Add aid package' }).click();
  await expect(page.getByText('Source 1: The link must start with https:// or http://.')).toBeVisible();
  expect({ aid: countRows('aid_packages'), sources: countRows('sources') }).toEqual(before);
  await page.locator('#citation-0-url').fill('https://example.org/?q=<script>alert(1)</script>');
  await page.getByRole('button', { name: 'Add aid package' }).click();
  await expect(page).toHaveURL(/\/admin\/aid\/\d+\?saved=1$/);
  const aidId = Number(/\/admin\/aid\/(\d+)/.exec(page.url())?.[1]);
  await expectInert(page, 'the admin page');

  // The database refuses such a link too, whoever writes it.
  const db = new Database(path.join(process.env.E2E_DATABASE_DIR ?? '', 'tracker.db'));
  expect(() =>
    db.prepare(`UPDATE sources SET url = 'javascript:alert(1)' WHERE title = ?`).run(SOURCE),
  ).toThrow(/sources_url_check/);
  const sourceId = db.prepare('SELECT id FROM sources WHERE title = ?').pluck().get(SOURCE) as number;
  db.close();

  await page.goto('/');
  const donors = page.getByRole('region', { name: 'Committed aid by donor' });
  await donors.locator('.chart-box').scrollIntoViewIfNeeded();
  // Point at the new donor's row: the axis and the tooltip name the donor, as text.
  const name = donors
    .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label')
    .filter({ hasText: RUN });
  // The axis wraps a long name over lines (its words run together in the text): the markup is text.
  await expect(name).toContainText('<img');
  const [row, plot] = await Promise.all([
    name.boundingBox(),
    donors.locator('.recharts-cartesian-grid').boundingBox(),
  ]);
  await page.mouse.move(plot!.x + plot!.width / 2, row!.y + row!.height / 2);
  await expect(donors.getByRole('tooltip')).toContainText(PARTY);
  await donors.getByText('View as table').click();
  await expect(donors.getByRole('rowheader', { name: PARTY })).toBeVisible();
  await expectInert(page, 'the overview');

  const pages: [string, string][] = [
    ['/aid', TITLE],
    [`/aid/${aidId}`, TITLE],
    ['/parties', PARTY],
    [`/parties/${slug}`, PARTY],
    ['/sources', SOURCE],
    [`/sources/${sourceId}`, SOURCE],
  ];
  for (const [url, text] of pages) {
    await page.goto(url);
    await expect(page.getByText(text, { exact: true }).first(), url).toBeVisible();
    await expectInert(page, url);
  }
  await page.goto(`/aid/${aidId}`);
  await expect(page.locator('#sources blockquote')).toHaveText(MARKUP);
  await expect(page.locator('#sources a[href^="https://example.org/"]')).toHaveCount(1);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);

  // Out of the other specs' figures again.
  await page.goto(`/admin/aid/${aidId}`);
  await page.getByRole('button', { name: 'Retire this aid package' }).click();
  await expect(page.getByText(/^Retired:/)).toBeVisible();
});
