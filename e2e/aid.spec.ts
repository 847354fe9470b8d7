import { expect, test } from './fixtures';

test.describe('aid list', () => {
  test('lists every reference package with its parties, status and amount', async ({ page }) => {
    await page.goto('/aid');
    const rows = page.getByRole('table', { name: 'Aid packages' }).locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(page.getByText('1–4 of 4 aid packages')).toBeVisible();
    const senate = rows.filter({ hasText: 'US Senate approves' });
    await expect(senate).toContainText('United States');
    await expect(senate).toContainText('Ukraine');
    await expect(senate).toContainText('Approved');
    await expect(senate.getByText('$13.6 billion')).toHaveAttribute('title', '$13,600,000,000');
    await expect(rows.filter({ hasText: 'Russia asks China for military aid' })).toContainText(
      'amount not disclosed',
    );
  });

  test('filters from the URL, shown in the form, and shareable', async ({ page }) => {
    await page.goto('/aid?donor=united-states&status=committed');
    await expect(page.locator('tbody tr')).toHaveCount(2);
    await expect(page.getByLabel('Donor', { exact: true })).toHaveValue('united-states');
    await expect(page.getByLabel('Status')).toHaveValue('committed');
  });

  test('applies filters typed into the form', async ({ page }) => {
    await page.goto('/aid');
    await page.getByLabel('Category').selectOption('military');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/category=military/);
    await expect(page.locator('tbody tr')).toHaveCount(2);
  });

  test('sorts by a header click and says so to assistive technology', async ({ page }) => {
    await page.goto('/aid');
    await page.getByRole('link', { name: /^Amount \(USD\)/ }).click();
    await expect(page).toHaveURL(/sort=amount&dir=desc/);
    await expect(page.getByRole('columnheader', { name: /Amount/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(page.locator('tbody tr').first()).toContainText('$13.6 billion');
    await page.getByRole('link', { name: /^Amount \(USD\)/ }).click();
    await expect(page.getByRole('columnheader', { name: /Amount/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect(page.locator('tbody tr').first()).toContainText('$200 million');
  });

  test('ignores malformed filters with a notice instead of failing', async ({ page }) => {
    const response = await page.goto('/aid?from=abc&page=-1&status=bogus&party=nowhere');
    expect(response?.status()).toBe(200);
    const notice = page.getByRole('status').filter({ hasText: 'Ignored' });
    await expect(notice).toContainText('Ignored start date “abc”');
    await expect(notice).toContainText('Ignored page “-1”');
    await expect(notice).toContainText('Ignored status “bogus”');
    await expect(notice).toContainText('Ignored party “nowhere”: no such party');
    await expect(page.locator('tbody tr')).toHaveCount(4);
  });

  test('says so when nothing matches and offers to clear the filters', async ({ page }) => {
    await page.goto('/aid?category=economic&status=delivered');
    await expect(page.getByText('No aid packages match these filters.')).toBeVisible();
    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await expect(page).toHaveURL(/\/aid$/);
    await expect(page.locator('tbody tr')).toHaveCount(4);
  });
});

test.describe('aid package page', () => {
  test('shows the package and the source it comes from', async ({ page }) => {
    await page.goto('/aid');
    await page.getByRole('link', { name: 'White House authorizes delivery of weapons to Ukraine' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'White House authorizes delivery of weapons to Ukraine',
    );
    // Next keeps the list page alive but hidden after navigating; look inside the package only.
    const article = page.getByRole('article');
    await expect(article.getByText('$200 million', { exact: true })).toBeVisible();
    await expect(article.locator('[aria-current="step"]')).toHaveText('Authorized');
    const sources = article.locator('#sources');
    await expect(sources.locator('blockquote[lang="fr"]')).toHaveText(
      'la Maison Blanche a autorisé la livraison de 200 millions de dollars d’armes à l’Ukraine',
    );
    await expect(
      sources.getByRole('link', { name: 'La Russie a demandé à la Chine une aide militaire et économique' }),
    ).toHaveAttribute('href', '/sources/1');
  });

  for (const id of ['999', 'abc', '-1', '1.5']) {
    test(`answers 404 for /aid/${id}`, async ({ page, allowConsoleError }) => {
      allowConsoleError(/status of 404/);
      const response = await page.goto(`/aid/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    });
  }
});
