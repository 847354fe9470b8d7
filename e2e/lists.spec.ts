import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The four lists on the reference data: 10 sanctions, 4 events, 10 parties, 1 source.
const SCREENSHOTS = path.resolve('e2e', 'screenshots');

const results = (page: Page) => page.getByRole('region', { name: 'Results' });
const bodyRows = (page: Page) => results(page).locator('tbody tr');
const column = (page: Page, n: number) => bodyRows(page).locator(`td:nth-child(${n})`);

test.describe('each list renders its reference rows', () => {
  test('sanctions: 10 rows, the threat against China marked as threatened', async ({ page }) => {
    await page.goto('/sanctions');
    await expect(page.getByRole('heading', { level: 1, name: 'Sanctions' })).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(10);
    await expect(results(page)).toContainText('1–10 of 10 sanctions');
    const threat = bodyRows(page).filter({ hasText: 'China' });
    await expect(threat.locator('.badge')).toHaveText('Threatened');
    await expect(bodyRows(page).filter({ hasText: 'Imposed' })).toHaveCount(9);
    await threat.getByRole('link', { name: /Consequences/ }).click();
    await expect(page).toHaveURL(/\/sanctions\/\d+$/);
    await expect(page.getByTestId('status-note')).toHaveText(
      'Threatened announced as a possibility, not in force.',
    );
  });

  test('events: 4 rows with their parties linked', async ({ page }) => {
    await page.goto('/events');
    await expect(bodyRows(page)).toHaveCount(4);
    const invasion = bodyRows(page).filter({ hasText: 'invasion' });
    await expect(invasion.getByRole('link', { name: 'Ukraine', exact: true })).toHaveAttribute(
      'href',
      '/parties/ukraine',
    );
    await expect(column(page, 1).first()).toHaveText('13 Mar 2022');
  });

  test('parties: 10 rows with committed aid and sanctions in force', async ({ page }) => {
    await page.goto('/parties');
    await expect(bodyRows(page)).toHaveCount(10);
    const us = bodyRows(page).filter({ has: page.getByRole('link', { name: 'United States', exact: true }) });
    await expect(us.getByRole('link', { name: '$13.8 billion' })).toHaveAttribute(
      'href',
      '/aid?donor=united-states&status=committed',
    );
    await expect(us.getByRole('link', { name: '3', exact: true })).toHaveAttribute(
      'href',
      '/sanctions?imposer=united-states&status=imposed',
    );
    await expect(bodyRows(page).filter({ hasText: 'European Union' })).toContainText('Bloc');
    await expect(bodyRows(page).filter({ hasText: 'Xi Jinping' })).toContainText('China');
  });

  test('sources: the reference source, in French, cited by 18 rows', async ({ page }) => {
    await page.goto('/sources');
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page)).toContainText('French');
    await expect(bodyRows(page).getByRole('link', { name: '18' })).toHaveAttribute(
      'href',
      '/sources/1#cited-by',
    );
  });
});

test.describe('filters live in the URL', () => {
  test('a filter in the URL narrows the rows and shows in the form', async ({ page }) => {
    await page.goto('/sanctions?imposer=united-states&status=imposed');
    await expect(bodyRows(page)).toHaveCount(3);
    await expect(page.getByLabel('Imposing party', { exact: true })).toHaveValue('united-states');
    await expect(page.getByLabel('Status')).toHaveValue('imposed');

    await page.goto('/events?party=ukraine');
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(page.getByLabel('Party involved')).toHaveValue('ukraine');

    await page.goto('/parties?role=imposer');
    await expect(bodyRows(page)).toHaveCount(3);
    await expect(page.getByLabel('Role')).toHaveValue('imposer');

    await page.goto('/sources?language=fr&from=2022-03-01');
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(page.getByLabel('Language')).toHaveValue('fr');
    await expect(page.getByLabel('Published from')).toHaveValue('2022-03-01');
  });

  test('applying the form puts the filter in the URL', async ({ page }) => {
    await page.goto('/sanctions');
    await page.getByLabel('Target', { exact: true }).fill('vladimir-putin');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/target=vladimir-putin/);
    await expect(bodyRows(page)).toHaveCount(3);
  });

  for (const [url, notices, rows] of [
    [
      '/sanctions?from=abc&page=-1&status=bogus',
      ['start date “abc”', 'pages start at 1', 'status “bogus”'],
      10,
    ],
    ['/events?to=2022-02-30&party=atlantis', ['end date “2022-02-30”', 'party “atlantis”: no such party'], 4],
    ['/parties?role=bogus&page=abc&sort=size', ['role “bogus”', 'page “abc”', 'sort “size”'], 10],
    ['/sources?language=French!&from=abc', ['language “French!”', 'start date “abc”'], 1],
  ] as const) {
    test(`a malformed filter shows a notice and still renders: ${url}`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
      for (const text of notices) await expect(notice).toContainText(text);
      await expect(bodyRows(page)).toHaveCount(rows);
    });
  }

  test('the search box finds sanctions by the start of their words, case and accents aside', async ({
    page,
  }) => {
    await page.goto('/sanctions');
    const search = page.getByLabel('Search titles');
    await search.fill('CONSÉQ');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/q=CONS%C3%89Q/);
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page)).toContainText('China helps Russia evade sanctions');
    await expect(results(page)).toContainText('1–1 of 1 sanction');

    await search.fill('sanction invas');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(bodyRows(page)).toHaveCount(9);
    await expect(results(page)).toContainText('1–9 of 9 sanctions');

    // A word starting no word of any sanction finds nothing, whatever the others find.
    await search.fill('sanction zeppelin');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText('No sanctions match these filters.')).toBeVisible();
  });

  test('an empty result says so and offers the way back', async ({ page }) => {
    for (const [url, message] of [
      ['/sanctions?imposer=china', 'No sanctions match these filters.'],
      ['/events?q=zzz', 'No events match these filters.'],
      ['/parties?kind=company', 'No parties match these filters.'],
      ['/sources?language=de', 'No sources match these filters.'],
    ] as const) {
      await page.goto(url);
      await expect(page.getByText(message)).toBeVisible();
      await expect(results(page).locator('table')).toHaveCount(0);
    }
    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await expect(page).toHaveURL(/\/sources$/);
    await expect(bodyRows(page)).toHaveCount(1);
  });
});

test.describe('sorting by clicking a header', () => {
  test('sanctions by imposing party, one way then the other', async ({ page }) => {
    await page.goto('/sanctions');
    const header = page.getByRole('columnheader', { name: /Imposed by/ });
    await expect(page.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
    await header.getByRole('link').click();
    await expect(page).toHaveURL(/sort=imposer&dir=asc/);
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(column(page, 3).first()).toHaveText('European Union');
    await header.getByRole('link').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(column(page, 3).first()).toHaveText('United States');
  });

  test('parties by aid given, largest first', async ({ page }) => {
    await page.goto('/parties');
    const header = page.getByRole('columnheader', { name: /Aid given/ });
    await header.getByRole('link').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(column(page, 1).first()).toHaveText('United States');
    const received = page.getByRole('columnheader', { name: /Aid received/ });
    await received.getByRole('link').click();
    await expect(received).toHaveAttribute('aria-sort', 'descending');
    await expect(column(page, 1).first()).toHaveText('Ukraine');
  });

  test('events by title, and the sort survives a filter', async ({ page }) => {
    await page.goto('/events?party=china');
    const header = page.getByRole('columnheader', { name: /Title/ });
    await header.getByRole('link').click();
    await expect(page).toHaveURL(/party=china.*sort=title&dir=asc|sort=title&dir=asc.*party=china/);
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const titles = await column(page, 2).allInnerTexts();
    expect(titles).toHaveLength(3);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  });
});

test.describe('screenshots at desktop and phone widths, without horizontal scrolling or axe violations', () => {
  for (const list of ['sanctions', 'events', 'parties', 'sources']) {
    test(list, async ({ page }) => {
      test.setTimeout(90_000);
      for (const [name, width, height] of [
        ['desktop', 1280, 900],
        ['phone', 375, 812],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(`/${list}`);
        await expect(bodyRows(page).first()).toBeVisible();
        await page.screenshot({ path: path.join(SCREENSHOTS, `${list}-${name}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `no horizontal scrolling at ${width}px`).toBeLessThanOrEqual(0);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
          `axe at ${width}px`,
        ).toEqual([]);
      }
    });
  }
});
