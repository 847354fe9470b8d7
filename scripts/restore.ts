// `npm run restore -- FILE`: puts a backup in place of the database (DATABASE_PATH, else
// ./data/tracker.db). Stop the app first. See docs/reliability.md.
import path from 'node:path';
import { printCounts, runCli } from '../db/backup/cli';
import { restoreDatabase } from '../db/backup/restore';
import { resolveDatabasePath } from '../db/client';

runCli('restore', async (file) => {
  const target = resolveDatabasePath();
  const result = await restoreDatabase(path.resolve(file), target);
  console.log(`Restored ${path.resolve(file)} to ${target} (new database id ${result.databaseId}).`);
  if (result.keptAs) console.log(`The database it replaced is kept as ${result.keptAs}.`);
  console.log('Verified: integrity_check ok; rows per table:');
  printCounts(result.counts);
});
