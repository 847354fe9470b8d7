import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { connectDatabase, type Db } from '../client';
import { announceDataChange } from '../data-changes.mjs';
import { getDb } from '../index';
import { appMeta } from '../schema';
import { DatabaseBusyError, ImportWritingError } from './errors';

/** The long write under way in this process, settled when it ends. */
// On globalThis: Next's server bundles may each load this module, in one process.
const longWrite = ((globalThis as Record<symbol, unknown>)[Symbol.for('tracker.long-write')] ??= {}) as {
  current?: Promise<void>;
};

/**
 * Runs a write as one IMMEDIATE transaction: it takes the write lock at the start, so two
 * writers queue instead of failing half-way with SQLITE_BUSY on upgrade. The same
 * transaction bumps the revision the file holds, which every process on it compares its
 * caches with. Once it has committed, this process's page cache hears of it at once (a
 * write that throws rolls back and says nothing).
 *
 * Refused at once while this process writes an import apart (writeTransactionApart): the
 * lock is held there across turns of the event loop, and waiting for it here would stop
 * the process, import included, until the busy timeout.
 */
export function writeTransaction<T>(fn: (db: Db) => T): T {
  if (longWrite.current) throw new ImportWritingError();
  const db = getDb();
  let result: T;
  try {
    result = db.$client
      .transaction(() => {
        const value = fn(db);
        bumpRevision(db);
        return value;
      })
      .immediate();
  } catch (error) {
    throw busy(error) ? new DatabaseBusyError() : error;
  }
  announceDataChange();
  return result;
}

/**
 * A long write (an import) as one IMMEDIATE transaction on a connection of its own, which
 * `fn` may leave between steps (`await`) so the process keeps serving: readers on the app's
 * connection see the data as last committed (WAL) until this commits, revision bump
 * included. One at a time per process; meanwhile writeTransaction refuses. On any error,
 * or a process killed half-way, nothing of it is kept.
 */
export async function writeTransactionApart<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  if (longWrite.current) throw new ImportWritingError();
  let finished!: () => void;
  longWrite.current = new Promise((resolve) => (finished = resolve));
  let db: Db | undefined;
  let result: T;
  try {
    // The file the app's connection has open (and migrated), whatever named it.
    db = connectDatabase(getDb().$client.name);
    db.$client.exec('BEGIN IMMEDIATE');
    result = await fn(db);
    bumpRevision(db);
    db.$client.exec('COMMIT');
  } catch (error) {
    if (db?.$client.inTransaction) db.$client.exec('ROLLBACK');
    throw busy(error) ? new DatabaseBusyError() : error;
  } finally {
    db?.$client.close();
    longWrite.current = undefined;
    finished();
  }
  announceDataChange();
  return result;
}

/** Resolves once no long write holds this process's lock: for the few writes that wait. */
export async function longWriteDone(): Promise<void> {
  while (longWrite.current) await longWrite.current;
}

function bumpRevision(db: Db): void {
  db.update(appMeta)
    .set({ value: sql`CAST(${appMeta.value} AS INTEGER) + 1` })
    .where(eq(appMeta.key, 'data_revision'))
    .run();
}

const busy = (error: unknown) => (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
