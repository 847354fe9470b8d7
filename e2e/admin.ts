import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { E2E_EDITOR } from './editor-account';

/** The e2e server's database, opened read-only to check what was (not) stored. */
export function e2eDatabase(): Database.Database {
  const dir = process.env.E2E_DATABASE_DIR;
  if (!dir) throw new Error('E2E_DATABASE_DIR is not set (playwright.config.ts sets it)');
  return new Database(path.join(dir, 'tracker.db'), { readonly: true });
}

export function countRows(table: string): number {
  const db = e2eDatabase();
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

/** Where the admin project keeps the signed-in editor's cookies (made by admin.setup.ts). */
export const EDITOR_STATE = path.resolve('e2e', '.auth', 'editor.json');

/** Opens `next` signed in: through the sign-in form only when the page asks for it. */
export async function signIn(page: Page, next = '/admin'): Promise<void> {
  await page.goto(next);
  if (new URL(page.url()).pathname === '/admin/login') {
    await page.getByLabel('Email').fill(E2E_EDITOR.email);
    await page.getByLabel('Password').fill(E2E_EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await expect(page.getByText(/Signed in as/)).toBeVisible();
}

/** Types into a party picker and chooses the first option that matches. */
export async function pickParty(page: Page, label: string, search: string, option: RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(search);
  await page.getByRole('option', { name: option }).first().click();
}
