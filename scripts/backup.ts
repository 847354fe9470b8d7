// `npm run backup -- FILE`: an online, verified copy of the database (DATABASE_PATH, else
// ./data/tracker.db) into a new FILE, while the app keeps serving. See docs/reliability.md.
import path from 'node:path';
import { backupDatabase } from '../db/backup/backup';
import { printCounts, runCli } from '../db/backup/cli';
import { resolveDatabasePath } from '../db/client';

runCli('backup', async (file) => {
  const source = resolveDatabasePath();
  const started = performance.now();
  const result = await backupDatabase(source, path.resolve(file));
  console.log(
    `Backed up ${source} to ${path.resolve(file)} (${result.bytes.toLocaleString('en-US')} bytes, ${Math.round(performance.now() - started)} ms).`,
  );
  console.log(
    'Verified: integrity_check ok; rows per table equal to the database at the moment of the copy:',
  );
  printCounts(result.counts);
});
