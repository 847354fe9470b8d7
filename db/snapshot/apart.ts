import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';

// Runs SQL on a file other than the app's database on a thread of its own, then checks the
// file (quick_check). better-sqlite3
// is synchronous: a VACUUM of a 250 MB copy held the process's only thread for 6.6 s, every
// request waiting (decision 012). The thread's code is inline, as in
// app/lib/auth/background-scrypt.ts, so no bundler has to find a worker file; it loads
// better-sqlite3 from the app's folder (the working directory), and where it cannot start
// the SQL runs here, as before.

const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file);
try {
  db.exec(workerData.sql);
  parentPort.postMessage(db.pragma('quick_check', { simple: true }));
} finally {
  db.close();
}
`;

/**
 * Runs `sql` (several statements) on `file`, off the main thread where it can; fails if
 * SQLite then finds the file damaged.
 */
export function execApart(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(THREAD, { eval: true, workerData: { file, sql } });
    } catch {
      resolve(execHere(file, sql));
      return;
    }
    let done = false;
    worker.once('message', (check: unknown) => {
      done = true;
      if (check === 'ok') resolve();
      else reject(new Error(`${file} failed its check after the SQL: ${String(check)}`));
    });
    worker.once('error', (error) => {
      // A thread that could not load the driver has not touched the file.
      if (String(error.message).includes("Cannot find module 'better-sqlite3'")) resolve(execHere(file, sql));
      else reject(error);
    });
    worker.once('exit', (code) => {
      if (!done && code !== 0) reject(new Error(`the SQL thread ended with code ${code}`));
    });
  });
}

function execHere(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
    const check: unknown = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`${file} failed its check after the SQL: ${String(check)}`);
  } finally {
    db.close();
  }
}
