// `npm run db:seed` loads the reference data into a new database file;
// `npm run db:seed -- --reset` deletes the file first and starts afresh (stop the app before).
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DatabaseOpenError, openDatabase, resolveDatabasePath } from '../client';
import { seedNewDatabase } from './seed';

const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false } } });
const file = resolveDatabasePath();

try {
  if (values.reset && existsSync(file)) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    console.log(`Deleted ${file}`);
  }
  const { db, seeded } = openDatabase(file, { whenNew: seedNewDatabase });
  const count = (table: string) => db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  const summary = ['parties', 'aid_packages', 'sanctions', 'events', 'sources', 'citations']
    .map((t) => `${count(t)} ${t}`)
    .join(', ');
  db.$client.close();
  if (seeded) console.log(`Loaded the reference data into ${file}: ${summary}.`);
  else console.log(`${file} already holds data (${summary}); left as it is. Use --reset to start afresh.`);
} catch (error) {
  console.error(error instanceof DatabaseOpenError ? error.message : error);
  process.exit(1);
}
