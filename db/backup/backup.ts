import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createPrivateFile } from '../private-file';
import { installFile, temporaryBeside } from './files';
import { checkTrackerFile, countRows, RefusedFileError, type RowCounts } from './verify';

export interface BackupResult {
  databaseId: string;
  counts: RowCounts;
  bytes: number;
}

/**
 * Copies the database at `source` into a new file `target` while the app keeps serving,
 * then verifies the copy. The copy is taken with SQLite's backup API inside one read
 * transaction of its own connection: in WAL mode the app's writes go on meanwhile, and the
 * copy, like the row counts read in the same transaction, is exactly the database as it
 * was when that transaction began.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  if (existsSync(target))
    throw new RefusedFileError(
      target,
      'the file exists; choose a new name (a backup never overwrites a file).',
    );
  if (!existsSync(source)) throw new RefusedFileError(source, 'there is no database there.');
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = temporaryBeside(target, 'partial');
  try {
    // The copy holds password and session records: created private, it keeps that mode.
    createPrivateFile(temporary.path);
    const counts = await copyConsistently(source, temporary.path);
    // The integrity check runs on the copy only: a fault in the source would be in it too.
    const verified = checkTrackerFile(temporary.path);
    if (!isDeepStrictEqual(verified.counts, counts)) {
      throw new Error(
        `the copy's row counts differ from the database's: ${JSON.stringify({ copy: verified.counts, source: counts })}`,
      );
    }
    const bytes = installFile(temporary.path, target, { replace: false });
    return { databaseId: verified.databaseId, counts, bytes };
  } finally {
    temporary.discard();
  }
}

/**
 * Copies the database at `source` into the empty file `file` with SQLite's backup API,
 * inside one read transaction, and returns the row counts read in the same transaction.
 * The copy is one self-contained file: no -wal beside it, readable on read-only media.
 * Each step of the copy gives the event loop back; nothing here verifies the copy.
 */
export async function copyConsistently(source: string, file: string): Promise<RowCounts> {
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    db.exec('BEGIN');
    const counts = countRows(db);
    await db.backup(file);
    db.exec('COMMIT');
    const copy = new Database(file);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    return counts;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
}
