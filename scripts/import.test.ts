import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run import` as an operator runs it, on a database file of its own.

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DATABASE_PATH = path.join(dir, 'tracker.db');
const OFAC = 'db/import/fixtures/ofac-sample/sdn.csv';
const UN = 'db/import/fixtures/un/consolidated-sample.xml';

const run = (...args: string[]) =>
  spawnSync('npm', ['run', '-s', 'import', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_PATH },
  });
const count = (sql: string) => {
  const db = new Database(DATABASE_PATH, { readonly: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
};

describe('npm run import', () => {
  it('refuses a file that is not what the format says, with the reason, writing nothing', () => {
    const refused = run(UN, '--format', 'ofac-sdn');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^Refused: .*consolidated-sample\.xml/m);
    const unknown = run(OFAC, '--as-of', '2026-02-30');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('--as-of 2026-02-30 is not a date');
  }, 60_000);

  it('previews without writing, stops at row errors, and imports the rest when told', () => {
    const dry = run(OFAC, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Parties:   17 new');
    expect(dry.stdout).toContain('Dry run: nothing written.');
    const stopped = run(OFAC);
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toContain('alt.csv line 1: ent_num 10416 is not an entry read from sdn.csv');
    expect(stopped.stderr).toContain('6 row(s) cannot be read');
    expect(count(`SELECT count(*) FROM import_batches`)).toBe(0);
    const done = run(OFAC, '--accept-errors');
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/Imported as batch 1/);
    expect(count(`SELECT count(*) FROM sanctions WHERE authority_id IS NOT NULL`)).toBe(26);
    expect(run(OFAC, '--accept-errors').stdout).toContain('Nothing to change');
  }, 120_000);
});
