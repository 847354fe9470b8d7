import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { expectNoLeak } from './leaks';
import { startServer, type ServerProcess } from './server-process';

// A real failure in production: the database loses a table under a running server, so
// every read of it throws SqliteError. Visitors see the generic error page, never the
// error itself.

let dir: string;
let server: ServerProcess;
test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-errors-'));
  const file = path.join(dir, 'tracker.db');
  server = await startServer(file);
  const db = new Database(file);
  db.exec('ALTER TABLE sources RENAME TO sources_moved');
  db.close();
});
test.afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a page whose data fails to load shows the generic error page, with nothing internal', async ({
  page,
  allowConsoleError,
}) => {
  // React logs the failed section as error #441, its production stand-in for a server
  // error whose message is withheld: expected here.
  allowConsoleError(/Minified React error #441;/);
  const response = await page.goto(`${server.url}/sources?q=unique-${Date.now()}`);
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toContainText(
    /quote this reference: \d+\./,
  );
  expectNoLeak(await page.content(), 'the error page');
  await page.goto('about:blank');
  // The server's log has the real cause, for whoever runs it.
  expect(server.output()).toMatch(/no such table: sources/);
});

test('responses that fail before a page can render are a bare 500, with nothing internal', async ({
  request,
}) => {
  for (const url of ['/sources/1', '/api/sources?q=a']) {
    const response = await request.get(`${server.url}${url}`);
    expect(response.status(), url).toBe(500);
    expectNoLeak(await response.text(), url);
  }
});

test('the error pages say nothing about the server', () => {
  for (const file of ['app/error.tsx', 'app/global-error.tsx']) {
    const source = readFileSync(path.resolve(file), 'utf8');
    expect(source, file).toContain('Something went wrong');
    // Only the digest is shown: never the error's message or stack.
    expect(source, file).not.toMatch(/error\.(message|stack)|\.cause/);
  }
});
