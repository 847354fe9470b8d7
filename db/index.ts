import 'server-only';
import { openDatabase, resolveDatabasePath, type Db, type OpenOptions } from './client';
import { setStoredRevisionReader } from './data-changes.mjs';

// The app's single connection, opened lazily so nothing touches the file at build time.
// Kept on globalThis so dev-mode module reloads reuse it instead of leaking handles.
const holder = globalThis as typeof globalThis & {
  __trackerDb?: { db: Db; databaseId: string; readRevision: () => number };
};

export function getDb(): Db {
  return connection().db;
}

/**
 * Opens the app's connection unless it is open, running `whenNew` on a file this creates: the
 * startup path (app/lib/startup.ts) opens it so, with the reference data, before any getDb().
 */
export function openAppDatabase(options: Pick<OpenOptions, 'whenNew'> = {}): Db {
  return connection(options).db;
}

/** Identity of the open file; part of every cache key so two files' figures never mix. */
export function getDatabaseId(): string {
  return connection().databaseId;
}

/**
 * The open file's identity and how many writes it has committed (by any process): a cache
 * key that changes with the data, so a process never reads back figures another process's
 * write has made stale.
 */
export function getDataVersion(): { databaseId: string; revision: number } {
  const { databaseId, readRevision } = connection();
  return { databaseId, revision: readRevision() };
}

function connection(options: Pick<OpenOptions, 'whenNew'> = {}) {
  if (!holder.__trackerDb) {
    const { db } = openDatabase(resolveDatabasePath(), options);
    const row = db.$client.prepare(`SELECT value FROM app_meta WHERE key = 'database_id'`).get() as
      { value: string } | undefined;
    const revision = db.$client.prepare(`SELECT value FROM app_meta WHERE key = 'data_revision'`).pluck();
    const readRevision = () => Number(revision.get() ?? 0);
    holder.__trackerDb = { db, databaseId: row?.value ?? 'unknown', readRevision };
    setStoredRevisionReader(readRevision);
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
  setStoredRevisionReader(undefined);
  if (!client?.open) return;
  try {
    client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    client.close();
  }
}
