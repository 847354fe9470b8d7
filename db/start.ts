import 'server-only';
import { resolveDatabasePath } from './client';
import { getDatabaseId, getDb } from './index';

/** Opens the app's database at start-up; on failure prints why and exits the process. */
export function startDatabase(): void {
  const file = resolveDatabasePath();
  try {
    getDb();
    console.log(`Database ready: ${file} (id ${getDatabaseId()})`);
  } catch (error) {
    console.error(`\nStart-up stopped. ${error instanceof Error ? error.message : String(error)}\n`);
    console.error('Set DATABASE_PATH to a writable SQLite file, or move the bad file aside to start afresh.');
    process.exit(1);
  }
}
