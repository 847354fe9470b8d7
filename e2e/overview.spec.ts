import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Saved on every run for a person to look at (git-ignored).
const SCREENSHOTS = path.resolve('e2e', 'screenshots');

const card = (page: Page, heading: string) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
const region = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const hrefOf = async (page: Page, heading: string) =>
  card(page, heading).getByRole('link').first().getAttribute('href');

/** Brings a chart near the screen, which draws it, and waits for its Recharts surface. */
async function drawn(page: Page, title: string) {
  const frame = region(page, title);
  await frame.locator('.chart-box').scrollIntoViewIfNeeded();
  await expect(frame.locator('.recharts-surface')).toBeVisible();
  return frame;
}

/** How many bars a chart draws: stacked segments of one bar count once (they share its place along the axis). */
const barCount = (frame: Locator, along: 'x' | 'y') =>
  frame.locator('.recharts-bar-rectangle path').evaluateAll(
    (paths, axis) =>
      new Set(
        paths.map((p) => {
          const r = p.getBoundingClientRect();
          return Math.round(axis === 'x' ? r.x + r.width / 2 : r.y + r.height / 2);
        }),
      ).size,
    along,
  );

/** Each bar chart, the axis its bars stand along, and how many bars the reference data draws (one per row of its table with a figure). */
const BAR_CHARTS: [title: string, along: 'x' | 'y', count: number][] = [
  // Economic has no committed aid, so only humanitarian and military draw a bar.
  ['Committed aid by category', 'x', 2],
  // The United States' bar stacks humanitarian and military aid.
  ['Committed aid by donor', 'y', 1],
  ['Aid by status: what was promised and what arrived', 'y', 3],
  ['Sanctions by imposing party', 'y', 3],
  ['Sanctions by kind of target', 'y', 4],
  ['Sanctions by measure', 'y', 2],
  ['Sanctions announced by month', 'x', 2],
];

/** The other charts, and what they draw for the reference data. */
const CHARTS: [title: string, selector: string, count: number][] = [
  // One flow, from the United States to Ukraine: a band and its two ends.
  ['Committed aid from donors to recipients', '.recharts-sankey-link', 1],
  ['Committed aid from donors to recipients', '.recharts-sankey-nodes .recharts-rectangle', 2],
  // The three event dates, each a numbered line.
  ['Committed aid over time, with events', '.recharts-reference-line', 3],
  ['Committed aid over time, with events', '.recharts-area-area', 1],
];

test.describe('overview', () => {
  test('shows the reference headline figures', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page.getByTestId('committed-total')).toHaveText('$13.8 billion');
    await expect(page.getByTestId('committed-total')).toHaveAttribute('title', '$13,800,000,000');
    await expect(page.getByTestId('committed-humanitarian')).toHaveText('$13.6 billion');
    await expect(page.getByTestId('committed-military')).toHaveText('$200 million');
    const requests = card(page, 'Requested or pledged');
    await expect(requests.getByTestId('uncommitted-count')).toHaveText('2 requests');
    await expect(requests).toContainText('amount not disclosed');
    await expect(requests).toContainText('not included in committed aid');
    await expect(page.getByTestId('sanctions-in-force')).toHaveText('9');
    await expect(page.getByTestId('sanctions-imposers')).toHaveText('3');
    await expect(page.getByTestId('sanctions-targets')).toHaveText('3');
    await expect(page.getByTestId('sanctions-threatened')).toHaveText('1');
  });

  test('serves the headline figures as HTML, before any script runs', async ({ request }) => {
    const html = await (await request.get('/')).text();
    expect(html).toContain('$13.8 billion');
    expect(html).toContain('data-testid="sanctions-in-force"');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('reads every section in place, with no skeleton left, first load or cached', async ({ page }) => {
      for (const url of ['/?from=2022-01-01', '/?from=2022-01-01']) {
        await page.goto(url);
        await expect(page.getByTestId('committed-total')).toHaveText('$13.8 billion');
        await expect(page.getByTestId('sanctions-in-force')).toBeVisible();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        // In document order: the streamed sections inside <main>, before the footer.
        const sections = await page.locator('main section h2').allTextContents();
        expect(sections).toEqual(
          expect.arrayContaining(['Aid at a glance', 'Timeline', 'Who sanctions whom']),
        );
        expect(sections.indexOf('Aid at a glance')).toBeLessThan(sections.indexOf('Timeline'));
        // Each chart's box holds its figures as a table under its summary: no script needed to read them.
        await expect(page.getByText('Humanitarian: $13.6 billion').first()).toBeVisible();
        for (const [title] of [...BAR_CHARTS, ...CHARTS]) {
          const frame = region(page, title);
          await expect(frame.locator('.chart-summary'), title).toBeVisible();
          await expect(frame.locator('.chart-box').getByRole('table'), title).toBeVisible();
        }
        await expect(
          region(page, 'Committed aid by category')
            .locator('.chart-box')
            .getByRole('row', { name: /Humanitarian \$13,600,000,000 1/ }),
        ).toBeVisible();
      }
      await page.goto('/aid');
      await expect(page.getByRole('table', { name: 'Aid packages' })).toBeVisible();
    });
  });

  test('traces a figure to its source and the quote in French', async ({ page }) => {
    await page.goto('/');
    const humanitarian = card(page, 'Humanitarian');
    await humanitarian.getByText('Sources (1 package)').click();
    const quote = humanitarian.locator('blockquote');
    await expect(quote).toBeVisible();
    await expect(quote).toHaveAttribute('lang', 'fr');
    await expect(quote).toContainText('13,6 milliards de dollars d’aide humanitaire');
    await expect(humanitarian.locator('cite')).toHaveText(
      'La Russie a demandé à la Chine une aide militaire et économique',
    );
  });

  test('draws the aid-by-category chart with a bar per category, its value on top and in a tooltip', async ({
    page,
  }) => {
    await page.goto('/');
    const categories = await drawn(page, 'Committed aid by category');
    const bars = categories.locator('.recharts-bar-rectangle path');
    await expect(bars).toHaveCount(2);
    await expect(categories.locator('.recharts-label-list')).toContainText('$13.6 billion');
    await expect(categories.locator('.recharts-label-list')).toContainText('$200 million');
    // The humanitarian bar is the tall one: 13.6 of the axis's 14 billion, the military one a sliver.
    const [tall, short] = await Promise.all([bars.nth(0).boundingBox(), bars.nth(1).boundingBox()]);
    expect(tall!.height).toBeGreaterThan(short!.height * 40);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await bars.nth(0).hover();
    await expect(page.getByRole('tooltip')).toHaveText('HumanitarianCommitted: $13,600,000,000');
    await page.mouse.move(0, 0);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    // From the keyboard: the chart takes the focus and the arrow keys step through its bars.
    // Focus shows the first bar's figures.
    await categories.locator('.recharts-surface').focus();
    await expect(page.getByRole('tooltip')).toHaveText('HumanitarianCommitted: $13,600,000,000');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tooltip')).toHaveText('MilitaryCommitted: $200,000,000');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tooltip')).toHaveText('EconomicCommitted: $0');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tooltip')).toHaveText('MilitaryCommitted: $200,000,000');
    await categories.getByText('View as table').click();
    await expect(categories.getByRole('row', { name: /Humanitarian \$13,600,000,000 1/ })).toBeVisible();
  });

  test('draws every bar chart with a bar per figure, and no chart code before one nears the screen', async ({
    page,
  }) => {
    await page.goto('/');
    for (const [title, along, count] of BAR_CHARTS) {
      const frame = await drawn(page, title);
      await expect.poll(() => barCount(frame, along), title).toBe(count);
      await expect(frame.locator('.chart-placeholder'), title).toHaveCount(0);
    }
    const status = await drawn(page, 'Aid by status: what was promised and what arrived');
    await status.locator('.recharts-bar-rectangle path').first().hover();
    await expect(page.getByRole('tooltip')).toHaveText('Requested2 packages, amount not disclosed');
    const donors = await drawn(page, 'Committed aid by donor');
    await donors.locator('.recharts-bar-rectangle path').first().hover();
    await expect(page.getByRole('tooltip')).toHaveText(
      'United StatesHumanitarian: $13,600,000,000Military: $200,000,000Economic: $0',
    );
  });

  for (const width of [1280, 375]) {
    test(`draws each chart in the box its figures held: nothing on the page moves (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      // Every layout shift, summed (stricter than CLS, which keeps the worst burst only).
      await page.addInitScript(() => {
        const seen = { total: 0 };
        Object.assign(window, { layoutShift: seen });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) seen.total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('/');
      for (const title of new Set([...BAR_CHARTS, ...CHARTS].map(([t]) => t))) await drawn(page, title);
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const shift = await page.evaluate(
        () => (window as unknown as { layoutShift: { total: number } }).layoutShift.total,
      );
      expect(shift).toBeLessThanOrEqual(0.01);
    });
  }

  test('draws every chart with the marks the reference data calls for', async ({ page }) => {
    await page.goto('/');
    for (const [title, selector, count] of CHARTS) {
      await expect((await drawn(page, title)).locator(selector), `${title}: ${selector}`).toHaveCount(count);
    }
    // A flow's band answers the pointer with both ends and its exact figure; a node with what it gave.
    // (The one band runs through the middle of the chart; it is a thick stroke, whose box says little.)
    const flows = await drawn(page, 'Committed aid from donors to recipients');
    const surface = (await flows.locator('.recharts-surface').boundingBox())!;
    await page.mouse.move(surface.x + surface.width / 2, surface.y + surface.height / 2);
    await expect(page.getByRole('tooltip')).toHaveText('United States → Ukraine$13,800,000,000');
    await flows.locator('.recharts-sankey-nodes .recharts-rectangle').first().hover();
    await expect(page.getByRole('tooltip')).toHaveText('United StatesGave $13,800,000,000');
    await page.mouse.move(0, 0);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    // From the keyboard: the chart takes the focus and the arrow keys choose a flow, drawn stronger and said in words.
    const band = flows.locator('.recharts-sankey-link');
    await expect(band).toHaveAttribute('stroke-opacity', '0.3');
    await flows.locator('.recharts-surface').focus();
    await page.keyboard.press('ArrowRight');
    await expect(flows.getByRole('status')).toHaveText('United States → Ukraine$13,800,000,000');
    await expect(band).toHaveAttribute('stroke-opacity', '0.65');
    await page.keyboard.press('Tab');
    await expect(flows.getByRole('status')).toHaveCount(0);
    await expect(band).toHaveAttribute('stroke-opacity', '0.3');
    // The running total: one area, a numbered line per event date, and its steps answer the pointer and the keyboard.
    const overTime = await drawn(page, 'Committed aid over time, with events');
    await expect(overTime.locator('.recharts-area-area')).toHaveCount(1);
    await expect(overTime.locator('.recharts-reference-line')).toHaveCount(3);
    await expect(overTime.locator('.recharts-label')).toHaveText(['1', '2', '3']);
    const plot = (await overTime.locator('.recharts-cartesian-grid').boundingBox())!;
    await page.mouse.move(plot.x + plot.width - 4, plot.y + plot.height / 2);
    await expect(page.getByRole('tooltip')).toHaveText(/Committed so far: \$13,800,000,000$/);
    await page.mouse.move(0, 0);
    // Focus shows the first point (the axis's start, before any aid); the arrows step on from there.
    await overTime.locator('.recharts-surface').focus();
    await expect(page.getByRole('tooltip')).toHaveText(/Committed so far: \$0$/);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tooltip')).toHaveText('10 Mar 2022Committed so far: $13,600,000,000');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tooltip')).toHaveText('12 Mar 2022Committed so far: $13,800,000,000');
    const markers = overTime.getByRole('list', { name: 'Events marked on the chart' }).getByRole('listitem');
    await expect(markers).toHaveCount(3);
    await expect(markers.nth(2)).toContainText('13 Mar 2022');
    await expect(markers.nth(2).getByRole('link')).toHaveCount(2);
    const status = await drawn(page, 'Aid by status: what was promised and what arrived');
    await expect(status).toContainText(
      'Of 2 packages pledged or committed ($13.8 billion where known), none delivered yet.',
    );
    await status.getByText('View as table').click();
    await expect(status.getByRole('row')).toHaveText([
      /Status/,
      /Requested\s*2/,
      /Pledged\s*0/,
      /Approved\s*1/,
      /Authorized\s*1/,
      /Delivered\s*0/,
      /Denied\s*0/,
      /Cancelled\s*0/,
    ]);
  });

  test('lists sanctions by imposing party, with the threat on China apart', async ({ page }) => {
    await page.goto('/');
    for (const slug of ['united-states', 'united-kingdom', 'european-union']) {
      await expect(page.getByTestId(`imposer-summary-${slug}`)).toHaveText(
        '3 sanctions in force on 3 targets',
      );
    }
    const us = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'United States' }) });
    const threat = us.getByRole('listitem').filter({ hasText: 'China' });
    await expect(threat).toContainText('Threatened');
    await expect(us.getByRole('listitem').filter({ hasText: 'Threatened' })).toHaveCount(1);
  });

  test('links each card to the list behind it', async ({ page }) => {
    await page.goto('/');
    const expected: [string, string][] = [
      ['Committed aid', '/aid?status=committed'],
      ['Humanitarian', '/aid?status=committed&category=humanitarian'],
      ['Military', '/aid?status=committed&category=military'],
      ['Economic', '/aid?status=committed&category=economic'],
      ['Requested or pledged', '/aid?status=uncommitted'],
      ['Sanctions in force', '/sanctions?status=imposed'],
      ['Sanctioning parties', '/parties?role=imposer'],
      ['Targets', '/parties?role=target'],
      ['Threatened measures', '/sanctions?status=threatened'],
    ];
    for (const [heading, href] of expected) expect(await hrefOf(page, heading), heading).toBe(href);

    await card(page, 'Committed aid').getByRole('link', { name: '$13.8 billion' }).click();
    await expect(page).toHaveURL(/\/aid\?status=committed$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Aid packages' })).toBeVisible();
    await expect(page.getByText('1–2 of 2 aid packages')).toBeVisible();
  });

  test('follows the filters in the URL, carries them into the links, and clears them', async ({ page }) => {
    await page.goto('/?party=united-states&from=2022-03-01');
    await expect(page.getByTestId('committed-total')).toHaveText('$13.8 billion');
    await expect(page.getByTestId('uncommitted-count')).toHaveText('0 requests');
    await expect(page.getByTestId('sanctions-in-force')).toHaveText('0');
    await expect(page.getByTestId('sanctions-imposers')).toHaveText('0');
    await expect(page.getByTestId('sanctions-threatened')).toHaveText('1');
    await expect.poll(async () => barCount(await drawn(page, 'Sanctions by imposing party'), 'y')).toBe(1);
    await expect(
      (await drawn(page, 'Committed aid over time, with events')).locator('.recharts-reference-line'),
    ).toHaveCount(1);
    await expect(page.getByRole('list', { name: /newest first/ }).getByRole('listitem')).toHaveCount(5);

    expect(await hrefOf(page, 'Committed aid')).toBe(
      '/aid?status=committed&party=united-states&from=2022-03-01',
    );
    expect(await hrefOf(page, 'Threatened measures')).toBe(
      '/sanctions?status=threatened&party=united-states&from=2022-03-01',
    );
    // The parties list has no party or date filter to carry.
    expect(await hrefOf(page, 'Sanctioning parties')).toBe('/parties?role=imposer');

    const active = page.getByRole('region', { name: 'Active filters' });
    await expect(active).toContainText('Party: United States');
    await expect(active).toContainText('From: 1 Mar 2022');
    await expect(page.getByLabel('Party (either side)')).toHaveValue('united-states');
    await active.getByRole('link', { name: 'Remove filter From: 1 Mar 2022' }).click();
    await expect(page).toHaveURL(/\/\?party=united-states$/);
    await expect(page.getByTestId('sanctions-in-force')).toHaveText('3');
    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await expect(page.getByTestId('sanctions-in-force')).toHaveText('9');
    await expect(page.getByRole('region', { name: 'Active filters' })).toHaveCount(0);
  });

  test('applies filters from the form', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Aid category').selectOption('military');
    await page.getByLabel('Sanction measure').selectOption('other');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/category=military/);
    await expect(page.getByTestId('committed-total')).toHaveText('$200 million');
    await expect(page.getByTestId('committed-humanitarian')).toHaveCount(0);
    await expect(page.getByTestId('sanctions-in-force')).toHaveText('0');
    await expect(page.getByTestId('sanctions-threatened')).toHaveText('1');
  });

  test('says what it ignored in malformed filters, with HTTP 200', async ({ page }) => {
    const response = await page.goto(
      '/?party=atlantis&from=2022-13-45&category=food&measure=Bad%20Value&to=yesterday',
    );
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect(notice).toContainText('Ignored start date “2022-13-45”');
    await expect(notice).toContainText('Ignored aid category “food”');
    await expect(notice).toContainText('Ignored sanction measure “Bad Value”');
    await expect(notice).toContainText('Ignored end date “yesterday”');
    await expect(notice).toContainText('Ignored party “atlantis”: no such party');
    await expect(page.getByTestId('committed-total')).toHaveText('$13.8 billion');

    const inverted = await page.goto('/?from=2022-03-10&to=2022-03-01');
    expect(inverted?.status()).toBe(200);
    await expect(page.getByRole('status').filter({ hasText: 'Ignored the date range' })).toBeVisible();
  });

  test('puts aid, sanctions, threats and events on one timeline, newest first', async ({ page }) => {
    await page.goto('/');
    const timeline = page.getByRole('list', { name: 'Aid, sanctions, threats and events, newest first' });
    const entries = timeline.getByRole('listitem').filter({ has: page.locator('time') });
    await expect(entries).toHaveCount(18);
    const dates = await timeline
      .locator('time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2022-03-13');
    expect(dates.at(-1)).toBe('2022-02-04');
    const types = await timeline
      .locator(':scope > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    const count = (t: string) => types.filter((x) => x === t).length;
    expect([count('aid'), count('sanction'), count('threat'), count('event')]).toEqual([4, 9, 1, 4]);

    const threat = timeline.locator(':scope > li[data-type="threat"]');
    await expect(threat).toContainText('Threat');
    await expect(threat.getByRole('link', { name: /Consequences/ })).toHaveAttribute(
      'href',
      /^\/sanctions\/\d+$/,
    );
    await expect(threat.getByRole('link', { name: 'China', exact: true })).toHaveAttribute(
      'href',
      '/parties/china',
    );
    const weapons = timeline.locator(':scope > li').filter({ hasText: 'White House authorizes' });
    await expect(weapons.getByRole('link', { name: /White House/ })).toHaveAttribute('href', /^\/aid\/\d+$/);
    await expect(weapons).toContainText('$200 million');
    const meeting = timeline.locator(':scope > li').last();
    await expect(meeting.getByRole('link', { name: /Putin meets Xi/ })).toHaveAttribute(
      'href',
      /^\/events\/\d+$/,
    );
    await expect(meeting.getByRole('link', { name: 'Xi Jinping', exact: true })).toHaveAttribute(
      'href',
      '/parties/xi-jinping',
    );

    await timeline
      .locator(':scope > li')
      .filter({ hasText: 'US Senate approves' })
      .getByRole('link', { name: /US Senate/ })
      .click();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'US Senate approves emergency humanitarian aid for Ukraine',
      }),
    ).toBeVisible();
  });

  test('screenshots at desktop and phone widths', async ({ page }) => {
    for (const [name, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 375, 812],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      for (const [title] of [...BAR_CHARTS, ...CHARTS]) await drawn(page, title);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SCREENSHOTS, `overview-${name}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0);
      const spilling = await page
        .locator('.card .figure')
        .evaluateAll((figures) =>
          figures.filter((f) => f.scrollWidth > f.clientWidth).map((f) => f.textContent),
        );
      expect(spilling, 'every headline figure fits its card').toEqual([]);
    }
  });
});
