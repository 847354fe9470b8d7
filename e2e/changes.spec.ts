import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, test } from './fixtures';
import { E2E_EDITOR } from './editor-account';

// A reader's spec: the edit is written straight to the e2e database, as the admin's
// mutation writes it (the entry, its audit entry by the e2e editor, the file's revision),
// so the public feed must show it and the page cache must let it through.

const DIR = process.env.E2E_DATABASE_DIR ?? '';
const NOTE = `Checked against the publisher's page (${Date.now()})`;
let sourceTitle = '';

function editSourceNotes(notes: string | null): void {
  const db = new Database(path.join(DIR, 'tracker.db'), { fileMustExist: true });
  try {
    db.transaction(() => {
      const before = db.prepare('SELECT id, title, notes, version FROM sources WHERE id = 1').get() as {
        title: string;
        notes: string | null;
        version: number;
      };
      sourceTitle = before.title;
      db.prepare('UPDATE sources SET notes = ?, version = version + 1 WHERE id = 1').run(notes);
      const after = db.prepare('SELECT id, title, notes, version FROM sources WHERE id = 1').get();
      db.prepare(
        `INSERT INTO audit_log (user_id, action, entity_type, entity_id, before, after)
         SELECT id, 'update', 'source', 1, ?, ? FROM users WHERE email = ?`,
      ).run(JSON.stringify(before), JSON.stringify(after), E2E_EDITOR.email);
      db.prepare(`UPDATE app_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_revision'`).run();
    })();
  } finally {
    db.close();
  }
}

let original: string | null = null;
test.beforeAll(() => {
  const db = new Database(path.join(DIR, 'tracker.db'), { readonly: true, fileMustExist: true });
  original = db.prepare('SELECT notes FROM sources WHERE id = 1').pluck().get() as string | null;
  db.close();
  editSourceNotes(NOTE);
});
test.afterAll(() => editSourceNotes(original));

test('an edit shows on /changes, linked to its entry, and never names the editor', async ({
  page,
}, testInfo) => {
  await page.goto('/changes?kind=sources');
  await expect(page.getByRole('heading', { level: 1, name: 'Changes' })).toBeVisible();
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/changes\/feed\.atom$/,
  );
  const table = page.getByRole('table', { name: 'Changes, newest first' });
  const row = table.getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(1)).toHaveText('Edited');
  await expect(row.getByRole('cell', { name: 'notes' })).toBeVisible();
  await expect(row.getByRole('link', { name: sourceTitle })).toHaveAttribute('href', '/sources/1');
  await expect(page.getByRole('main').getByRole('link', { name: 'Atom feed' })).toHaveAttribute(
    'href',
    '/changes/feed.atom?kind=sources',
  );
  await expect(page.locator('body')).not.toContainText(E2E_EDITOR.email);
  await expect(page.locator('body')).not.toContainText(E2E_EDITOR.name);
  await page.screenshot({ path: testInfo.outputPath('changes.png'), fullPage: true });

  await row.getByRole('link', { name: sourceTitle }).click();
  await expect(page).toHaveURL(/\/sources\/1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sourceTitle);
});

test('the Atom feed carries the edit, well-formed and without the editor', async ({ page, request }) => {
  const res = await request.get('/changes/feed.atom?kind=sources');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(res.headers()['cache-control']).toBe('public, max-age=60');
  const xml = await res.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toMatch(/<entry><id>tag:sanctions-aid-tracker,2026:change\/\d+<\/id><title>Edited: /);
  expect(xml).toContain('<link rel="alternate" href="/sources/1" type="text/html"/>');
  expect(xml).not.toContain(E2E_EDITOR.email);
  expect(xml).not.toContain(E2E_EDITOR.name);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
    };
  }, xml);
  expect(parsed).toEqual({ error: false, entries: expect.any(Number) });
  expect(parsed.entries).toBeGreaterThan(0);
  const etag = res.headers()['etag'] ?? '';
  const again = await request.get('/changes/feed.atom?kind=sources', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('a bad parameter gets a 400 that says why', async ({ request }) => {
  const res = await request.get('/api/v1/changes?limit=500&colour=red');
  expect(res.status()).toBe(400);
  expect(res.headers()['content-type']).toBe('application/problem+json; charset=utf-8');
  const problem = (await res.json()) as { detail: string; errors: Record<string, string[]> };
  expect(problem.errors.limit).toEqual(['at most 200']);
  expect(problem.errors.colour).toEqual(['unknown parameter']);
  const feed = await request.get('/changes/feed.atom?since=2022-02-30');
  expect(feed.status()).toBe(400);
  expect(((await feed.json()) as { detail: string }).detail).toContain('since: no such date');
  const json = await request.get('/api/v1/changes', { headers: { Accept: 'text/html' } });
  expect(json.status()).toBe(406);
});
