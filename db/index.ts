import 'server-only';
import { openDatabase, resolveDatabasePath, type Db } from './client';

// The app's single connection, opened lazily so nothing touches the file at build time.
// Kept on globalThis so dev-mode module reloads reuse it instead of leaking handles.
const holder = globalThis as typeof globalThis & { __trackerDb?: { db: Db; databaseId: string } };

export function getDb(): Db {
  return connection().db;
}

/** Identity of the open file; part of every cache key so two files' figures never mix. */
export function getDatabaseId(): string {
  return connection().databaseId;
}

function connection() {
  if (!holder.__trackerDb) {
    const { db } = openDatabase(resolveDatabasePath());
    const row = db.$client.prepare(`SELECT value FROM app_meta WHERE key = 'database_id'`).get() as
      { value: string } | undefined;
    holder.__trackerDb = { db, databaseId: row?.value ?? 'unknown' };
  }
  return holder.__trackerDb;
}

/**
 * Closes the connection (shutdown, tests); the next getDb() opens it again. The WAL is
 * folded into the main file first, so the file left on disk is complete by itself.
 */
export function closeDb(): void {
  const client = holder.__trackerDb?.db.$client;
  holder.__trackerDb = undefined;
  if (!client?.open) return;
  try {
    client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    client.close();
  }
}
