import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SCREENSHOTS, toleratePublicPagePrefetches } from './admin-helpers';
import { expect, test } from './fixtures';
import { actionId, callAction, newAidFields, saveAid, signIn } from './http-editor';
import { ofacSubset } from './ofac-subset';
import { createEditorDatabase, EDITOR_PASSWORD } from './safety-database';
import { startServer, type ServerProcess } from './server-process';

// A long import (the first 8,000 entries of the 2021 SDN list, some 16,000 rows) on a
// server and database of its own, so the shared e2e data keeps its size: the page shows a
// bar filling up while the site keeps serving, then the batch's report; and a server
// killed half-way through the write leaves no batch and no row of it.

const ENTRIES = 8_000;
const PARTIES_ROW = new RegExp(`^Parties ${ENTRIES.toLocaleString('en-US')} 0 0`);
const STOPPED = 'The import stopped before it finished; nothing was applied.';

let dir: string;
let server: ServerProcess | undefined;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-import-'));
});
test.afterEach(async () => {
  server?.kill('SIGKILL');
  await server?.exited;
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

toleratePublicPagePrefetches();

interface Progress {
  phase: 'reading' | 'writing' | 'done' | 'failed';
  done: number;
  total: number | null;
  batchId: number | null;
  message: string | null;
}

const progressOf = async (url: string, token: string, cookie: string): Promise<Progress> =>
  (await (
    await fetch(`${url}/admin/import/preview/${token}/progress`, { headers: { cookie } })
  ).json()) as Progress;

/** Uploads the files through the upload form's action; returns the preview's token. */
async function upload(url: string, cookie: string, files: string[]): Promise<string> {
  const body = new FormData();
  body.set('_1_format', '');
  body.set('_1_asOf', '2021-07-01');
  for (const file of files) body.append('_1_files', new Blob([readFileSync(file)]), path.basename(file));
  body.set('0', '[{},"$K1"]');
  const response = await fetch(`${url}/admin/import`, {
    method: 'POST',
    headers: { 'next-action': actionId('uploadImport'), origin: url, accept: 'text/x-component', cookie },
    body,
    redirect: 'manual',
  });
  const token = /\/admin\/import\/preview\/([0-9a-f-]{36})/.exec(
    response.headers.get('x-action-redirect') ?? '',
  )?.[1];
  if (!token) throw new Error(`upload refused: ${response.status} ${(await response.text()).slice(0, 300)}`);
  return token;
}

const confirm = (url: string, cookie: string, token: string) =>
  callAction(url, `/admin/import/preview/${token}`, actionId('confirmImport'), { token }, cookie);

test('a long import fills a progress bar while the site serves, then opens its report', async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000);
  const { file, emails } = await createEditorDatabase(dir, 1);
  server = await startServer(file, { readyPath: '/admin/login' });
  const { url } = server;

  await page.goto(`${url}/admin/login`);
  await page.getByLabel('Email').fill(emails[0]!);
  await page.getByLabel('Password').fill(EDITOR_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();

  await page.goto(`${url}/admin/import`);
  await page.getByLabel('File').setInputFiles(ofacSubset(ENTRIES));
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByTestId('import-counts').getByRole('row', { name: PARTIES_ROW })).toBeVisible();
  const token = page.url().split('/').at(-1)!;
  const progressPath = `/admin/import/preview/${token}/progress`;

  // Only an editor learns how an import is going.
  const stranger = await playwright.request.newContext({ baseURL: url });
  const refused = await stranger.get(progressPath, { maxRedirects: 0 });
  expect(refused.status()).toBe(303);
  expect(refused.headers().location).toMatch(/^\/admin\/login/);
  expect(await refused.text()).not.toContain('phase');
  await stranger.dispose();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // Some way in, so the screenshot shows the bar part filled.
  const status = page.getByRole('status').filter({ hasText: /^Writing [1-9],\d{3} of [\d,]+ entries…$/ });
  await expect(status).toBeVisible({ timeout: 60_000 });
  const bar = page.getByRole('progressbar', { name: 'Import progress' });
  const total = Number((await bar.getAttribute('max')) ?? 0);
  expect(total).toBeGreaterThan(ENTRIES);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-import-progress.png'), fullPage: true });

  // The site answers meanwhile, and shows none of the import until it has committed.
  const during = await page.request.get(`${url}/parties/aerocaribbean-airlines`, { maxRedirects: 0 });
  const answer = await page.request.get(`${url}${progressPath}`);
  expect(answer.headers()['cache-control']).toContain('no-store');
  expect(((await answer.json()) as Progress).phase).toBe('writing');
  expect(during.status()).toBe(404);

  await expect(page.getByRole('heading', { level: 1, name: /Import batch #\d+/ })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByTestId('import-counts').getByRole('row', { name: PARTIES_ROW })).toBeVisible();
  expect((await page.request.get(`${url}/parties/aerocaribbean-airlines`)).status()).toBe(200);
  // The folder is gone once the report has opened.
  expect((await page.request.get(`${url}${progressPath}`)).status()).toBe(404);
});

test('a server killed half-way through writing an import leaves no batch and no row of it', async () => {
  test.setTimeout(240_000);
  const { file, emails, parties } = await createEditorDatabase(dir, 1);
  const start = async () => (server = await startServer(file, { readyPath: '/admin/login' }));
  let { url } = await start();
  const cookie = await signIn(url, emails[0]!, EDITOR_PASSWORD);
  const rows = (table: string) => {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    } finally {
      db.close();
    }
  };
  const before = { parties: rows('parties'), sanctions: rows('sanctions'), batches: rows('import_batches') };

  const token = await upload(url, cookie, ofacSubset(ENTRIES));
  expect((await confirm(url, cookie, token)).redirect).toBeNull();
  let progress = await progressOf(url, token, cookie);
  while (!(progress.phase === 'writing' && progress.done >= 500)) {
    expect(progress.phase).not.toBe('done');
    await new Promise((r) => setTimeout(r, 100));
    progress = await progressOf(url, token, cookie);
  }
  // An editor's save meanwhile is refused at once, with the reason.
  const save = await saveAid(url, cookie, newAidFields('Crash during import', 1_234, parties));
  expect(save.id).toBeNull();
  expect(save.body).toContain('An import is being written; save again in a few seconds.');

  server!.kill('SIGKILL');
  await server!.exited;
  ({ url } = await start());
  expect({
    parties: rows('parties'),
    sanctions: rows('sanctions'),
    batches: rows('import_batches'),
  }).toEqual(before);

  // Once its heartbeat is old, the page is told it stopped; confirmed again, it runs whole.
  await expect
    .poll(async () => (await progressOf(url, token, cookie)).message, { timeout: 30_000, intervals: [500] })
    .toBe(STOPPED);
  expect((await confirm(url, cookie, token)).redirect).toBeNull();
  await expect
    .poll(async () => (await progressOf(url, token, cookie)).phase, { timeout: 120_000, intervals: [500] })
    .toBe('done');
  expect(rows('import_batches')).toBe(before.batches + 1);
  expect(rows('parties')).toBe(before.parties + ENTRIES);
});
