import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// "Cite or download" on the public views: the download links carry exactly the page's
// filters (the API answering them is tested with the API), the permalink pins a date, the
// citation line copies; and the data's licence is stated on every page.

const SCREENSHOTS = path.resolve('e2e', 'screenshots');

const today = () => new Date().toISOString().slice(0, 10);
const shown = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const tools = (page: Page) => page.getByRole('group').filter({ hasText: 'Cite or download' });

/** Opens the page's "Cite or download" and gives it. */
async function openTools(page: Page) {
  const panel = tools(page);
  await panel.getByText('Cite or download').click();
  await expect(panel.getByRole('link', { name: /^This view as of/ })).toBeVisible();
  return panel;
}

const hrefOf = (page: Page, name: string | RegExp) =>
  tools(page).getByRole('link', { name, exact: true }).getAttribute('href');

test('/aid: the downloads follow the filters applied, with order and search, never the page', async ({
  page,
}) => {
  await page.goto('/aid');
  await page.getByLabel('Category').selectOption('humanitarian');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/category=humanitarian/);
  await openTools(page);
  expect(await hrefOf(page, 'CSV')).toBe('/api/v1/aid?category=humanitarian&format=csv');
  expect(await hrefOf(page, 'JSON lines')).toBe('/api/v1/aid?category=humanitarian&format=ndjson');

  await page.goto('/aid?donor=united-states&sort=amount&dir=asc&q=aid&page=1');
  await openTools(page);
  const csv = new URL((await hrefOf(page, 'CSV'))!, 'http://x');
  expect(csv.pathname).toBe('/api/v1/aid');
  expect(Object.fromEntries(csv.searchParams)).toEqual({
    donor: 'united-states',
    sort: 'amount',
    dir: 'asc',
    q: 'aid',
    format: 'csv',
  });
});

test('the permalink pins today and the citation line names the view, the tracker, the day and the URL', async ({
  page,
}) => {
  await page.goto('/aid?donor=united-states&category=military');
  const panel = await openTools(page);
  const permalink = `/aid?donor=united-states&category=military&asof=${today()}`;
  await expect(panel.getByRole('link', { name: `This view as of ${shown(today())}` })).toHaveAttribute(
    'href',
    permalink,
  );
  const origin = new URL(page.url()).origin;
  const line = `“Aid from United States, category: Military”, Sanctions & Aid Tracker, accessed ${shown(today())}, ${origin}${permalink}`;
  await expect(panel.getByText(line)).toBeVisible();

  // A URL already dated keeps its date.
  await page.goto('/changes?kind=aid&until=2026-01-31');
  await expect(
    (await openTools(page)).getByRole('link', { name: 'This view as of 31 Jan 2026' }),
  ).toHaveAttribute('href', '/changes?kind=aid&until=2026-01-31');
  expect(await hrefOf(page, 'JSON')).toBe('/api/v1/changes?kind=aid&until=2026-01-31');
  expect(await hrefOf(page, 'Atom feed')).toBe('/changes/feed.atom?kind=aid&until=2026-01-31');
});

test('copies the citation from the keyboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/sanctions?imposer=united-states');
  const summary = tools(page).getByText('Cite or download');
  await summary.focus();
  await page.keyboard.press('Enter');
  const copy = tools(page).getByRole('button', { name: 'Copy citation' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(tools(page).getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    /^“Sanctions by United States”, Sanctions & Aid Tracker, accessed .+, http:\/\/localhost:\d+\/sanctions\?imposer=united-states&asof=\d{4}-\d{2}-\d{2}$/,
  );
});

test('a party page: each section downloads its own rows; the page cites itself', async ({ page }) => {
  await page.goto('/parties/united-states');
  const section = (title: string) => page.getByRole('region', { name: new RegExp(`^${title}`) });
  const given = section('Aid packages as donor');
  await expect(given.getByRole('link', { name: 'CSV of aid packages as donor' })).toHaveAttribute(
    'href',
    '/api/v1/aid?donor=united-states&format=csv',
  );
  await expect(given.getByRole('link', { name: 'JSON lines of aid packages as donor' })).toHaveAttribute(
    'href',
    '/api/v1/aid?donor=united-states&format=ndjson',
  );
  await expect(section('Sanctions as imposing party').getByRole('link', { name: /^CSV/ })).toHaveAttribute(
    'href',
    '/api/v1/sanctions?imposer=united-states&format=csv',
  );
  const panel = await openTools(page);
  await expect(panel.getByRole('link', { name: /^This view as of/ })).toHaveAttribute(
    'href',
    `/parties/united-states?asof=${today()}`,
  );
  await expect(panel).toContainText('“United States: aid, sanctions and events”');

  await page.goto('/parties/russia');
  await expect(section('Aid packages as recipient').getByRole('link', { name: /^CSV/ })).toHaveAttribute(
    'href',
    '/api/v1/aid?recipient=russia&format=csv',
  );
  await page.goto('/parties/government-of-russia');
  await expect(section('Sanctions as target').getByRole('link', { name: /^JSON lines/ })).toHaveAttribute(
    'href',
    '/api/v1/sanctions?target=government-of-russia&format=ndjson',
  );
});

test("the overview: each chart's table downloads with the overview's filters", async ({ page }) => {
  await page.goto('/?party=united-states&from=2022-03-01');
  const chart = page.getByRole('region', { name: 'Committed aid by donor', exact: true });
  await expect(chart.getByRole('link', { name: /^CSV/ })).toHaveAttribute(
    'href',
    '/api/v1/overview?party=united-states&from=2022-03-01&table=aid_by_donor&format=csv',
  );
  await expect(chart.getByRole('link', { name: /^JSON/ })).toHaveAttribute(
    'href',
    '/api/v1/overview?party=united-states&from=2022-03-01&table=aid_by_donor',
  );
  const tables = await page
    .locator('.chart-frame a[href*="format=csv"]')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('table')),
    );
  expect(tables).toEqual([
    'aid_by_category',
    'aid_by_donor',
    'aid_by_status',
    'aid_flows',
    'aid_over_time',
    'sanctions_by_imposer',
    'sanctions_by_target_kind',
    'sanctions_by_measure',
    'sanctions_over_time',
  ]);
  // Each link is a table the API serves.
  for (const table of tables) {
    const answer = await page.request.get(`/api/v1/overview?table=${table}&format=csv`);
    expect(answer.status(), String(table)).toBe(200);
    expect(answer.headers()['content-type']).toBe('text/csv; charset=utf-8; header=present');
  }
  const panel = await openTools(page);
  await expect(panel).toContainText('“Overview of United States, from 1 Mar 2022”');
  expect(await hrefOf(page, 'JSON')).toBe('/api/v1/overview?party=united-states&from=2022-03-01');
  for (const [device, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-surface')).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, `cite-overview-${device}.png`) });
    await chart.screenshot({ path: path.join(SCREENSHOTS, `cite-overview-chart-${device}.png`) });
  }
});

test('every page states the data licence; /licence credits each imported list', async ({ page }) => {
  for (const url of ['/', '/events', '/licence']) {
    await page.goto(url);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    await expect(footer.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('rel', 'license');
  }
  await page.getByRole('contentinfo').getByRole('link', { name: 'data and licence' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data and licence' })).toBeVisible();
  const lists = page.getByRole('table', { name: 'Imported lists, their publishers and terms' });
  const expected: [list: string, terms: string][] = [
    ['Specially Designated Nationals', 'Public domain'],
    ['Security Council Consolidated List', 'United Nations terms of use'],
    ['EU financial sanctions', 'Commission Decision 2011/833/EU'],
    ['UK Sanctions List', 'Open Government Licence v3.0'],
    ['Financial Tracking Service', 'CC BY-IGO 3.0'],
    ['Ukraine ODA tracker', 'MIT licence'],
  ];
  for (const [list, terms] of expected)
    await expect(lists.getByRole('row').filter({ hasText: list })).toContainText(terms);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the control opens and the citation is there to select, with its path', async ({ page }) => {
    await page.goto('/events?party=ukraine');
    const panel = await openTools(page);
    await expect(panel.getByText(`, /events?party=ukraine&asof=${today()}`)).toBeVisible();
    await expect(panel.getByRole('button')).toHaveCount(0);
    expect(await hrefOf(page, 'CSV')).toBe('/api/v1/events?party=ukraine&format=csv');
  });
});

test.describe('screenshots, opened, at desktop and phone widths: no horizontal scrolling, no axe violations', () => {
  for (const [name, url] of [
    ['aid', '/aid?donor=united-states&from=2022-01-01&to=2022-12-31'],
    ['party', '/parties/united-states'],
    ['licence', '/licence'],
  ] as const) {
    test(name, async ({ page }) => {
      test.setTimeout(90_000);
      for (const [device, width, height] of [
        ['desktop', 1280, 900],
        ['phone', 375, 812],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(url);
        if (name !== 'licence') await openTools(page);
        await page.screenshot({ path: path.join(SCREENSHOTS, `cite-${name}-${device}.png`), fullPage: true });
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
