import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCountryCode } from '@/domain/validation/countries';
import { CITING_TABLE, citingFillSql } from '../rollups/citing';
import { CUBES } from '../rollups/cubes';
import { rebuildRollups } from '../rollups/rebuild';
import { createTempDatabase } from '../testing/temp-database';
import {
  AID_CATEGORIES,
  AID_STATUSES,
  PARTY_KINDS,
  SANCTION_MEASURES,
  SANCTION_STATUSES,
} from '../../domain/vocabulary';
import { FIRST_DAY, LAST_DAY } from './calendar';
import { SyntheticError, generateSynthetic, type SyntheticResult } from './generate';

const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-test-'));
const SIZE = { aid: 2000, sanctions: 2000 };
let result: SyntheticResult;
let db: Database.Database;

beforeAll(() => {
  result = generateSynthetic({ ...SIZE, seed: 1, out: path.join(dir, 'a.db') });
  db = new Database(result.file, { readonly: true });
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = (sql: string) => db.prepare(sql).all() as Record<string, unknown>[];
const one = (sql: string) => db.prepare(sql).pluck().get();
const column = (sql: string) => db.prepare(sql).pluck().all();

/** Every generated row, in a fixed order; app_meta is left out (each file has its own id). */
function contentHash(file: string): string {
  const conn = new Database(file, { readonly: true });
  const hash = createHash('sha256');
  for (const table of [
    'parties',
    'sources',
    'events',
    'event_parties',
    'aid_packages',
    'sanctions',
    'citations',
    'sqlite_sequence',
  ]) {
    for (const row of conn.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().iterate())
      hash.update(JSON.stringify(row));
  }
  conn.close();
  return hash.digest('hex');
}

function schemaOf(conn: Database.Database) {
  return conn
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name`,
    )
    .all();
}

describe('generateSynthetic', () => {
  it('writes a sound file: integrity, foreign keys, WAL', () => {
    expect(one('PRAGMA integrity_check')).toBe('ok');
    expect(all('PRAGMA foreign_key_check')).toEqual([]);
    expect(one('PRAGMA journal_mode')).toBe('wal');
    expect(one(`SELECT count(*) FROM sqlite_stat1`)).toBeGreaterThan(0);
  });

  it('has exactly the schema and migrations of a freshly migrated file', () => {
    const fresh = createTempDatabase({ seed: false });
    try {
      expect(schemaOf(db)).toEqual(schemaOf(fresh.db.$client));
      const migrations = 'SELECT hash FROM __drizzle_migrations ORDER BY id';
      expect(column(migrations)).toEqual(fresh.db.$client.prepare(migrations).pluck().all());
    } finally {
      fresh.dispose();
    }
  });

  it('writes the rows it reports, with its own database id', () => {
    const c = result.counts;
    expect(one('SELECT count(*) FROM aid_packages')).toBe(SIZE.aid);
    expect(one('SELECT count(*) FROM sanctions')).toBe(SIZE.sanctions);
    expect(one('SELECT count(*) FROM citations')).toBe(c.citations);
    expect(one('SELECT count(*) FROM parties')).toBe(c.parties);
    expect(c.parties).toBeGreaterThanOrEqual(230);
    expect(c.sources).toBeGreaterThanOrEqual(2000);
    expect(c.events).toBeGreaterThanOrEqual(200);
    expect(one(`SELECT value FROM app_meta WHERE key = 'database_id'`)).toMatch(/^[0-9a-f-]{36}$/);
    expect(existsSync(`${result.file}.partial`)).toBe(false);
    expect(existsSync(`${result.file}.partial.rollups`)).toBe(false);
  });

  it('holds the rollups and citing counts the triggers would have kept: the same as a rebuild from its rows', () => {
    const copy = path.join(dir, 'rebuilt.db');
    copyFileSync(result.file, copy);
    const rebuilt = new Database(copy);
    try {
      const cells = (conn: Database.Database) =>
        CUBES.map(({ table }) =>
          conn.prepare(`SELECT *, typeof(n) FROM ${table} ORDER BY 1, 2, 3, 4, 5, 6`).raw().all(),
        );
      const built = cells(db);
      expect(built.every((rows) => rows.length > 0)).toBe(true);
      rebuildRollups(rebuilt);
      expect(built).toEqual(cells(rebuilt));
      const citing = `SELECT source_id, n FROM ${CITING_TABLE} ORDER BY source_id`;
      const counted = db.prepare(citing).raw().all();
      expect(counted.length).toBeGreaterThan(1000);
      rebuilt.exec(`DELETE FROM ${CITING_TABLE}`);
      rebuilt.exec(citingFillSql());
      expect(counted).toEqual(rebuilt.prepare(citing).raw().all());
    } finally {
      rebuilt.close();
    }
  });

  it('cites at least one source, with a quote, for every aid package, sanction and event', () => {
    expect(
      one(
        `SELECT count(*) FROM aid_packages a WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.aid_package_id = a.id)`,
      ),
    ).toBe(0);
    expect(
      one(
        `SELECT count(*) FROM sanctions s WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.sanction_id = s.id)`,
      ),
    ).toBe(0);
    expect(
      one(
        `SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.event_id = e.id)`,
      ),
    ).toBe(0);
    expect(one(`SELECT count(*) FROM event_parties`)).toBeGreaterThanOrEqual(result.counts.events);
    expect(one(`SELECT count(DISTINCT language) FROM sources`)).toBeGreaterThanOrEqual(5);
    expect(one(`SELECT count(*) FROM sources WHERE url NOT LIKE 'https://%'`)).toBeLessThan(
      result.counts.sources / 10,
    );
  });

  it('uses every kind, status, category and measure, and many currencies', () => {
    expect(column('SELECT DISTINCT kind FROM parties ORDER BY 1')).toEqual([...PARTY_KINDS].sort());
    expect(column('SELECT DISTINCT status FROM aid_packages ORDER BY 1')).toEqual([...AID_STATUSES].sort());
    expect(column('SELECT DISTINCT category FROM aid_packages ORDER BY 1')).toEqual(
      [...AID_CATEGORIES].sort(),
    );
    expect(column('SELECT DISTINCT measure FROM sanctions ORDER BY 1')).toEqual(
      [...SANCTION_MEASURES].sort(),
    );
    expect(column('SELECT DISTINCT status FROM sanctions ORDER BY 1')).toEqual([...SANCTION_STATUSES].sort());
    expect(one('SELECT count(DISTINCT currency) FROM aid_packages')).toBeGreaterThanOrEqual(10);
    const undisclosed = one('SELECT count(*) FROM aid_packages WHERE amount IS NULL') as number;
    expect(undisclosed).toBeGreaterThan(SIZE.aid * 0.03);
    expect(undisclosed).toBeLessThan(SIZE.aid * 0.3);
  });

  it('names states as Intl does, with their ISO code', () => {
    const states = all(`SELECT name, country_code AS code FROM parties WHERE kind = 'state'`) as {
      name: string;
      code: string;
    }[];
    const regions = new Intl.DisplayNames('en', { type: 'region' });
    expect(states.length).toBeGreaterThan(80);
    for (const s of states) expect(s.name).toBe(regions.of(s.code));
    expect(
      one(
        `SELECT count(*) FROM parties WHERE kind IN ('company', 'person', 'government') AND parent_id IS NULL`,
      ),
    ).toBe(0);
    // An editor can save any synthetic party again: its country passes the form's check.
    for (const code of column('SELECT DISTINCT country_code FROM parties WHERE country_code IS NOT NULL')) {
      expect(isCountryCode(code as string), code as string).toBe(true);
    }
  });

  it('is skewed: a few donors give most, a few recipients receive most, a few impose most', () => {
    const committed = `a.status IN ('approved', 'authorized', 'delivered') AND a.retired_at IS NULL`;
    const topDonors = one(
      `SELECT sum(usd) FROM (SELECT sum(amount_usd) AS usd FROM aid_packages a WHERE ${committed} GROUP BY donor_id ORDER BY usd DESC LIMIT 5)`,
    ) as number;
    expect(
      topDonors / (one(`SELECT sum(amount_usd) FROM aid_packages a WHERE ${committed}`) as number),
    ).toBeGreaterThan(0.5);
    const topRecipients = one(
      `SELECT sum(n) FROM (SELECT count(*) AS n FROM aid_packages GROUP BY recipient_id ORDER BY n DESC LIMIT 5)`,
    ) as number;
    expect(topRecipients / SIZE.aid).toBeGreaterThan(0.5);
    const topImposers = one(
      `SELECT sum(n) FROM (SELECT count(*) AS n FROM sanctions GROUP BY imposing_id ORDER BY n DESC LIMIT 5)`,
    ) as number;
    expect(topImposers / SIZE.sanctions).toBeGreaterThan(0.7);
    expect(one('SELECT count(DISTINCT target_id) FROM sanctions')).toBeGreaterThan(100);
    const biggest = one(
      `SELECT p.slug FROM aid_packages a JOIN parties p ON p.id = a.donor_id WHERE ${committed} GROUP BY donor_id ORDER BY sum(amount_usd) DESC LIMIT 1`,
    );
    expect(result.topDonor?.slug).toBe(biggest);
  });

  it('keeps every date in range, with bursts after the 2022 invasion', () => {
    const dates = one(`SELECT min(d) || ' ' || max(d) FROM (
      SELECT announced_on AS d FROM aid_packages UNION ALL SELECT announced_on FROM sanctions
      UNION ALL SELECT effective_on FROM sanctions WHERE effective_on IS NOT NULL
      UNION ALL SELECT lifted_on FROM sanctions WHERE lifted_on IS NOT NULL
      UNION ALL SELECT occurred_on FROM events UNION ALL SELECT published_on FROM sources)`) as string;
    const [min = '', max = ''] = dates.split(' ');
    expect(min >= FIRST_DAY && max <= LAST_DAY).toBe(true);
    const perYear = (year: string) =>
      one(`SELECT count(*) FROM sanctions WHERE announced_on LIKE '${year}-%'`) as number;
    expect(perYear('2022')).toBeGreaterThan(3 * perYear('2019'));
  });

  it('gives the same rows for the same seed, and different ones for another', () => {
    const small = { aid: 300, sanctions: 300 };
    const hashOf = (seed: number, name: string) =>
      contentHash(generateSynthetic({ ...small, seed, out: path.join(dir, name) }).file);
    const first = hashOf(1, 'b.db');
    expect(hashOf(1, 'c.db')).toBe(first);
    expect(hashOf(2, 'd.db')).not.toBe(first);
  });

  it('refuses to overwrite a file without force, and bad counts', () => {
    const out = path.join(dir, 'existing.db');
    writeFileSync(out, 'keep me');
    expect(() => generateSynthetic({ aid: 1, sanctions: 1, out })).toThrow(/already exists; pass --force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(() => generateSynthetic({ aid: -1, sanctions: 1, out: path.join(dir, 'neg.db') })).toThrow(
      SyntheticError,
    );
    expect(() => generateSynthetic({ aid: 1.5, sanctions: 1, out: path.join(dir, 'frac.db') })).toThrow(
      /whole number/,
    );
    expect(generateSynthetic({ aid: 10, sanctions: 10, out, force: true }).counts.aidPackages).toBe(10);
    expect(generateSynthetic({ aid: 0, sanctions: 10, out, force: true }).topDonor).toBeNull();
  });
});
