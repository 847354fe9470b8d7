import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDb, openAppDatabase } from '../index';
import { seedNewDatabase } from '../seed/seed';
import { generateSynthetic, type SyntheticOptions } from '../synthetic/generate';

/**
 * Points the app's own connection (db/index.ts) at a fresh temp file for the queries
 * under test, the way `DATABASE_PATH` does in production. Returns a cleanup function.
 */
export function useTempAppDatabase(): () => void {
  return useAppDatabase(() => undefined);
}

/** The same on a synthetic file of thousands of rows (db/synthetic), for reads at scale. */
export function useSyntheticAppDatabase(
  options: Pick<SyntheticOptions, 'aid' | 'sanctions' | 'seed'>,
): () => void {
  return useAppDatabase((file) => generateSynthetic({ ...options, out: file }));
}

function useAppDatabase(create: (file: string) => void): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'tracker-app-'));
  const previous = process.env.DATABASE_PATH;
  const file = path.join(dir, 'tracker.db');
  create(file);
  process.env.DATABASE_PATH = file;
  closeDb();
  // As the startup path opens it: a new file gets the reference data.
  openAppDatabase({ whenNew: seedNewDatabase });
  return () => {
    closeDb();
    if (previous === undefined) delete process.env.DATABASE_PATH;
    else process.env.DATABASE_PATH = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
