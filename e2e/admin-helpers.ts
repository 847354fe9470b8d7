import Database from 'better-sqlite3';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { E2E_EDITOR } from './editor-account';

// Shared by the admin specs: one sign-in per worker, pickers driven like a person would,
// and row counts read straight from the e2e database to prove a refusal stored nothing.

const DIR = process.env.E2E_DATABASE_DIR ?? '';
const SESSION_FILE = path.join(DIR, 'editor-session.json');
export const SCREENSHOTS = path.resolve('e2e', 'screenshots');

/** Signs in once (scrypt takes ~1 s) and gives every test of the file that session. */
export function signInAsEditor(): void {
  test.beforeAll(async ({ browser }, testInfo) => {
    // A fresh context: the one the tests use would read the session file not written yet.
    const context = await browser.newContext({
      baseURL: testInfo.project.use.baseURL,
      storageState: { cookies: [], origins: [] },
    });
    const page = await context.newPage();
    await page.goto('/admin/login');
    await page.getByLabel('Email').fill(E2E_EDITOR.email);
    await page.getByLabel('Password').fill(E2E_EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
    await context.storageState({ path: SESSION_FILE });
    await context.close();
  });
  test.use({ storageState: SESSION_FILE });
}

// The site header and the admin pages link to the public lists and pages of sanctions,
// events, parties and sources, which another branch builds; until they land, Next's
// prefetches of them answer 404. Tolerate exactly those, and fail on any other 404.
const PUBLIC_PAGE_PREFETCH = /^https?:\/\/[^/]+\/(sanctions|events|parties|sources)(\/[\w-]+)?\?_rsc=/;

export function toleratePublicPagePrefetches(): void {
  let missing: string[] = [];
  test.beforeEach(({ page, allowConsoleError }) => {
    missing = [];
    allowConsoleError(/Failed to load resource: the server responded with a status of 404/);
    page.on('response', (response) => {
      if (response.status() === 404 && !PUBLIC_PAGE_PREFETCH.test(response.url()))
        missing.push(response.url());
    });
  });
  test.afterEach(() => expect(missing, 'responses with status 404').toEqual([]));
}

const openDb = (readonly: boolean) =>
  new Database(path.join(DIR, 'tracker.db'), { readonly, fileMustExist: true });

/** Records `n` edits of source 1's notes by the e2e editor, as the admin would (the log only grows). */
export function addAuditEntries(n: number): void {
  const db = openDb(false);
  try {
    const insert = db.prepare(
      `INSERT INTO audit_log (user_id, action, entity_type, entity_id, before, after)
       SELECT u.id, 'update', 'source', s.id, json_object('title', s.title, 'notes', @before), json_object('title', s.title, 'notes', @after)
       FROM users u, sources s WHERE u.email = @email AND s.id = 1`,
    );
    db.transaction(() => {
      for (let i = 1; i <= n; i++)
        insert.run({ email: E2E_EDITOR.email, before: `Draft ${i}`, after: `Draft ${i + 1}` });
    })();
  } finally {
    db.close();
  }
}

export function countRows(table: string, where = '1 = 1'): number {
  const db = openDb(true);
  try {
    return db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The form control labelled exactly `label` (a required field's label ends in " *"). */
export function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));
}

/** Types into a party picker and chooses the party from the suggestions. */
export async function pickParty(page: Page, label: string, typed: string, party: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).fill(typed);
  // Options read "Name · kind · country".
  await page.getByRole('option', { name: new RegExp(`^${escape(party)} ·`) }).click();
  await expect(page.getByRole('button', { name: `Remove ${party}`, exact: true })).toBeVisible();
}

/** Cites the reference article (source 1) with a quote, through the citation editor. */
export async function citeReferenceSource(page: Page, quote: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Find a source' }).fill('Russie');
  await page.getByRole('option', { name: /^La Russie a demandé à la Chine/ }).click();
  await page.getByLabel('Quote from source 1').fill(quote);
}

/** The id at the end of the admin page's path, after a save redirected there. */
export async function savedEntryId(page: Page, section: string): Promise<number> {
  await expect(page).toHaveURL(new RegExp(`/admin/${section}/\\d+\\?saved=1$`));
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  return Number(new URL(page.url()).pathname.split('/').at(-1));
}

/** Retires the entry shown, checks the list moved it under "Retired", then restores it. */
export async function retireAndRestore(
  page: Page,
  section: string,
  noun: string,
  name: string,
): Promise<void> {
  const entryUrl = page.url().replace(/\?.*$/, '');
  await page.getByRole('button', { name: `Retire this ${noun}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Retired:' })).toBeVisible();
  await expect(page.getByText(/^Retired on \d{4}-\d{2}-\d{2}/)).toBeVisible();

  await page.goto(`/admin/${section}?q=${encodeURIComponent(name)}`);
  await expect(page.getByText(`No ${section} here.`)).toBeVisible();
  await page.getByLabel('Show').selectOption('retired');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/state=retired/);
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();

  await page.goto(entryUrl);
  await page.getByRole('button', { name: `Restore this ${noun}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored:' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See it on the public site' })).toBeVisible();
}

/** The diff row of one field in the newest update of the entry's history. */
export function diffRow(page: Page, field: string) {
  return page
    .locator('.history-entry')
    .filter({ hasText: 'Update' })
    .first()
    .getByRole('row', { name: new RegExp(`^${escape(field)} `) });
}
