import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../testing/temp-database';
import { CUBES } from './cubes';
import { migrationSql } from './ddl';
import { rebuildRollups } from './rebuild';

let temp: TempDatabase;
beforeEach(() => (temp = createTempDatabase({ seed: true })));
afterEach(() => temp.dispose());

/** Every cube's cells, in key order. */
const cells = () =>
  Object.fromEntries(
    CUBES.map(({ table }) => [
      table,
      temp.db.$client.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4, 5, 6`).all(),
    ]),
  );

describe('rollup tables', () => {
  it('are what the migrations create, generated from their definitions', () => {
    for (const tag of new Set(CUBES.map((c) => c.migration))) {
      expect(readFileSync(path.join('drizzle', `${tag}.sql`), 'utf8'), tag).toBe(migrationSql(tag));
    }
  });

  it('hold the reference data once the database is created', () => {
    const all = temp.db.$client
      .prepare(`SELECT sum(n) AS n, sum(usd) AS usd FROM aid_rollup WHERE role = 0 AND grain = 0`)
      .get() as { n: number; usd: number };
    const base = temp.db.$client
      .prepare(
        `SELECT count(*) AS n, coalesce(sum(amount_usd), 0) AS usd FROM aid_packages WHERE retired_at IS NULL`,
      )
      .get();
    expect(all).toEqual(base);
  });

  it('stay exact through inserts, edits, retirements, restorations and deletions', () => {
    const client = temp.db.$client;
    const before = cells();
    client.exec(`
      INSERT INTO aid_packages (donor_id, recipient_id, category, status, amount, currency, amount_usd, announced_on, title)
      SELECT donor_id, recipient_id, 'military', 'approved', 5, 'USD', 5, '2023-07-04', 'copy ' || id FROM aid_packages;
      INSERT INTO sanctions (imposing_id, target_id, measure, status, announced_on, title)
      SELECT target_id, imposing_id, 'travel_ban', 'threatened', '2021-12-31', 'reverse ' || id FROM sanctions;
      UPDATE aid_packages SET status = 'delivered', amount_usd = 7, amount = 7, announced_on = '2024-01-02' WHERE title LIKE 'copy %' AND id % 2 = 0;
      UPDATE aid_packages SET donor_id = recipient_id, recipient_id = donor_id WHERE title LIKE 'copy %' AND id % 3 = 0;
      UPDATE aid_packages SET title = title || ' (edited)' WHERE id % 2 = 1;
      UPDATE aid_packages SET retired_at = '2026-01-01T00:00:00Z' WHERE title LIKE 'copy %' AND id % 5 = 0;
      UPDATE sanctions SET status = 'imposed', measure = 'asset_freeze' WHERE title LIKE 'reverse %' AND id % 2 = 0;
      UPDATE sanctions SET retired_at = '2026-01-01T00:00:00Z' WHERE id % 3 = 0;
      UPDATE sanctions SET retired_at = NULL WHERE id % 6 = 0;
      DELETE FROM aid_packages WHERE title LIKE 'copy %' AND id % 7 = 0;
    `);
    const maintained = cells();
    expect(maintained).not.toEqual(before);
    // Emptied cells are gone, so "any rows?" never needs to look at the counts.
    for (const { table } of CUBES)
      expect(client.prepare(`SELECT count(*) FROM ${table} WHERE n <= 0`).pluck().get()).toBe(0);
    rebuildRollups(client);
    expect(maintained).toEqual(cells());
  });
});
