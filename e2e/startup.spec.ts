import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { startServer, type ServerProcess } from './server-process';

// Each test starts its own server processes on its own database files.

/** Leaves the page before its server goes, so no late chunk load or prefetch hits a closed port. */
async function stop(server: ServerProcess, page?: import('@playwright/test').Page) {
  await page?.goto('about:blank');
  await server.stop();
}
let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-startup-'));
});
test.afterEach(() => {
  spawnSync('chattr', ['-i', '-R', dir]);
  rmSync(dir, { recursive: true, force: true });
});

test('keeps data across restarts and recreates a deleted database with the reference data', async ({
  page,
}) => {
  // Three server starts in one test.
  test.setTimeout(90_000);
  const file = path.join(dir, 'tracker.db');

  let server = await startServer(file);
  await page.goto(server.url);
  await expect(page.getByTestId('committed-total')).toHaveText('$13.8 billion');
  await stop(server, page);

  // Data entered between two starts (admin forms come later; write it as they will).
  const db = new Database(file);
  db.prepare(
    `INSERT INTO aid_packages (donor_id, recipient_id, category, status, amount, currency, amount_usd, announced_on, title)
     SELECT d.id, r.id, 'economic', 'delivered', 1000000000, 'USD', 1000000000, '2022-04-01', 'Budget support'
     FROM parties d, parties r WHERE d.slug = 'european-union' AND r.slug = 'ukraine'`,
  ).run();
  db.close();

  server = await startServer(file);
  await page.goto(server.url);
  await expect(page.getByTestId('committed-total')).toHaveText('$14.8 billion');
  await expect(page.getByTestId('committed-economic')).toHaveText('$1 billion');
  await stop(server, page);

  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  server = await startServer(file);
  await page.goto(server.url);
  await expect(page.getByTestId('committed-total')).toHaveText('$13.8 billion');
  await expect(page.getByTestId('committed-economic')).toHaveText('None');
  await stop(server, page);
});

test.describe('a database that cannot be opened stops start-up with the file and the cause', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a directory', () => dir, /the path is a directory/],
    [
      'a corrupt file',
      () => {
        const file = path.join(dir, 'corrupt.db');
        writeFileSync(file, 'not a database '.repeat(1000));
        return file;
      },
      /file is not a database/,
    ],
    [
      'a read-only file',
      () => {
        const file = path.join(dir, 'readonly.db');
        writeFileSync(file, '');
        // Permission bits do not stop root; the immutable attribute does.
        spawnSync('chmod', ['444', file]);
        if (process.getuid?.() === 0) expect(spawnSync('chattr', ['+i', file]).status).toBe(0);
        return file;
      },
      /read-?only/i,
    ],
  ];

  for (const [name, make, cause] of cases) {
    test(name, async () => {
      const file = make();
      const server = await startServer(file);
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`Start-up stopped. Cannot open the database at ${file}`);
      expect(server.output()).toMatch(cause);
    });
  }
});
