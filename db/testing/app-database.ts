import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDb, getDb } from '../index';

/**
 * Points the app's own connection (db/index.ts) at a fresh temp file for the queries
 * under test, the way `DATABASE_PATH` does in production. Returns a cleanup function.
 */
export function useTempAppDatabase(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'tracker-app-'));
  const previous = process.env.DATABASE_PATH;
  process.env.DATABASE_PATH = path.join(dir, 'tracker.db');
  closeDb();
  getDb();
  return () => {
    closeDb();
    if (previous === undefined) delete process.env.DATABASE_PATH;
    else process.env.DATABASE_PATH = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
