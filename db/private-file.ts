import { closeSync, openSync } from 'node:fs';

/**
 * Creates `file` empty, readable and writable by this user only, unless it exists (left as
 * it is). A database holds password, session and sign-in records, so no one else on the
 * machine may read it; SQLite gives a database's -wal, -shm and -journal files the mode of
 * the database file, so they follow.
 */
export function createPrivateFile(file: string): void {
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
