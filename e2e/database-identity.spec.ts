import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/client';
import { seedNewDatabase } from '../db/seed/seed';
import { expect, test } from './fixtures';
import { startServer, type ServerProcess } from './server-process';

// Cached figures belong to one database file. The build ran on the e2e database (the
// reference data, $13.8 billion committed); each server here serves another file with
// other figures, and a file swapped in between two starts (as a restore does) must show
// its own figures at once, on the overview, the lists and a party's page.

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tracker-identity-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A new database with the reference data plus one EU → Ukraine package of `usd`. */
function databaseWithExtraAid(file: string, usd: number) {
  const { db } = openDatabase(file, { whenNew: seedNewDatabase });
  db.$client
    .prepare(
      `INSERT INTO aid_packages (donor_id, recipient_id, category, status, amount, currency, amount_usd, announced_on, title)
       SELECT d.id, r.id, 'economic', 'delivered', ?, 'USD', ?, '2022-04-01', 'Budget support'
       FROM parties d, parties r WHERE d.slug = 'european-union' AND r.slug = 'ukraine'`,
    )
    .run(usd, usd);
  db.$client.close();
}

async function expectFigures(
  server: ServerProcess,
  page: import('@playwright/test').Page,
  total: string,
  economic: string,
) {
  await page.goto(server.url);
  await expect(page.getByTestId('committed-total')).toHaveText(total);
  await expect(page.getByTestId('committed-economic')).toHaveText(economic);
  await page.goto(`${server.url}/aid`);
  await expect(page.getByText(/–5 of 5 /)).toBeVisible();
  await page.goto(`${server.url}/parties/european-union`);
  // The EU gives nothing committed in the reference data: its figure is the package alone.
  await expect(page.getByTestId('party-given')).toHaveText(economic);
  await page.goto('about:blank');
}

test('a server shows the figures of the file it serves, never the build’s or a replaced file’s', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const served = path.join(dir, 'tracker.db');
  const replacement = path.join(dir, 'replacement.db');
  databaseWithExtraAid(served, 1_000_000_000);
  databaseWithExtraAid(replacement, 2_000_000_000);

  let server = await startServer(served);
  try {
    await expectFigures(server, page, '$14.8 billion', '$1 billion');
  } finally {
    await server.stop();
  }

  for (const suffix of ['-wal', '-shm']) rmSync(`${served}${suffix}`, { force: true });
  renameSync(replacement, served);
  server = await startServer(served);
  try {
    await expectFigures(server, page, '$15.8 billion', '$2 billion');
  } finally {
    await server.stop();
  }
});
