import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createPrivateFile } from './private-file';
import * as schema from './schema';
import { cacheStatements } from './statement-cache';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = './data/tracker.db';
export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

/** The file the app uses: `DATABASE_PATH`, else ./data/tracker.db. */
export function resolveDatabasePath(configured = process.env.DATABASE_PATH): string {
  // The path is the operator's choice at run time; keep the build from tracing it.
  return path.resolve(/*turbopackIgnore: true*/ configured?.trim() || DEFAULT_DATABASE_PATH);
}

const HINTS: Record<string, string> = {
  SQLITE_CANTOPEN: 'the path must name a file in a folder this process can write',
  SQLITE_READONLY: 'the file or its folder is read-only for this process',
  SQLITE_NOTADB: 'the file is not a SQLite database, or is corrupt',
  SQLITE_CORRUPT: 'the database file is corrupt',
  EACCES: 'permission denied',
};

export class DatabaseOpenError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const code = (cause as { code?: unknown } | null)?.code;
    const hint = typeof code === 'string' ? HINTS[code] : undefined;
    super(`Cannot open the database at ${file}: ${reason}${hint ? ` (${hint})` : ''}`, { cause });
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  migrationsFolder?: string;
  /**
   * Fills a file this open creates, and says whether it loaded anything: the startup path and
   * the scripts pass the reference data (db/seed/seed.ts). It runs in the transaction that
   * gives the file its identity, so a file never keeps an identity without its data.
   */
  whenNew?: (db: Db) => boolean;
}

export interface OpenResult {
  db: Db;
  /** True when the file was new and `whenNew` loaded data into it. */
  seeded: boolean;
}

/**
 * Opens (creating if absent) a database file and applies pending migrations; a new file gets
 * its identity, and whatever `whenNew` loads. Any failure becomes a DatabaseOpenError naming
 * the file.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenResult {
  let sqlite: Database.Database | undefined;
  try {
    if (existsSync(file) && statSync(file).isDirectory())
      throw new Error('the path is a directory, not a file');
    mkdirSync(path.dirname(file), { recursive: true });
    createPrivateFile(file);
    sqlite = new Database(file);
    const db = configure(sqlite);
    const applied = () => migrationsApplied(sqlite!);
    const before = applied();
    migrateWithForeignKeysChecked(sqlite, () =>
      migrate(db, { migrationsFolder: options.migrationsFolder ?? MIGRATIONS_FOLDER }),
    );
    // New indexes on a file that already has statistics get theirs too: without them the
    // planner may prefer a new partial index to a table scan, several times slower.
    // Sampled, as PRAGMA optimize does, so a large file is not read whole.
    if (
      before > 0 &&
      applied() > before &&
      sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`).get()
    ) {
      sqlite.pragma('analysis_limit = 1000');
      sqlite.exec('ANALYZE');
    }
    const seeded = initialise(db, options.whenNew);
    return { db, seeded };
  } catch (error) {
    sqlite?.close();
    throw new DatabaseOpenError(file, error);
  }
}

/**
 * Another connection to a file the app has opened (and migrated): the same pragmas and
 * schema, for a long write that must not hold up the app's own connection (db/import/apply.ts).
 */
export function connectDatabase(file: string): Db {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    return configure(sqlite);
  } catch (error) {
    sqlite.close();
    throw new DatabaseOpenError(file, error);
  }
}

/** The pragmas every connection runs with, and drizzle over it. */
function configure(sqlite: Database.Database): Db {
  cacheStatements(sqlite);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: never corrupts, may lose the last commits on power loss (not on a crash).
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return drizzle({ client: sqlite, schema });
}

/** How many migrations the file has had (0 for a new file). */
function migrationsApplied(sqlite: Database.Database): number {
  const table = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`)
    .get();
  return table ? (sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) : 0;
}

/** Gives a new file its identity and runs `whenNew` on it, in one transaction. */
function initialise(db: Db, whenNew: OpenOptions['whenNew']): boolean {
  return db.$client
    .transaction(() => {
      const created = db.$client
        .prepare(`INSERT OR IGNORE INTO app_meta (key, value) VALUES ('database_id', ?)`)
        .run(randomUUID()).changes;
      return created > 0 && whenNew !== undefined && whenNew(db);
    })
    .immediate();
}

/**
 * Runs the migrations with foreign keys off, then checks every one. A migration that rebuilds
 * a table others point at (SQLite cannot alter a CHECK in place) drops and renames it; with
 * foreign keys on, the drop would fail or cascade. The PRAGMA has no effect inside the
 * migrator's transaction, so it is set around it.
 */
function migrateWithForeignKeysChecked(sqlite: Database.Database, run: () => void): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    run();
    const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (broken.length > 0)
      throw new Error(
        `after migrating, ${broken.length} row(s) point at missing rows (first: ${broken[0]!.table} → ${broken[0]!.parent})`,
      );
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
