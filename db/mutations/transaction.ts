import 'server-only';
import type { Db } from '../client';
import { getDb } from '../index';

/**
 * Runs a write as one IMMEDIATE transaction: it takes the write lock at the start, so two
 * writers queue instead of failing half-way with SQLITE_BUSY on upgrade.
 */
export function writeTransaction<T>(fn: (db: Db) => T): T {
  const db = getDb();
  return db.$client.transaction(() => fn(db)).immediate();
}
