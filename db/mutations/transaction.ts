import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { announceDataChange } from '../data-changes.mjs';
import { getDb } from '../index';
import { appMeta } from '../schema';

/**
 * Runs a write as one IMMEDIATE transaction: it takes the write lock at the start, so two
 * writers queue instead of failing half-way with SQLITE_BUSY on upgrade. The same
 * transaction bumps the revision the file holds, which every process on it compares its
 * caches with. Once it has committed, this process's page cache hears of it at once (a
 * write that throws rolls back and says nothing).
 */
export function writeTransaction<T>(fn: (db: Db) => T): T {
  const db = getDb();
  const result = db.$client
    .transaction(() => {
      const value = fn(db);
      db.update(appMeta)
        .set({ value: sql`CAST(${appMeta.value} AS INTEGER) + 1` })
        .where(eq(appMeta.key, 'data_revision'))
        .run();
      return value;
    })
    .immediate();
  announceDataChange();
  return result;
}
