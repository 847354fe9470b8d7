import 'server-only';
import type { Db } from '../client';
import { announceDataChange } from '../data-changes.mjs';
import { getDb } from '../index';

/**
 * Runs a write as one IMMEDIATE transaction: it takes the write lock at the start, so two
 * writers queue instead of failing half-way with SQLITE_BUSY on upgrade. Once it has
 * committed, the page cache hears of it (a write that throws rolls back and says nothing).
 */
export function writeTransaction<T>(fn: (db: Db) => T): T {
  const db = getDb();
  const result = db.$client.transaction(() => fn(db)).immediate();
  announceDataChange();
  return result;
}
