import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { parties } from './schema';
import { cacheStatements } from './statement-cache';
import { createTempDatabase, type TempDatabase } from './testing/temp-database';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function temp(): TempDatabase {
  const t = createTempDatabase();
  cleanups.push(t.dispose);
  return t;
}

function memory(size?: number): Database.Database {
  const sqlite = new Database(':memory:');
  cleanups.push(() => sqlite.close());
  cacheStatements(sqlite, size);
  sqlite.exec(
    `CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c')`,
  );
  return sqlite;
}

describe('cacheStatements', () => {
  it('compiles a statement once for the app connection', () => {
    const { db } = temp();
    const text = 'SELECT count(*) AS n FROM parties';
    expect(db.$client.prepare(text)).toBe(db.$client.prepare(text));
  });

  it('gives rows, not plucked values, to the next caller of a statement someone plucked', () => {
    const sqlite = memory();
    expect(sqlite.prepare('SELECT id, name FROM t ORDER BY id').pluck().all()).toEqual([1, 2, 3]);
    expect(sqlite.prepare('SELECT id, name FROM t ORDER BY id').get()).toEqual({ id: 1, name: 'a' });
    sqlite.prepare('SELECT id, name FROM t ORDER BY id').raw().get();
    expect(sqlite.prepare('SELECT id, name FROM t ORDER BY id').get()).toEqual({ id: 1, name: 'a' });
  });

  it('keeps drizzle answers right when the same SQL is asked for columns and for rows', () => {
    const { db } = temp();
    // The query builder reads raw arrays and maps them; sql`` reads row objects.
    const built = db
      .select({ slug: parties.slug })
      .from(parties)
      .where(sql`slug = 'ukraine'`)
      .all();
    const text = db
      .select({ slug: parties.slug })
      .from(parties)
      .where(sql`slug = 'ukraine'`)
      .toSQL().sql;
    expect(built).toEqual([{ slug: 'ukraine' }]);
    expect(db.$client.prepare(text).all()).toEqual([{ slug: 'ukraine' }]);
    expect(
      db
        .select({ slug: parties.slug })
        .from(parties)
        .where(sql`slug = 'ukraine'`)
        .all(),
    ).toEqual([{ slug: 'ukraine' }]);
  });

  it('prepares a fresh statement while the cached one is still being iterated', () => {
    const sqlite = memory();
    const pairs: string[] = [];
    for (const row of sqlite.prepare('SELECT name FROM t ORDER BY id').iterate() as Iterable<{
      name: string;
    }>) {
      pairs.push(
        `${row.name}:${(sqlite.prepare('SELECT name FROM t ORDER BY id').all() as unknown[]).length}`,
      );
    }
    expect(pairs).toEqual(['a:3', 'b:3', 'c:3']);
  });

  it('drops the least recently used statement past its size', () => {
    const sqlite = memory(2);
    const first = sqlite.prepare('SELECT 1');
    sqlite.prepare('SELECT 2');
    expect(sqlite.prepare('SELECT 1')).toBe(first);
    sqlite.prepare('SELECT 3'); // evicts SELECT 2, the least recently used
    expect(sqlite.prepare('SELECT 1')).toBe(first);
    const second = sqlite.prepare('SELECT 2');
    expect(sqlite.prepare('SELECT 2')).toBe(second);
    sqlite.prepare('SELECT 3');
    expect(sqlite.prepare('SELECT 1')).not.toBe(first);
  });

  it('sees a column added after the statement was compiled', () => {
    const sqlite = memory();
    expect(sqlite.prepare('SELECT * FROM t WHERE id = 1').get()).toEqual({ id: 1, name: 'a' });
    sqlite.exec(`ALTER TABLE t ADD COLUMN note TEXT DEFAULT 'n'`);
    expect(sqlite.prepare('SELECT * FROM t WHERE id = 1').get()).toEqual({ id: 1, name: 'a', note: 'n' });
  });
});
