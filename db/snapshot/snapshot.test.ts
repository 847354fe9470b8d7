import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../testing/temp-database';
import { snapshotReadme, undocumented } from './readme';
import { currentSnapshot, generateSnapshot, snapshotFolder, type SnapshotSource } from './store';

let source: TempDatabase;
beforeEach(() => {
  source = createTempDatabase();
});
afterEach(() => source.dispose());

const EDITOR = 'editor-hidden@example.org';

/** What an editor's work leaves in the database: an account, a session, sign-ins, an import, audited saves. */
function addEditorTraces(db: Database.Database): void {
  const userId = db
    .prepare(`INSERT INTO users (email, name, password_hash) VALUES (?, 'Ada Editor', 'scrypt$secret-hash')`)
    .run(EDITOR).lastInsertRowid;
  db.prepare(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ('token-hash-xyz', ?, '2099-01-01')`,
  ).run(userId);
  db.prepare(
    `INSERT INTO login_attempts (email, client_address, succeeded) VALUES (?, '203.0.113.77', 1), ('typo-hidden@example.org', '203.0.113.77', 0)`,
  ).run(EDITOR);
  db.prepare(
    `INSERT INTO import_batches (file_name, sha256, format, as_of, counts, user_id) VALUES ('adas-private-notes.csv', ?, 'tracker-csv', '2024-01-01', '{}', ?)`,
  ).run('a'.repeat(64), userId);
  db.prepare(
    `INSERT INTO audit_log (user_id, action, entity_type, entity_id, after) VALUES (?, 'update', 'party', 1, '{"name":"x"}')`,
  ).run(userId);
}

const rows = (file: string, query: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(query).all();
  } finally {
    db.close();
  }
};

describe('the public snapshot', () => {
  it('holds the public data and nothing of editors: no account, session, sign-in, or who changed what', async () => {
    addEditorTraces(source.db.$client);
    const snapshot = await generateSnapshot(source.file);
    const bytes = readFileSync(snapshot.file);
    // Anywhere in the file, free pages included.
    for (const secret of [
      EDITOR,
      'typo-hidden',
      'Ada Editor',
      'secret-hash',
      'token-hash',
      '203.0.113.77',
      'adas-private',
    ])
      expect(bytes.includes(secret), secret).toBe(false);
    expect(bytes.includes('@example.org')).toBe(false);

    expect(rows(snapshot.file, 'SELECT count(*) AS n FROM users')).toEqual([{ n: 0 }]);
    expect(rows(snapshot.file, 'SELECT count(*) AS n FROM sessions')).toEqual([{ n: 0 }]);
    expect(rows(snapshot.file, 'SELECT count(*) AS n FROM login_attempts')).toEqual([{ n: 0 }]);
    expect(rows(snapshot.file, 'SELECT count(*) AS n FROM audit_log WHERE user_id IS NOT NULL')).toEqual([
      { n: 0 },
    ]);
    expect(
      rows(snapshot.file, `SELECT name FROM sqlite_sequence WHERE name IN ('users', 'login_attempts')`),
    ).toEqual([]);
    // The public entries are all there, and the audit log stays append-only.
    const live = source.db.$client.prepare('SELECT count(*) AS n FROM aid_packages').get();
    expect(rows(snapshot.file, 'SELECT count(*) AS n FROM aid_packages')).toEqual([live]);
    expect(
      rows(snapshot.file, `SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'`),
    ).toHaveLength(2);
    expect(rows(snapshot.file, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('is named by its SHA-256, which is the hash of its bytes', async () => {
    const snapshot = await generateSnapshot(source.file);
    const hash = createHash('sha256').update(readFileSync(snapshot.file)).digest('hex');
    expect(snapshot.sha256).toBe(hash);
    expect(path.basename(snapshot.file)).toContain(hash);
    expect(snapshot.bytes).toBe(readFileSync(snapshot.file).length);
  });

  it('is made again after a write only once the interval has passed, one generation for concurrent requests', async () => {
    const db = source.db.$client;
    const live = () => ({
      databaseId: db.prepare(`SELECT value FROM app_meta WHERE key = 'database_id'`).pluck().get() as string,
      revision: Number(db.prepare(`SELECT value FROM app_meta WHERE key = 'data_revision'`).pluck().get()),
    });
    const options = (intervalMs: number): SnapshotSource => ({ databaseFile: source.file, live, intervalMs });
    const first = await currentSnapshot(options(60_000));
    expect(first.revision).toBe(live().revision);

    // Unchanged data: the same file, even with no interval.
    expect((await currentSnapshot(options(0))).file).toBe(first.file);
    db.exec(`UPDATE app_meta SET value = value + 1 WHERE key = 'data_revision'`);
    db.exec(`UPDATE parties SET name = 'Renamed party' WHERE id = 1`);
    // Changed data, younger than the interval: still the same file.
    expect((await currentSnapshot(options(60_000))).file).toBe(first.file);

    // Interval passed: one new file, shared by every request that asked meanwhile.
    const all = await Promise.all([1, 2, 3, 4].map(() => currentSnapshot(options(0))));
    expect(new Set(all.map((s) => s.file)).size).toBe(1);
    expect(all[0]!.revision).toBe(first.revision + 1);
    expect(rows(all[0]!.file, 'SELECT name FROM parties WHERE id = 1')).toEqual([{ name: 'Renamed party' }]);
    expect(readdirSync(snapshotFolder(source.file)).filter((n) => n.endsWith('.sqlite'))).toHaveLength(2);
  });

  it('comes with a README naming every table and column it has', async () => {
    const snapshot = await generateSnapshot(source.file);
    expect(undocumented(snapshot.file)).toEqual([]);
    const readme = snapshotReadme(snapshot.file);
    expect(readme).toContain('## aid_packages');
    expect(readme).toContain('- `amount_usd` (integer): Whole US dollars at announcement; NULL if unknown.');
    expect(readme).not.toContain('aid_search_data');
    // The copy in the repository, linked from README.md: `npx vitest run db/snapshot -u` rewrites it.
    await expect(readme).toMatchFileSnapshot('../../docs/snapshot-tables.md');
  });
});
