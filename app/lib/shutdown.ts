import 'server-only';
import { closeDb } from '@/db/index';

// `next start` handles SIGTERM and SIGINT itself (next/dist/server/lib/start-server.js):
// it stops accepting connections, lets the requests in flight finish, then calls
// process.exit(128 + signal). The database is synchronous, so the process's 'exit' event,
// which comes after the last request, is where it is checkpointed and closed: no second
// signal handler racing Next's. A stop that got this far is a clean one, so it exits 0
// rather than 143/130, which process managers such as systemd count as a failure.
const GRACEFUL_STOP = new Set([128 + 2, 128 + 15]);

const flag = globalThis as typeof globalThis & { __trackerCloseOnExit?: boolean };

export function closeDatabaseOnExit(): void {
  if (flag.__trackerCloseOnExit) return;
  flag.__trackerCloseOnExit = true;
  process.once('exit', (code) => {
    try {
      closeDb();
      if (GRACEFUL_STOP.has(code)) {
        console.log('Stopped: requests finished, database checkpointed and closed.');
        process.exitCode = 0;
      }
    } catch (error) {
      console.error(`Closing the database failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  });
}
