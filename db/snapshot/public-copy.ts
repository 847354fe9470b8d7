import Database from 'better-sqlite3';
import { backupDatabase } from '../backup/backup';

// The public snapshot is a backup (db/backup: SQLite's online backup API, one read
// transaction, never the live file) with everything private taken out. It stays a whole
// tracker database, schema and all, so `DATABASE_PATH=<snapshot> npm start` serves it.

/** Tables about editors and their sign-ins: emptied. */
export const PRIVATE_TABLES = ['sessions', 'login_attempts', 'users'] as const;

/** Columns naming an editor or something only editors saw: blanked. */
export const PRIVATE_COLUMNS = {
  audit_log: { user_id: null },
  // The uploaded file's name is whatever the editor's own computer called it.
  import_batches: { user_id: null, file_name: '' },
} as const;

export interface PublicCopy {
  databaseId: string;
  /** The data revision the copy holds (app_meta), read from the copy itself. */
  revision: number;
}

/** Writes a new file `target` holding the public part of the database at `source`. */
export async function writePublicCopy(source: string, target: string): Promise<PublicCopy> {
  const { databaseId } = await backupDatabase(source, target);
  const db = new Database(target);
  try {
    // Deleted rows would otherwise stay readable in free pages until overwritten.
    db.pragma('secure_delete = ON');
    db.transaction(() => scrub(db))();
    db.exec('VACUUM');
    const revision = Number(
      db.prepare(`SELECT value FROM app_meta WHERE key = 'data_revision'`).pluck().get() ?? 0,
    );
    return { databaseId, revision };
  } finally {
    db.close();
  }
}

function scrub(db: Database.Database): void {
  // The audit log is append-only by trigger; the copy's own triggers are lifted for the
  // blanking and put back as they were.
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'`)
    .all() as { name: string; sql: string }[];
  for (const { name } of triggers) db.exec(`DROP TRIGGER "${name}"`);
  for (const [table, columns] of Object.entries(PRIVATE_COLUMNS)) {
    const names = Object.keys(columns);
    db.prepare(`UPDATE "${table}" SET ${names.map((c) => `"${c}" = ?`).join(', ')}`).run(
      ...Object.values(columns),
    );
  }
  for (const table of PRIVATE_TABLES) db.exec(`DELETE FROM "${table}"`);
  // The autoincrement counters would still tell how many editors and sign-ins there were.
  db.prepare(`DELETE FROM sqlite_sequence WHERE name IN (${PRIVATE_TABLES.map(() => '?').join(', ')})`).run(
    ...PRIVATE_TABLES,
  );
  for (const { sql } of triggers) db.exec(sql);
}
