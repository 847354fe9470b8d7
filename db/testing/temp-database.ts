import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenResult } from '../client';
import { seedNewDatabase } from '../seed/seed';

export interface TempDatabase extends OpenResult {
  file: string;
  dispose: () => void;
}

/** A real SQLite file in a fresh temp folder, migrated exactly as in production (and seeded, unless told). */
export function createTempDatabase(options: { seed?: boolean } = {}): TempDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'tracker-test-'));
  const file = path.join(dir, 'tracker.db');
  const opened = openDatabase(file, { whenNew: options.seed === false ? undefined : seedNewDatabase });
  return {
    ...opened,
    file,
    dispose: () => {
      opened.db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
