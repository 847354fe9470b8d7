import { type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../client';

const dialect = new SQLiteSyncDialect();

/**
 * A query's rows as arrays of values in the order selected: for downloads, which read
 * millions of rows, an array costs a fraction of a row object to build and collect.
 */
export function rawRows(db: Db, query: SQL): unknown[][] {
  const { sql, params } = dialect.sqlToQuery(query);
  return db.$client
    .prepare(sql)
    .raw(true)
    .all(...params) as unknown[][];
}
