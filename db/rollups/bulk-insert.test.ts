import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../testing/temp-database';
import { BULK_ROWS, insertInBulk } from './bulk-insert';
import { CUBES } from './cubes';
import { rebuildRollups } from './rebuild';

let temp: TempDatabase;
beforeEach(() => (temp = createTempDatabase({ seed: true })));
afterEach(() => temp.dispose());

const contents = (table: string) =>
  temp.db.$client.prepare(`SELECT * FROM \`${table}\` WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5`).raw().all();
const triggers = () =>
  temp.db.$client.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();

describe('a bulk insert', () => {
  it('leaves the rollups, the word index and the triggers as the per-row triggers would', async () => {
    const client = temp.db.$client;
    const before = triggers();
    const aid = client.prepare(
      `INSERT INTO aid_packages (donor_id, recipient_id, category, status, amount, currency, amount_usd, announced_on, title)
       VALUES (?, ?, ?, ?, ?, 'USD', ?, ?, ?)`,
    );
    const sanction = client.prepare(
      `INSERT INTO sanctions (imposing_id, target_id, measure, status, announced_on, title) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    client.exec('BEGIN IMMEDIATE');
    await insertInBulk(client, 'aid_packages', () => {
      for (let i = 0; i < BULK_ROWS; i++)
        aid.run(
          1 + (i % 3),
          4 + (i % 2),
          ['military', 'humanitarian'][i % 2],
          ['approved', 'pledged', 'delivered'][i % 3],
          100 + i,
          100 + i,
          `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`,
          `Bulk zebra ${i}`,
        );
    });
    await insertInBulk(client, 'sanctions', async () => {
      // Giving way mid-insert changes nothing.
      await new Promise((resolve) => setImmediate(resolve));
      for (let i = 0; i < 500; i++)
        sanction.run(
          1 + (i % 3),
          4 + (i % 2),
          'asset_freeze',
          ['imposed', 'lifted'][i % 2],
          `2023-0${1 + (i % 9)}-11`,
          `Bulk sanction ${i}`,
        );
    });
    client.exec('COMMIT');
    expect(triggers()).toEqual(before);
    const kept = Object.fromEntries(CUBES.map((c) => [c.table, contents(c.table)]));
    rebuildRollups(client);
    for (const cube of CUBES) expect(contents(cube.table), cube.table).toEqual(kept[cube.table]);
    const found = client
      .prepare("SELECT count(*) FROM aid_search WHERE aid_search MATCH 'zebra'")
      .pluck()
      .get();
    expect(found).toBe(BULK_ROWS);
  });

  it('is refused outside a transaction', async () => {
    await expect(insertInBulk(temp.db.$client, 'sanctions', () => 0)).rejects.toThrow(/inside the caller/);
  });
});
