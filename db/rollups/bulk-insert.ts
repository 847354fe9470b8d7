import type Database from 'better-sqlite3';
import { SEARCH_INDEXES, searchKeySql, type SearchableTable } from '../queries/list/text-search';
import { CUBES } from './cubes';
import { catchUpSql } from './ddl';

// Many rows inserted at once (an import of thousands) without the per-row triggers that
// keep the rollups and the word index: each aid row fires sixteen upserts and an index
// insert, 0.6 ms a row (measured: 5,000 rows in 3.1 s with them, 0.17 s without). The
// insert triggers are dropped inside the caller's transaction, the rows written, then
// the rollups and the index catch up on the new ids in one grouped pass each, and the
// triggers come back as they were. A failure rolls all of it back with the transaction.

/** Below this many rows the triggers cost less than the catch-up's passes. */
export const BULK_ROWS = 2_000;

/** Runs `insertRows` (inside a transaction) with the table's insert triggers replaced by one catch-up. */
export function insertInBulk<T>(client: Database.Database, table: SearchableTable, insertRows: () => T): T {
  if (!client.inTransaction) throw new Error('insertInBulk runs inside the caller’s transaction');
  const after = client.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  const cubes = CUBES.filter((c) => c.source === table);
  const names = [...cubes.map((c) => `${c.table}_insert`), `${SEARCH_INDEXES[table]}_insert`];
  const saved = client
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${names.map(() => '?').join(', ')})`,
    )
    .all(...names) as { name: string; sql: string }[];
  if (saved.length !== names.length)
    throw new Error(`Missing insert triggers on ${table}: expected ${names.join(', ')}`);
  for (const trigger of saved) client.exec(`DROP TRIGGER "${trigger.name}"`);
  const result = insertRows();
  for (const cube of cubes) client.prepare(catchUpSql(cube)).run(after);
  client
    .prepare(
      `INSERT INTO ${SEARCH_INDEXES[table]} (rowid, title, description)
       SELECT ${searchKeySql('s')}, title, description FROM ${table} s WHERE s.id > ? AND s.retired_at IS NULL`,
    )
    .run(after);
  for (const trigger of saved) client.exec(trigger.sql);
  return result;
}
