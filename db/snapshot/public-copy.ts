import Database from 'better-sqlite3';
import { copyConsistently } from '../backup/backup';
import { createPrivateFile } from '../private-file';
import { execApart } from './apart';

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
  // Private until the private rows are out of it.
  createPrivateFile(target);
  await copyConsistently(source, target);
  // The scrub, VACUUM (which rewrites the whole file) and the check run off the main thread.
  await execApart(target, scrubScript(target));
  const db = new Database(target, { readonly: true });
  try {
    const meta = (key: string) =>
      db.prepare(`SELECT value FROM app_meta WHERE key = ?`).pluck().get(key) as string | undefined;
    return { databaseId: meta('database_id') ?? 'unknown', revision: Number(meta('data_revision') ?? 0) };
  } finally {
    db.close();
  }
}

const name = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const literal = (value: string | null) => (value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`);

/** The SQL that takes the private data out of the copy at `file`, then compacts it. */
function scrubScript(file: string): string {
  const db = new Database(file, { readonly: true });
  // The audit log is append-only by trigger; the copy's own triggers are lifted for the
  // blanking and put back as they were.
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'`)
    .all() as { name: string; sql: string }[];
  db.close();
  return [
    // Deleted rows would otherwise stay readable in free pages until overwritten.
    'PRAGMA secure_delete = ON',
    'BEGIN',
    ...triggers.map((t) => `DROP TRIGGER ${name(t.name)}`),
    ...Object.entries(PRIVATE_COLUMNS).map(
      ([table, columns]) =>
        `UPDATE ${name(table)} SET ${Object.entries(columns)
          .map(([column, value]) => `${name(column)} = ${literal(value)}`)
          .join(', ')}`,
    ),
    ...PRIVATE_TABLES.map((table) => `DELETE FROM ${name(table)}`),
    // The autoincrement counters would still tell how many editors and sign-ins there were.
    `DELETE FROM sqlite_sequence WHERE name IN (${PRIVATE_TABLES.map(literal).join(', ')})`,
    ...triggers.map((t) => t.sql),
    'COMMIT',
    'VACUUM',
  ].join(';\n');
}
