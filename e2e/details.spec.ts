import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { expect, test } from './fixtures';

const SCREENSHOTS = path.resolve('e2e', 'screenshots');

test.describe('party page', () => {
  test('shows the United States’ headline figures, each linked to the rows behind it', async ({ page }) => {
    await page.goto('/parties/united-states');
    await expect(page.getByRole('heading', { level: 1, name: 'United States' })).toBeVisible();
    await expect(page.getByText('United States (US)')).toBeVisible();

    const given = page.getByTestId('party-given').getByRole('link');
    await expect(given).toHaveText('$13.8 billion');
    await expect(given).toHaveAttribute('title', '$13,800,000,000');
    await expect(given).toHaveAttribute('href', '/aid?donor=united-states&status=committed');
    await expect(page.getByTestId('party-received')).toHaveText('None');

    const imposed = page.getByTestId('party-imposed').getByRole('link');
    await expect(imposed).toHaveText('3');
    await expect(imposed).toHaveAttribute('href', '/sanctions?imposer=united-states&status=imposed');
    const threatened = page.getByTestId('party-threatened').getByRole('link');
    await expect(threatened).toHaveText('1');
    await expect(threatened).toHaveAttribute('href', '/sanctions?imposer=united-states&status=threatened');

    await threatened.click();
    await expect(page).toHaveURL(/\/sanctions\?imposer=united-states&status=threatened$/);
    // Role locators skip the previous page, which Next keeps in the DOM (hidden) for going back.
    const rows = page.getByRole('region', { name: 'Results' }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('China');
  });

  test('charts aid and sanctions over time, with a table to read them from', async ({ page }) => {
    await page.goto('/parties/united-states');
    const aid = page.getByRole('region', { name: 'Committed aid by month' });
    await expect(aid.locator('.recharts-bar-rectangle path')).toHaveCount(1);
    const sanctions = page.getByRole('region', { name: 'Sanctions by month' });
    await expect(sanctions.locator('.recharts-bar-rectangle path')).toHaveCount(1);
    // The chart has replaced the figures it drew in its box; they are a click away.
    await expect(aid.locator('.chart-placeholder')).toHaveCount(0);
    await page.getByText('View as table').first().click();
    await expect(page.getByRole('row', { name: 'Mar 2022 $13,800,000,000 $0' })).toBeVisible();
  });

  test('lists its rows and links its family', async ({ page }) => {
    await page.goto('/parties/united-states');
    const imposedSection = page.getByRole('region', { name: /Sanctions as imposing party/ });
    await expect(imposedSection.locator('tbody tr')).toHaveCount(4);
    await expect(page.getByRole('region', { name: /Aid packages as donor/ }).locator('tbody tr')).toHaveCount(
      2,
    );
    await expect(page.getByTestId('nothing-recorded')).toHaveText(
      'Nothing recorded for United States: aid packages as recipient; sanctions as target.',
    );

    await page.goto('/parties/vladimir-putin');
    await expect(page.getByRole('link', { name: 'Russia', exact: true }).first()).toHaveAttribute(
      'href',
      '/parties/russia',
    );
    await expect(page.getByTestId('party-suffered')).toHaveText('3');

    await page.goto('/parties/china');
    await expect(page.getByTestId('party-requests-given')).toHaveText('2 packages');
    await expect(page.getByTestId('party-threatened-against')).toHaveText('1');
    await expect(page.getByTestId('party-given')).toHaveText('None');
  });
});

test('a sanction page: parties, status, dates and its source', async ({ page }) => {
  await page.goto('/sanctions?imposer=european-union&target=vladimir-putin');
  await page.getByRole('link', { name: 'Economic sanctions after the invasion of Ukraine' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Economic sanctions after the invasion of Ukraine' }),
  ).toBeVisible();
  await expect(page.getByTestId('status-note')).toHaveText('Imposed in force.');
  const fact = (term: string) => page.locator(`dl.facts dt:text-is("${term}") + dd`);
  await expect(fact('Imposed by')).toHaveText('European Union');
  await expect(fact('Target')).toHaveText('Vladimir Putin');
  await expect(fact('Measure')).toHaveText('Economic');
  await expect(fact('In effect from')).toHaveText('24 Feb 2022');
  const sources = page.locator('#sources');
  await expect(sources.locator('blockquote')).toHaveAttribute('lang', 'fr');
  await expect(sources.locator('blockquote')).toContainText(
    'Vladimir Poutine avec des sanctions économiques',
  );
  await expect(page.getByText(/^Last updated/)).toBeVisible();
});

test('an event page: parties, source, and the aid and sanctions around it', async ({ page }) => {
  await page.goto('/events?q=Sullivan');
  await page.getByRole('link', { name: /Jake Sullivan warns China/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Jake Sullivan warns China/ })).toBeVisible();
  await expect(page.locator('dl.facts dt:text-is("Parties involved") + dd')).toHaveText(
    'China, United States',
  );
  await expect(page.locator('#sources blockquote')).toHaveAttribute('lang', 'fr');
  const around = page.getByRole('region', { name: 'Around this event' });
  await expect(around).toContainText('11 Feb 2022 – 12 Apr 2022');
  await expect(around.getByRole('table', { name: /Aid packages around/ }).locator('tbody tr')).toHaveCount(4);
  const sanctions = around.getByRole('table', { name: /Sanctions around/ }).locator('tbody tr');
  await expect(sanctions).toHaveCount(4);
  await sanctions
    .filter({ hasText: 'Threatened' })
    .getByRole('link', { name: /Consequences/ })
    .click();
  await expect(page).toHaveURL(/\/sanctions\/\d+$/);
});

test('the reference source page lists all 18 rows citing it, quotes in French', async ({ page }) => {
  await page.goto('/sources/1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Cited by 18 rows' })).toBeVisible();
  await expect(page.getByTestId('citing-aid').locator(':scope > li')).toHaveCount(4);
  await expect(page.getByTestId('citing-sanctions').locator(':scope > li')).toHaveCount(10);
  await expect(page.getByTestId('citing-events').locator(':scope > li')).toHaveCount(4);
  const quotes = page.locator('#cited-by blockquote');
  await expect(quotes).toHaveCount(18);
  for (const quote of await quotes.all()) await expect(quote).toHaveAttribute('lang', 'fr');
  await expect(page.locator('dl.facts dt:text-is("Link") + dd')).toHaveText('no link known');
  const first = page.getByTestId('citing-aid').locator(':scope > li').first();
  await expect(first).toContainText('13,6 milliards de dollars');
  await first
    .getByRole('link', { name: 'US Senate approves emergency humanitarian aid for Ukraine' })
    .click();
  await expect(page).toHaveURL(/\/aid\/\d+$/);
});

test('a source page past the end of a list shows its last page and says so', async ({ page }) => {
  await page.goto('/sources/1?sanctions=9');
  await expect(page.getByRole('status')).toContainText('There is no page 9 of sanctions: showing page 1.');
  await expect(page.getByTestId('citing-sanctions').locator(':scope > li')).toHaveCount(10);
  // Ten rows fit on one page: no pager.
  await expect(page.getByRole('navigation', { name: 'Pages of sanctions' })).toHaveCount(0);
});

test.describe('unknown entries answer 404 with the not-found page', () => {
  for (const url of [
    '/parties/atlantis',
    '/parties/Not_A_Slug',
    '/sanctions/9999',
    '/sanctions/abc',
    '/events/0',
    '/sources/9999',
    '/aid/9999',
  ]) {
    test(url, async ({ page, consoleErrors }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
      // The browser logs the 404 document itself as an error; that one is expected here.
      const expected = consoleErrors.findIndex((e) => e.includes('status of 404'));
      if (expected >= 0) consoleErrors.splice(expected, 1);
    });
  }
});

test.describe('screenshots at desktop and phone widths, without horizontal scrolling or axe violations', () => {
  for (const [file, url] of [
    ['party-united-states', '/parties/united-states'],
    ['party-china', '/parties/china'],
    ['sanction', '/sanctions/10'],
    ['event', '/events/3'],
    ['source', '/sources/1'],
  ] as const) {
    test(url, async ({ page }) => {
      test.setTimeout(90_000);
      for (const [name, width, height] of [
        ['desktop', 1280, 900],
        ['phone', 375, 812],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (file === 'party-united-states') {
          // Each chart is drawn as it nears the screen: bring every one there before the picture.
          for (const box of await page.locator('.chart-box').all()) await box.scrollIntoViewIfNeeded();
          await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
          await expect(page.locator('.chart-placeholder')).toHaveCount(0);
        }
        await page.screenshot({ path: path.join(SCREENSHOTS, `${file}-${name}.png`), fullPage: true });
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
