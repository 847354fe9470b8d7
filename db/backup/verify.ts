import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER } from '../client';

// What makes a file fit to be the tracker's database: a readable SQLite file, intact,
// holding a tracker's identity, and migrated no further than this version of the app knows.

/** A file `npm run backup` or `npm run restore` will not use, and why. */
export class RefusedFileError extends Error {
  constructor(file: string, reason: string) {
    super(`Refused ${file}: ${reason}`);
    this.name = 'RefusedFileError';
  }
}

export type RowCounts = Record<string, number>;

export interface TrackerFile {
  databaseId: string;
  /** Rows per table (SQLite's own tables aside). */
  counts: RowCounts;
}

/**
 * Rows per table, read in whatever transaction `db` is in (a consistent snapshot inside one).
 * Virtual tables are left out: the word indexes' rows are in their own shadow tables, and
 * their word lists and the word folder (search_words) hold no rows of their own.
 */
export function countRows(db: Database.Database): RowCounts {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number,
    ]),
  );
}

/** Opens `file` read-only and checks it; throws RefusedFileError with the reason otherwise. */
export function checkTrackerFile(file: string): TrackerFile {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('schema_version'); // forces a read: a non-SQLite file fails here
  } catch (error) {
    throw new RefusedFileError(
      file,
      `it cannot be opened as an SQLite database (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  try {
    return inspect(db, file);
  } catch (error) {
    if (error instanceof RefusedFileError) throw error;
    throw new RefusedFileError(
      file,
      `it cannot be read (${error instanceof Error ? error.message : String(error)}); it is probably corrupt.`,
    );
  } finally {
    db.close();
  }
}

function inspect(db: Database.Database, file: string): TrackerFile {
  const problems = db.pragma('integrity_check') as { integrity_check: string }[];
  if (problems[0]?.integrity_check !== 'ok') {
    throw new RefusedFileError(
      file,
      `the integrity check failed: ${problems
        .slice(0, 5)
        .map((p) => p.integrity_check)
        .join('; ')}`,
    );
  }
  const has = (table: string) =>
    db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table) !== undefined;
  const databaseId = has('app_meta')
    ? (db.prepare(`SELECT value FROM app_meta WHERE key = 'database_id'`).pluck().get() as string | undefined)
    : undefined;
  if (!databaseId || !has('__drizzle_migrations'))
    throw new RefusedFileError(file, 'it is not a Sanctions & Aid Tracker database.');
  checkMigrations(db, file);
  return { databaseId, counts: countRows(db) };
}

/** Every migration applied to the file must be one this app ships (drizzle/). */
function checkMigrations(db: Database.Database, file: string): void {
  const known = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  const knownAt = new Set(known.map((m) => Number(m.folderMillis)));
  const latest = Math.max(...knownAt);
  const applied = (
    db.prepare('SELECT created_at FROM __drizzle_migrations').pluck().all() as (number | string)[]
  ).map(Number);
  if (applied.some((at) => at > latest)) {
    throw new RefusedFileError(
      file,
      'its schema is newer than this version of the app (a migration it lacks); update the app first.',
    );
  }
  if (applied.some((at) => !knownAt.has(at))) {
    throw new RefusedFileError(file, 'its migration history differs from this version of the app.');
  }
}
