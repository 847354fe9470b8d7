import type Database from 'better-sqlite3';
import { SEARCH_INDEXES, searchKeySql, type SearchableTable } from '../queries/list/text-search';
import { CUBES, type Cube } from './cubes';
import { fillSql, mergeSql } from './ddl';

// Many rows inserted at once (an import of thousands) without the per-row triggers that
// keep the rollups and the word index: each aid row fires sixteen upserts and an index
// insert, 0.6 ms a row (measured: 5,000 rows in 3.1 s with them, 0.17 s without). The
// insert triggers are dropped inside the caller's transaction, the rows written, then
// the rollups and the index catch up on the new ids in one grouped pass each, and the
// triggers come back as they were. A failure rolls all of it back with the transaction.

/** The page cache while a bulk insert runs, in KiB (as a negative cache_size): 256 MB at most. */
const BULK_CACHE_KIB = -262_144;

/** Below this many rows the triggers cost less than the catch-up's passes. */
export const BULK_ROWS = 2_000;

/**
 * Runs `insertRows` (inside a transaction) with the table's insert triggers replaced by one
 * catch-up. It may give way to the event loop: on a connection of its own (the import's),
 * no other connection sees the dropped triggers before the commit.
 */
export async function insertInBulk<T>(
  client: Database.Database,
  table: SearchableTable,
  insertRows: () => T | Promise<T>,
): Promise<T> {
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
  // The pages such a transaction changes (its rows, their indexes, citations, audit
  // entries: about 1.5 kB a row) are kept in memory until it commits; with the default
  // 2 MB cache SQLite writes them out and reads them back over and over.
  const cacheSize = client.pragma('cache_size', { simple: true }) as number;
  client.pragma(`cache_size = ${BULK_CACHE_KIB}`);
  try {
    const result = await insertRows();
    catchUp(client, table, cubes, after);
    client
      .prepare(
        `INSERT INTO ${SEARCH_INDEXES[table]} (rowid, title, description)
         SELECT ${searchKeySql('s')}, title, description FROM ${table} s WHERE s.id > ? AND s.retired_at IS NULL`,
      )
      .run(after);
    for (const trigger of saved) client.exec(trigger.sql);
    return result;
  } finally {
    client.pragma(`cache_size = ${cacheSize}`);
  }
}

/**
 * The new rows' share of each cube, filled the way an empty cube is (fillSql: day cells
 * from the rows, then each coarser grain from the finer) into scratch copies, then added
 * cell by cell: a grouped pass over the new rows once, not once per grain and role.
 */
function catchUp(client: Database.Database, table: SearchableTable, cubes: Cube[], after: number): void {
  const scratch = (name: string) => `bulk_${name}`;
  client.exec(`DROP TABLE IF EXISTS temp.${scratch(table)}`);
  client.prepare(`CREATE TEMP TABLE ${scratch(table)} AS SELECT * FROM ${table} WHERE id > ?`).run(after);
  try {
    for (const cube of cubes) {
      client.exec(`DROP TABLE IF EXISTS temp.${scratch(cube.table)}`);
      client.exec(`CREATE TEMP TABLE ${scratch(cube.table)} AS SELECT * FROM \`${cube.table}\` WHERE false`);
      const copy = {
        ...cube,
        table: scratch(cube.table),
        source: scratch(table) as Cube['source'],
        derivedFrom: cube.derivedFrom && scratch(cube.derivedFrom),
      };
      for (const statement of fillSql(copy)) client.exec(statement);
    }
    for (const cube of cubes) client.exec(mergeSql(cube, scratch(cube.table)));
  } finally {
    for (const name of [table, ...cubes.map((c) => c.table)])
      client.exec(`DROP TABLE IF EXISTS temp.${scratch(name)}`);
  }
}
