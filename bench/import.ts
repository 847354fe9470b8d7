// The importer on the whole 2021 SDN list (data/samples/ofac-sdn-2021, 8,976 entries), as an
// operator runs it: `npm run import` on a fresh database with the reference data, timed
// from the outside (startup included). Preview (--dry-run), import, then the same file again;
// then a synthetic tracker CSV of a hundred thousand aid packages on a database of its own.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeTrackerAidCsv } from './tracker-csv-file';

const ROOT = path.resolve(import.meta.dirname, '..');
const SDN_2021 = path.join(ROOT, 'data', 'samples', 'ofac-sdn-2021', 'sdn.csv');

export interface ImportRun {
  ms: number;
  peakRssBytes: number;
}

export interface ImportBench {
  entries: number;
  preview: ImportRun;
  apply: ImportRun;
  reimport: ImportRun & { unchanged: boolean };
  /** The synthetic tracker CSV: rows in the file, and how many the import added. */
  trackerCsv: ImportRun & { rows: number; added: number };
}

/** Rows of the synthetic tracker CSV (issue 22's target). */
export const TRACKER_CSV_ROWS = 100_000;

export async function benchImports(log: (line: string) => void): Promise<ImportBench> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
  const env = { ...process.env, DATABASE_PATH: path.join(dir, 'tracker.db') };
  const sdn = [SDN_2021, '--as-of', '2021-07-01'];
  const run = (what: string, args: string[]) => {
    log(`import: ${what}…`);
    const started = performance.now();
    const child = spawnSync('npm', ['run', '-s', 'import', '--', ...args], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    const ms = performance.now() - started;
    if (child.status !== 0) throw new Error(`npm run import ${what} failed:\n${child.stderr}`);
    const rss = /Peak RSS: (\d+) MB/.exec(child.stdout);
    return { ms, peakRssBytes: rss ? Number(rss[1]) * 1e6 : Number.NaN, stdout: child.stdout };
  };
  try {
    const preview = run('preview', [...sdn, '--dry-run']);
    const entries = Number(/Parties: +(\d+) new/.exec(preview.stdout)?.[1] ?? Number.NaN);
    const apply = run('apply', sdn);
    const reimport = run('again', sdn);
    // On a database of its own, as an editor's first spreadsheet of a hundred thousand rows.
    const csv = path.join(dir, 'aid.csv');
    await writeTrackerAidCsv(csv, TRACKER_CSV_ROWS);
    env.DATABASE_PATH = path.join(dir, 'tracker-csv.db');
    const tracker = run(`${TRACKER_CSV_ROWS.toLocaleString('en-US')}-row tracker CSV`, [csv]);
    const timing = ({ ms, peakRssBytes }: ImportRun) => ({ ms, peakRssBytes });
    return {
      entries,
      preview: timing(preview),
      apply: timing(apply),
      reimport: { ...timing(reimport), unchanged: reimport.stdout.includes('Nothing to change') },
      trackerCsv: {
        ...timing(tracker),
        rows: TRACKER_CSV_ROWS,
        added: Number(/Entries \(aid\): (\d+) new/.exec(tracker.stdout)?.[1] ?? Number.NaN),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
