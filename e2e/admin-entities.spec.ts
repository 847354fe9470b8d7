import path from 'node:path';
import {
  citeReferenceSource,
  countRows,
  diffRow,
  field,
  pickParty,
  retireAndRestore,
  savedEntryId,
  SCREENSHOTS,
  toleratePublicPagePrefetches,
  signInAsEditor,
} from './admin-helpers';
import { expect, test } from './fixtures';

// Each kind of entry, through its admin forms as an editor uses them: add (pickers by
// typing), find it in the list, follow it to the public site, edit (and read the diff),
// retire and restore; a bad value is refused at its field and nothing is stored.

signInAsEditor();
toleratePublicPagePrefetches();

test.describe('sanctions', () => {
  const title = 'UK freezes the assets of Xi Jinping (e2e)';

  test('add, list, see on the dashboard, edit with a readable diff, retire and restore', async ({ page }) => {
    test.slow(); // many round trips: add, list, edit, retire, restore
    await page.goto('/admin/sanctions');
    await page.getByRole('link', { name: 'Add a sanction' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a sanction');
    await pickParty(page, 'Imposing party', 'united k', 'United Kingdom');
    await pickParty(page, 'Target', 'Xi', 'Xi Jinping');
    await field(page, 'Measure').selectOption('asset_freeze');
    await field(page, 'Status').selectOption('imposed');
    await field(page, 'Announced on').fill('2022-03-15');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await citeReferenceSource(page, 'ciblé le gouvernement, les entreprises et le président russe');
    await page.getByRole('button', { name: 'Add sanction' }).click();
    const id = await savedEntryId(page, 'sanctions');
    await expect(page.getByRole('link', { name: 'See it on the public site' })).toHaveAttribute(
      'href',
      `/sanctions/${id}`,
    );

    await page.goto('/admin/sanctions');
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('United Kingdom → Xi Jinping');
    await expect(row).toContainText('Asset freeze');

    // The public dashboard shows it at once (its cached read was expired by the save).
    await page.goto('/');
    await expect(page.getByTestId('imposer-summary-united-kingdom')).toHaveText(
      '4 sanctions in force on 4 targets',
    );

    await page.goto(`/admin/sanctions/${id}`);
    await page.getByRole('button', { name: 'Remove Xi Jinping' }).click();
    await pickParty(page, 'Target', 'businesses', 'Russian businesses');
    await field(page, 'Measure').selectOption('travel_ban');
    await field(page, 'Legal basis or programme').fill('Russia (Sanctions) (EU Exit) Regulations 2019');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedEntryId(page, 'sanctions');
    await expect(diffRow(page, 'Target')).toHaveText(/Xi Jinping\s*Russian businesses/);
    await expect(diffRow(page, 'Measure')).toHaveText(/Asset freeze\s*Travel ban/);
    await expect(diffRow(page, 'Legal basis')).toHaveText(/—\s*Russia \(Sanctions\)/);

    await retireAndRestore(page, 'sanctions', 'sanction', title);
  });

  test('refuses a lifting before the sanction took effect, at the field, storing nothing', async ({
    page,
  }) => {
    const before = countRows('sanctions');
    await page.goto('/admin/sanctions/new');
    await pickParty(page, 'Imposing party', 'European', 'European Union');
    await pickParty(page, 'Target', 'Putin', 'Vladimir Putin');
    await field(page, 'Measure').selectOption('travel_ban');
    await field(page, 'Status').selectOption('lifted');
    await field(page, 'Announced on').fill('2022-03-01');
    await field(page, 'Lifted on').fill('2022-02-01');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Travel ban lifted too early (e2e)');
    await citeReferenceSource(page, 'sanctions économiques');
    await page.getByRole('button', { name: 'Add sanction' }).click();
    const lifted = field(page, 'Lifted on');
    await expect(lifted).toHaveAttribute('aria-invalid', 'true');
    await expect(lifted).toHaveAccessibleDescription(
      /A sanction cannot be lifted before it took effect \(2022-03-01\)\./,
    );
    await expect(lifted).toBeFocused();
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'admin-sanction-refused-1280.png'),
      fullPage: true,
    });
    await expect(page).toHaveURL(/\/admin\/sanctions\/new$/);
    expect(countRows('sanctions')).toBe(before);
  });
});

test.describe('events', () => {
  const title = 'Ukraine and Russia hold talks in Istanbul (e2e)';

  test('add with several parties, list, edit the parties with a readable diff, retire and restore', async ({
    page,
  }) => {
    test.slow(); // many round trips: add, list, edit, retire, restore
    await page.goto('/admin/events');
    await page.getByRole('link', { name: 'Add an event' }).click();
    await field(page, 'Date').fill('2022-03-29');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await pickParty(page, 'Parties involved', 'Ukr', 'Ukraine');
    await pickParty(page, 'Parties involved', 'Rus', 'Russia');
    await citeReferenceSource(page, 'Suite à une invasion à grande échelle');
    await page.getByRole('button', { name: 'Add event' }).click();
    const id = await savedEntryId(page, 'events');
    await expect(page.getByRole('link', { name: 'See it on the public site' })).toHaveAttribute(
      'href',
      `/events/${id}`,
    );

    await page.goto('/admin/events');
    await expect(page.getByRole('row').filter({ hasText: title })).toContainText('Russia, Ukraine');

    await page.goto(`/admin/events/${id}`);
    await page.getByRole('button', { name: 'Remove Russia' }).click();
    await pickParty(page, 'Parties involved', 'Europe', 'European Union');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedEntryId(page, 'events');
    await expect(diffRow(page, 'Parties involved')).toHaveText(/Russia, Ukraine\s*European Union, Ukraine/);

    await retireAndRestore(page, 'events', 'event', title);
  });

  test('needs at least one party, said at the field, storing nothing', async ({ page }) => {
    const before = countRows('events');
    await page.goto('/admin/events/new');
    await field(page, 'Date').fill('2022-03-30');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('An event with nobody in it (e2e)');
    await citeReferenceSource(page, 'une invasion');
    await page.getByRole('button', { name: 'Add event' }).click();
    const parties = page.getByRole('combobox', { name: 'Parties involved' });
    await expect(parties).toHaveAttribute('aria-invalid', 'true');
    await expect(parties).toHaveAccessibleDescription(/Name at least one party involved\./);
    await expect(page).toHaveURL(/\/admin\/events\/new$/);
    expect(countRows('events')).toBe(before);
  });
});

test.describe('parties', () => {
  test('add with an address name made from the name, edit with a diff, retire and restore', async ({
    page,
  }) => {
    test.slow(); // many round trips: add, list, edit, retire, restore
    await page.goto('/admin/parties');
    await page.getByRole('link', { name: 'Add a party' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Rosneft');
    await expect(field(page, 'Address name')).toHaveAttribute('placeholder', 'rosneft');
    await field(page, 'Kind').selectOption('company');
    await field(page, 'Country').selectOption('RU');
    await pickParty(page, 'Part of', 'Russia', 'Russia');
    await page.getByRole('button', { name: 'Add party' }).click();
    const id = await savedEntryId(page, 'parties');
    await expect(page.getByRole('link', { name: 'See it on the public site' })).toHaveAttribute(
      'href',
      '/parties/rosneft',
    );
    await expect(field(page, 'Address name')).toHaveValue('rosneft');

    await page.goto('/admin/parties?q=rosneft');
    const row = page.getByRole('row').filter({ hasText: 'Rosneft' });
    await expect(row).toContainText('Russia');
    await expect(row).toContainText('Company');

    // The new party is offered by the pickers of every form.
    await page.goto('/admin/sanctions/new');
    await pickParty(page, 'Target', 'rosn', 'Rosneft');

    await page.goto(`/admin/parties/${id}`);
    await field(page, 'Description').fill('Russian state oil company.');
    await page.getByRole('button', { name: 'Remove Russia' }).click();
    await pickParty(page, 'Part of', 'Government', 'Government of Russia');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedEntryId(page, 'parties');
    await expect(diffRow(page, 'Description')).toHaveText(/—\s*Russian state oil company\./);
    await expect(diffRow(page, 'Part of')).toHaveText(/Russia\s*Government of Russia/);

    await retireAndRestore(page, 'parties', 'party', 'Rosneft');
  });

  test('refuses an address name already taken, keeping what was typed, storing nothing', async ({ page }) => {
    const before = countRows('parties');
    await page.goto('/admin/parties/new');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Russian Federation');
    await field(page, 'Address name').fill('russia');
    await field(page, 'Kind').selectOption('state');
    await field(page, 'Country').selectOption('RU');
    await page.getByRole('button', { name: 'Add party' }).click();
    // Only the server knows the address is taken: its answer lands at the field.
    const slug = field(page, 'Address name');
    await expect(slug).toHaveAccessibleDescription(/“russia” is already the address of Russia\./);
    await expect(slug).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Russian Federation');
    await expect(slug).toHaveValue('russia');
    await expect(field(page, 'Kind')).toHaveValue('state');
    await expect(field(page, 'Country')).toHaveValue('RU');
    expect(countRows('parties')).toBe(before);
  });

  test('refuses to retire a party still named by live entries, saying which', async ({ page }) => {
    const audits = countRows('audit_log');
    await page.goto('/admin/parties?q=ukraine');
    await page.getByRole('link', { name: 'Ukraine', exact: true }).click();
    await page.getByRole('button', { name: 'Retire this party' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'still named by' })).toHaveText(
      /This party is still named by 2 aid packages, \d+ events?\. Retire or change those first\./,
    );
    expect(countRows('audit_log')).toBe(audits);
    expect(countRows('parties', "slug = 'ukraine' AND retired_at IS NULL")).toBe(1);
  });
});

test.describe('sources', () => {
  const title = 'Kyiv Independent live updates, 20 March 2022 (e2e)';

  test('add, list, edit with a diff, retire and restore', async ({ page }) => {
    test.slow(); // many round trips: add, list, edit, retire, restore
    await page.goto('/admin/sources');
    await page.getByRole('link', { name: 'Add a source' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await field(page, 'Publisher').fill('The Kyiv Independent');
    await field(page, 'Link').fill('https://kyivindependent.com/live-updates-20-march');
    await field(page, 'Published on').fill('2022-03-20');
    await field(page, 'Language code').fill('en');
    await page.getByRole('button', { name: 'Add source' }).click();
    const id = await savedEntryId(page, 'sources');
    await expect(page.getByRole('link', { name: 'See it on the public site' })).toHaveAttribute(
      'href',
      `/sources/${id}`,
    );

    await page.goto('/admin/sources');
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('The Kyiv Independent');
    await expect(row).toContainText('English');

    await page.goto(`/admin/sources/${id}`);
    await field(page, 'Notes').fill('Checked against the archived copy.');
    await field(page, 'Language code').fill('uk');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await savedEntryId(page, 'sources');
    await expect(diffRow(page, 'Notes')).toHaveText(/—\s*Checked against the archived copy\./);
    await expect(diffRow(page, 'Language')).toHaveText(/en\s*uk/);

    await retireAndRestore(page, 'sources', 'source', title);
  });

  test('refuses a link that is not a web address, at the field, storing nothing', async ({ page }) => {
    const before = countRows('sources');
    await page.goto('/admin/sources/new');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('A file somewhere (e2e)');
    await field(page, 'Link').fill('ftp://files.example.org/report.pdf');
    await field(page, 'Language code').fill('en');
    await page.getByRole('button', { name: 'Add source' }).click();
    const link = field(page, 'Link');
    await expect(link).toHaveAccessibleDescription(/The link must start with https:\/\/ or http:\/\/\./);
    await expect(link).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/admin\/sources\/new$/);
    expect(countRows('sources')).toBe(before);
  });

  test('refuses to retire a source still cited, saying by how many', async ({ page }) => {
    await page.goto('/admin/sources/1');
    await page.getByRole('button', { name: 'Retire this source' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'still cited' })).toHaveText(
      /This source is still cited by \d+ live entries\. Cite another source there first\./,
    );
    expect(countRows('sources', 'id = 1 AND retired_at IS NULL')).toBe(1);
  });
});
