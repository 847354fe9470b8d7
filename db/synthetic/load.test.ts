import { afterEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../testing/temp-database';
import { beginBulkLoad, createWriter } from './load';
import type { AidRow } from './rows';
import type { SyntheticParty } from './parties';

let t: TempDatabase | undefined;
afterEach(() => t?.dispose());

const party = (id: number): SyntheticParty => ({
  id,
  key: `p${id}`,
  slug: `party-${id}`,
  name: `Party ${id}`,
  kind: 'state',
  countryCode: null,
  parentId: null,
  description: null,
});

const aid = (id: number): AidRow => ({
  id,
  donorId: 1 + (id % 3),
  recipientId: 4,
  category: 'humanitarian',
  status: 'delivered',
  amount: id * 1000,
  currency: 'USD',
  amountUsd: id * 1000,
  announcedOn: '2022-03-01',
  title: `Package ${id}`,
  description: null,
  createdAt: '2022-03-01T10:00:00.000Z',
  retiredAt: null,
});

const indexes = (t: TempDatabase) =>
  t.db.$client.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name`).all();

describe('bulk load', () => {
  it('fires other triggers on every row, fills the rollups, and leaves indexes and triggers as the migrations made them', () => {
    t = createTempDatabase({ seed: false });
    const sqlite = t.db.$client;
    sqlite.exec(`
      CREATE TABLE test_rollup (donor_id INTEGER PRIMARY KEY, usd INTEGER NOT NULL);
      CREATE TRIGGER test_rollup_aid AFTER INSERT ON aid_packages BEGIN
        INSERT INTO test_rollup VALUES (NEW.donor_id, NEW.amount_usd)
        ON CONFLICT (donor_id) DO UPDATE SET usd = usd + excluded.usd;
      END;`);
    const before = indexes(t);
    const triggers = sqlite
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`)
      .all();

    const bulk = beginBulkLoad(sqlite);
    expect(indexes(t).length).toBeLessThan(before.length);
    const writer = createWriter(sqlite, bulk);
    sqlite.transaction(() => {
      for (let id = 1; id <= 4; id++) writer.party(party(id), '2014-01-01T08:00:00.000Z');
      // 100 rows: three full 32-row statements and a remainder.
      for (let id = 1; id <= 100; id++) writer.aid(aid(id));
      writer.flush();
    })();
    bulk.finish();

    expect(sqlite.prepare('SELECT donor_id, usd FROM test_rollup ORDER BY donor_id').raw().all()).toEqual(
      sqlite
        .prepare('SELECT donor_id, sum(amount_usd) FROM aid_packages GROUP BY donor_id ORDER BY donor_id')
        .raw()
        .all(),
    );
    expect(sqlite.prepare('SELECT count(*) FROM aid_packages').pluck().get()).toBe(100);
    expect(indexes(t)).toEqual(before);
    expect(
      sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all(),
    ).toEqual(triggers);
    expect(sqlite.prepare('SELECT sum(usd) FROM aid_rollup WHERE role = 0 AND grain = 0').pluck().get()).toBe(
      sqlite.prepare('SELECT sum(amount_usd) FROM aid_packages').pluck().get(),
    );
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
