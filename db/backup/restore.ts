import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createPrivateFile } from '../private-file';
import { installFile, temporaryBeside } from './files';
import { checkTrackerFile, RefusedFileError, type RowCounts } from './verify';

export interface RestoreResult {
  /** The restored file's new identity (see below). */
  databaseId: string;
  counts: RowCounts;
  /** Where the database it replaced was kept, if there was one. */
  keptAs: string | null;
}

/**
 * Puts the backup `candidate` in place of the database `target`, with the app stopped.
 * Nothing changes unless the candidate passes every check; the file it replaces is kept
 * beside it (`<target>.replaced-<time>`); the new file appears in one rename.
 */
export async function restoreDatabase(candidate: string, target: string): Promise<RestoreResult> {
  if (path.resolve(candidate) === path.resolve(target))
    throw new RefusedFileError(candidate, 'it is the database itself.');
  const checked = checkTrackerFile(candidate);
  if (existsSync(target)) settle(target);
  mkdirSync(path.dirname(target), { recursive: true });

  const temporary = temporaryBeside(target, 'restoring');
  try {
    const source = new Database(candidate, { readonly: true, fileMustExist: true });
    try {
      createPrivateFile(temporary.path);
      await source.backup(temporary.path);
    } finally {
      source.close();
    }
    const copy = new Database(temporary.path);
    // The restored state is not the one the app last cached figures for under the old
    // identity (cache keys include it): a new identity keeps those figures from showing.
    const databaseId = randomUUID();
    copy.prepare(`UPDATE app_meta SET value = ? WHERE key = 'database_id'`).run(databaseId);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    const verified = checkTrackerFile(temporary.path);
    if (!isDeepStrictEqual(verified.counts, checked.counts))
      throw new Error(`the copy of ${candidate} differs from it; nothing was changed.`);

    const keptAs = existsSync(target) ? keepAside(target) : null;
    // A -wal or -shm left without its file would be replayed onto the new one.
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
    installFile(temporary.path, target, { replace: true });
    return { databaseId, counts: verified.counts, keptAs };
  } finally {
    temporary.discard();
  }
}

/**
 * Refuses while any process (the app) has the target open, else folds its WAL into it. In
 * WAL mode every open connection holds a shared lock on the file, so an exclusive lock is
 * only granted when no one else has it open.
 */
function settle(target: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(target, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new RefusedFileError(target, 'the database is in use; stop the app first, then restore.');
    }
    // A file SQLite cannot read is no database the app could be running on: it is replaced,
    // and kept aside like any other.
  } finally {
    db?.close();
  }
}

/** Keeps the current database (and its WAL, if one is left) under a dated name. */
function keepAside(target: string): string {
  const keptAs = `${target}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  linkSync(target, keptAs);
  if (existsSync(`${target}-wal`)) renameSync(`${target}-wal`, `${keptAs}-wal`);
  return keptAs;
}
