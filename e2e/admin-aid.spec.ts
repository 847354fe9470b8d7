import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';
import { countRows, e2eDatabase, pickParty, signIn } from './admin';

const TITLE = 'UK military aid package (e2e)';

async function fillUkPackage(page: import('@playwright/test').Page, title = TITLE) {
  await pickParty(page, 'Donor', 'united k', /United Kingdom/);
  await pickParty(page, 'Recipient', 'ukr', /Ukraine/);
  await page.getByLabel('Category').selectOption('military');
  await page.getByLabel('Status').selectOption('authorized');
  await page.getByLabel('Amount', { exact: true }).fill('100,000,000');
  await page.getByLabel('Currency').fill('GBP');
  await page.getByLabel('Value in US dollars').fill('131000000');
  await page.getByLabel('Announced on').fill('2022-04-01');
  await page.getByLabel('Title', { exact: true }).fill(title);
}

async function citeNewSource(page: import('@playwright/test').Page) {
  await page.getByRole('button', { name: 'Or add a new source' }).click();
  await page.getByLabel('Source title').fill('UK Ministry of Defence press release');
  await page.locator('#citation-0-url').fill('https://www.gov.uk/government/news/example');
  await page.locator('#citation-0-language').fill('en');
  await page.getByLabel('Quote from source 1').fill('£100 million of military support');
}

/**
 * A signed-out reader, as the public is: their pages come from the server's cache of whole
 * pages (scripts/response-cache.mjs), which each save must empty. Asserts the reader's
 * copy was a replayed one before the save, so the check after it means something.
 */
async function reader(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  return {
    page,
    async expectCachedOverview() {
      await page.goto('/');
      const again = await page.goto('/');
      expect(again?.headers()['x-response-cache']).toBe('HIT');
    },
    close: () => context.close(),
  };
}

test('an editor adds, edits and retires an aid package; dashboard and history follow each step', async ({
  page,
  browser,
  baseURL,
}) => {
  // Three saves, each checked by a second browser: longer than one form's 30 s.
  test.setTimeout(90_000);
  const visitor = await reader(browser, baseURL);
  await visitor.expectCachedOverview();
  await expect(visitor.page.getByTestId('committed-total')).toHaveText('$13.8 billion');
  await signIn(page);
  await page.goto('/admin/aid/new');
  await fillUkPackage(page);
  await citeNewSource(page);
  await page.getByRole('button', { name: 'Add aid package' }).click();
  await expect(page).toHaveURL(/\/admin\/aid\/\d+\?saved=1$/);
  await expect(page.getByText('Saved. The public dashboard shows the change now.')).toBeVisible();
  const id = Number(/\/admin\/aid\/(\d+)/.exec(page.url())?.[1]);

  await visitor.page.goto('/');
  await expect(visitor.page.getByTestId('committed-total')).toHaveText('$13.9 billion');
  await expect(visitor.page.getByTestId('committed-military')).toHaveText('$331 million');
  await visitor.expectCachedOverview();
  await page.goto(`/aid/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.locator('#sources blockquote[lang="en"]')).toHaveText('£100 million of military support');

  // An exchange-rate correction.
  await page.goto(`/admin/aid/${id}`);
  await page.getByLabel('Value in US dollars').fill('127000000');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved. The public dashboard shows the change now.')).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('row', { name: /Amount usd 131000000 127000000/ })).toBeVisible();
  await visitor.page.goto('/');
  await expect(visitor.page.getByTestId('committed-military')).toHaveText('$327 million');
  await visitor.expectCachedOverview();

  await page.goto(`/admin/aid/${id}`);
  await page.getByRole('button', { name: 'Retire this aid package' }).click();
  await expect(
    page.getByText('Retired: it no longer counts anywhere on the public dashboard.'),
  ).toBeVisible();
  await visitor.page.goto('/');
  await expect(visitor.page.getByTestId('committed-total')).toHaveText('$13.8 billion');
  await visitor.close();

  await page.goto('/admin/history');
  await expect(page.getByRole('listitem').filter({ hasText: TITLE })).toHaveCount(3);
  const db = e2eDatabase();
  const actions = db
    .prepare(`SELECT action FROM audit_log WHERE entity_type = 'aid_package' AND entity_id = ? ORDER BY id`)
    .pluck()
    .all(id);
  db.close();
  expect(actions).toEqual(['create', 'update', 'retire']);
});

test.describe('bad input gets a message at its field and stores nothing', () => {
  const cases: [string, (page: import('@playwright/test').Page) => Promise<void>, string, string][] = [
    [
      'empty title',
      (p) => p.getByLabel('Title', { exact: true }).fill(''),
      'field-title',
      'Title is required.',
    ],
    [
      'negative amount',
      (p) => p.getByLabel('Amount', { exact: true }).fill('-5'),
      'field-amount',
      'Amount cannot be negative.',
    ],
    [
      'zero amount',
      (p) => p.getByLabel('Amount', { exact: true }).fill('0'),
      'field-amount',
      'Amount must be more than zero; leave it empty if unknown.',
    ],
    [
      'non-numeric amount',
      (p) => p.getByLabel('Amount', { exact: true }).fill('a lot'),
      'field-amount',
      'Amount must be a whole number, like 100000000.',
    ],
    [
      'absurd amount',
      (p) => p.getByLabel('Value in US dollars').fill('20000000000000'),
      'field-amountUsd',
      'Value in US dollars is over 10 trillion',
    ],
    [
      'unknown currency',
      (p) => p.getByLabel('Currency').fill('XYZ'),
      'field-currency',
      'is not an ISO 4217 currency code',
    ],
    [
      'missing USD value',
      (p) => p.getByLabel('Value in US dollars').fill(''),
      'field-amountUsd',
      'required when the currency is not USD',
    ],
    [
      'delivered in the future',
      async (p) => {
        await p.getByLabel('Status').selectOption('delivered');
        await p.getByLabel('Announced on').fill('2099-01-01');
      },
      'field-announcedOn',
      'A delivered package cannot be dated in the future.',
    ],
    [
      'donor = recipient',
      async (p) => {
        await p.getByRole('button', { name: 'Remove Ukraine' }).click();
        await pickParty(p, 'Recipient', 'united k', /United Kingdom/);
      },
      'field-recipientId',
      'The recipient must differ from the donor.',
    ],
    [
      '10,000-character title',
      (p) => p.getByLabel('Title', { exact: true }).fill('x'.repeat(10_000)),
      'field-title',
      'Title must be at most 300 characters.',
    ],
    [
      'no quote',
      (p) => p.getByLabel('Quote from source 1').fill(''),
      'field-citations',
      'Source 1: Quote is required.',
    ],
    [
      'javascript: link',
      (p) => p.locator('#citation-0-url').fill('javascript:alert(1)'),
      'field-citations',
      'The link must start with https:// or http://.',
    ],
  ];

  for (const [name, spoil, field, message] of cases) {
    test(name, async ({ page }) => {
      await signIn(page, '/admin/aid/new');
      await page.goto('/admin/aid/new');
      await fillUkPackage(page, `Bad input: ${name}`);
      await citeNewSource(page);
      await spoil(page);
      const before = {
        aid: countRows('aid_packages'),
        sources: countRows('sources'),
        audit: countRows('audit_log'),
      };
      await page.getByRole('button', { name: 'Add aid package' }).click();
      await expect(page.locator(`#${field}-error`)).toContainText(message);
      await expect(page).toHaveURL(/\/admin\/aid\/new$/);
      expect({
        aid: countRows('aid_packages'),
        sources: countRows('sources'),
        audit: countRows('audit_log'),
      }).toEqual(before);
    });
  }

  test('2022-02-30 is refused by the server itself, whatever the browser sends', async ({ page }) => {
    await signIn(page, '/admin/aid/new');
    await fillUkPackage(page, 'Impossible date');
    await page.getByLabel('Announced on').fill('2022-02-28');
    await citeNewSource(page);
    // A date input cannot hold 2022-02-30, so the request is altered on its way, as a
    // hand-made POST would be: only the server's own check stands between it and the database.
    await page.route('**/admin/aid/new', async (route) => {
      const body = route.request().postData();
      if (route.request().headers()['next-action'] && body)
        await route.continue({ postData: body.replace('2022-02-28', '2022-02-30') });
      else await route.continue();
    });
    const before = {
      aid: countRows('aid_packages'),
      sources: countRows('sources'),
      audit: countRows('audit_log'),
    };
    await page.getByRole('button', { name: 'Add aid package' }).click();
    await expect(page.locator('#field-announcedOn-error')).toHaveText(
      'Announcement date is not a real date.',
    );
    expect({
      aid: countRows('aid_packages'),
      sources: countRows('sources'),
      audit: countRows('audit_log'),
    }).toEqual(before);
  });

  test('markup in text is stored as text and shown escaped', async ({ page }) => {
    await signIn(page);
    await page.goto('/admin/aid/new');
    await fillUkPackage(page, '<img src=x onerror="window.__pwned=1"> aid');
    await page.getByLabel('Announced on').fill('2022-04-02');
    await citeNewSource(page);
    await page.getByRole('button', { name: 'Add aid package' }).click();
    await expect(page).toHaveURL(/saved=1/);
    const id = Number(/\/admin\/aid\/(\d+)/.exec(page.url())?.[1]);
    await page.goto(`/aid/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '<img src=x onerror="window.__pwned=1"> aid',
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.goto(`/admin/aid/${id}`);
    await page.getByRole('button', { name: 'Retire this aid package' }).click();
    await expect(page.getByText(/^Retired:/)).toBeVisible();
  });

  test('a likely duplicate is held back, keeps what was typed, and is saved once confirmed', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/admin/aid/new');
    // Same donor, recipient, category, amount and date as the reference Senate package.
    await pickParty(page, 'Donor', 'united s', /United States/);
    await pickParty(page, 'Recipient', 'ukr', /Ukraine/);
    await page.getByLabel('Category').selectOption('humanitarian');
    await page.getByLabel('Status').selectOption('approved');
    await page.getByLabel('Amount', { exact: true }).fill('13600000000');
    await page.getByLabel('Currency').fill('USD');
    await page.getByLabel('Announced on').fill('2022-03-10');
    await page.getByLabel('Title', { exact: true }).fill('Senate humanitarian aid (entered twice)');
    await page.getByLabel('Find a source').fill('Russie');
    await page.getByRole('option', { name: /La Russie a demandé/ }).click();
    await page.getByLabel('Quote from source 1').fill('13,6 milliards de dollars');
    const before = countRows('aid_packages');
    await page.getByRole('button', { name: 'Add aid package' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'This looks like an entry already recorded' }),
    ).toBeVisible();
    expect(countRows('aid_packages')).toBe(before);
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
      'Senate humanitarian aid (entered twice)',
    );
    await page.getByLabel('It is a different package: save it anyway').check();
    await page.getByRole('button', { name: 'Add aid package' }).click();
    await expect(page).toHaveURL(/saved=1/);
    expect(countRows('aid_packages')).toBe(before + 1);
    await page.getByRole('button', { name: 'Retire this aid package' }).click();
    await expect(page.getByText(/^Retired:/)).toBeVisible();
  });
});

test('an edit made on a stale copy is refused, never silently overwriting', async ({ browser }) => {
  const [first, second] = [await browser.newPage(), await browser.newPage()];
  for (const p of [first, second]) await signIn(p);
  const db = e2eDatabase();
  const id = db
    .prepare(`SELECT id FROM aid_packages WHERE title LIKE 'White House%'`)
    .pluck()
    .get() as number;
  db.close();
  await first.goto(`/admin/aid/${id}`);
  await second.goto(`/admin/aid/${id}`);
  await first.getByLabel('Description').fill('Edited in the first tab.');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByText(/^Saved\./)).toBeVisible();
  await second.getByLabel('Description').fill('Edited in the second tab.');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    second.getByRole('alert').filter({ hasText: 'Someone else changed this entry since you opened it' }),
  ).toBeVisible();
  const check = e2eDatabase();
  expect(check.prepare('SELECT description FROM aid_packages WHERE id = ?').pluck().get(id)).toBe(
    'Edited in the first tab.',
  );
  check.close();
});
