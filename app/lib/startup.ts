import 'server-only';
import { DatabaseOpenError, resolveDatabasePath } from '@/db/client';
import { getDatabaseId, openAppDatabase } from '@/db/index';
import { nameFromEmail, upsertUser, userExists } from '@/db/mutations/users';
import { seedNewDatabase } from '@/db/seed/seed';
import { hashPassword } from './auth/password';
import { env } from './env';
import { closeDatabaseOnExit } from './shutdown';

/**
 * Start-up, before the first request: open (create, migrate) the database, load the reference
 * data into a new one and create the first editor from ADMIN_EMAIL/ADMIN_PASSWORD when
 * absent. Any failure prints why and exits, rather than leaving a server that fails every page. On a stop (SIGTERM, SIGINT) the
 * database is checkpointed and closed once the last request has finished (./shutdown.ts).
 */
export async function startApp(): Promise<void> {
  const file = resolveDatabasePath();
  try {
    const config = env();
    const db = openAppDatabase({ whenNew: seedNewDatabase });
    closeDatabaseOnExit();
    console.log(`Database ready: ${file} (id ${getDatabaseId()})`);
    if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD && !userExists(db, config.ADMIN_EMAIL)) {
      upsertUser(
        db,
        config.ADMIN_EMAIL,
        nameFromEmail(config.ADMIN_EMAIL),
        await hashPassword(config.ADMIN_PASSWORD),
      );
      console.log(`Editor account created for ${config.ADMIN_EMAIL.toLowerCase()}.`);
    }
  } catch (error) {
    console.error(`\nStart-up stopped. ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof DatabaseOpenError) {
      console.error(
        'Set DATABASE_PATH to a writable SQLite file, or move the bad file aside to start afresh.',
      );
    }
    process.exit(1);
  }
}
