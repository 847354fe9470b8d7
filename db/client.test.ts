import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError, MIGRATIONS_FOLDER, openDatabase } from './client';
import { seedNewDatabase } from './seed/seed';
import { createTempDatabase, type TempDatabase } from './testing/temp-database';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function temp(options?: { seed?: boolean }): TempDatabase {
  const t = createTempDatabase(options);
  cleanups.push(t.dispose);
  return t;
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tracker-open-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const count = (t: TempDatabase, table: string) =>
  (t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('openDatabase', () => {
  it('applies every migration to an empty file', () => {
    const t = temp({ seed: false });
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
    expect(count(t, '__drizzle_migrations')).toBe(journal.entries.length);
    const tables = t.db.$client
      .prepare(
        `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')
           AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
      )
      .pluck()
      .all();
    expect(tables).toEqual([
      'aid_flow_rollup',
      'aid_packages',
      'aid_party_rollup',
      'aid_party_total_rollup',
      'aid_rollup',
      'aid_search',
      'aid_search_terms',
      'app_meta',
      'audit_log',
      'citations',
      'event_parties',
      'events',
      'import_batches',
      'login_attempts',
      'parties',
      'party_aliases',
      'party_identifiers',
      'sanction_pair_rollup',
      'sanction_party_rollup',
      'sanction_rollup',
      'sanctions',
      'sanctions_search',
      'sanctions_search_terms',
      'search_words',
      'sessions',
      'source_citing_counts',
      'sources',
      'users',
    ]);
    expect(count(t, 'parties')).toBe(0);
    expect(t.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('loads the reference data into a new file, every row cited', () => {
    const t = temp();
    expect(t.seeded).toBe(true);
    expect(count(t, 'parties')).toBe(10);
    expect(count(t, 'aid_packages')).toBe(4);
    expect(count(t, 'sanctions')).toBe(10);
    expect(count(t, 'events')).toBe(4);
    expect(count(t, 'sources')).toBe(1);
    const uncited = t.db.$client
      .prepare(
        `SELECT (SELECT count(*) FROM aid_packages a WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.aid_package_id = a.id))
              + (SELECT count(*) FROM sanctions s WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.sanction_id = s.id))
              + (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM citations c WHERE c.event_id = e.id))`,
      )
      .pluck()
      .get();
    expect(uncited).toBe(0);
    const putin = t.db.$client
      .prepare(
        `SELECT p.name FROM parties c JOIN parties p ON p.id = c.parent_id WHERE c.slug = 'vladimir-putin'`,
      )
      .pluck()
      .get();
    expect(putin).toBe('Russia');
  });

  it('creates the file, its WAL and its shared memory readable by this user only', () => {
    // They hold password hashes, sessions and sign-in attempts.
    const t = temp();
    t.db.$client.prepare(`UPDATE parties SET name = name`).run();
    for (const suffix of ['', '-wal', '-shm'])
      expect(statSync(`${t.file}${suffix}`).mode & 0o777, suffix || 'database').toBe(0o600);
  });

  it('never overwrites an existing file when opened again', () => {
    const t = temp();
    t.db.$client.prepare(`UPDATE parties SET name = 'Edited' WHERE slug = 'ukraine'`).run();
    t.db.$client.prepare(`DELETE FROM citations`).run();
    t.db.$client.close();
    const again = openDatabase(t.file, { whenNew: seedNewDatabase });
    cleanups.push(() => again.db.$client.close());
    expect(again.seeded).toBe(false);
    expect(again.db.$client.prepare(`SELECT name FROM parties WHERE slug = 'ukraine'`).pluck().get()).toBe(
      'Edited',
    );
    expect(again.db.$client.prepare(`SELECT count(*) FROM parties`).pluck().get()).toBe(10);
    expect(again.db.$client.prepare(`SELECT count(*) FROM citations`).pluck().get()).toBe(0);
  });

  it('gives the indexes of a new migration statistics when the file already had them', () => {
    const t = temp({ seed: true });
    const client = t.db.$client;
    client.exec('ANALYZE');
    client.close();
    // The committed migrations plus one that adds an index, as a later release would.
    const folder = path.join(tempDir(), 'drizzle');
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: '9999_test_index' });
    writeFileSync(journalFile, JSON.stringify(journal));
    writeFileSync(
      path.join(folder, '9999_test_index.sql'),
      'CREATE INDEX `test_events_title_idx` ON `events` (`title`);',
    );
    const again = openDatabase(t.file, { migrationsFolder: folder });
    try {
      expect(
        again.db.$client
          .prepare(`SELECT stat FROM sqlite_stat1 WHERE idx = 'test_events_title_idx'`)
          .pluck()
          .get(),
      ).toMatch(/^\d+ \d+$/);
    } finally {
      again.db.$client.close();
    }
  });

  it('rebuilds a table others point at (0020: parties) keeping every row, link and trigger', () => {
    // A file as the release before the import model left it, with the reference data.
    const folder = path.join(tempDir(), 'drizzle');
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
    const full = journal.entries.length;
    journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < '0020');
    writeFileSync(journalFile, JSON.stringify(journal));
    const file = path.join(tempDir(), 'old.db');
    const old = openDatabase(file, { migrationsFolder: folder });
    old.db.$client.exec(`
      INSERT INTO parties (id, slug, name, kind) VALUES (1, 'donor', 'Donor', 'state'), (2, 'recipient', 'Recipient', 'state');
      INSERT INTO sources (id, title, language) VALUES (1, 'A source', 'en');
      INSERT INTO aid_packages (id, donor_id, recipient_id, category, status, announced_on, title)
        VALUES (1, 1, 2, 'military', 'delivered', '2022-03-01', 'Package');
      INSERT INTO sanctions (id, imposing_id, target_id, measure, status, announced_on, title)
        VALUES (1, 1, 2, 'asset_freeze', 'imposed', '2022-03-01', 'Freeze');
      INSERT INTO events (id, occurred_on, title) VALUES (1, '2022-02-24', 'Event');
      INSERT INTO event_parties (event_id, party_id) VALUES (1, 1), (1, 2);
      INSERT INTO citations (source_id, aid_package_id, quote) VALUES (1, 1, 'Quoted.');
      INSERT INTO citations (source_id, sanction_id, quote) VALUES (1, 1, 'Quoted.');
    `);
    const shape = (c: typeof old.db.$client) =>
      ['parties', 'aid_packages', 'sanctions', 'event_parties', 'citations'].map(
        (table) => c.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number,
      );
    const before = shape(old.db.$client);
    const triggers = `SELECT count(*) FROM sqlite_master WHERE type = 'trigger'`;
    const triggerCount = old.db.$client.prepare(triggers).pluck().get();
    old.db.$client.close();

    const now = openDatabase(file);
    cleanups.push(() => now.db.$client.close());
    const c = now.db.$client;
    expect(c.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(full);
    expect(shape(c)).toEqual(before);
    expect(before[0]).toBeGreaterThan(0);
    expect(c.prepare(triggers).pluck().get()).toBe(triggerCount);
    expect(c.pragma('foreign_key_check')).toEqual([]);
    expect(c.pragma('foreign_keys', { simple: true })).toBe(1);
    // The new kinds are accepted, and a party still cannot be removed from under its aid.
    c.prepare(`INSERT INTO parties (slug, name, kind) VALUES ('ns-leader', 'NS LEADER', 'vessel')`).run();
    const donor = c.prepare('SELECT donor_id FROM aid_packages LIMIT 1').pluck().get();
    expect(() => c.prepare('DELETE FROM parties WHERE id = ?').run(donor)).toThrow(/FOREIGN KEY/);
  });

  it('names the file and the cause when the path is a directory', () => {
    const dir = tempDir();
    expect(() => openDatabase(dir)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(dir)).toThrow(new RegExp(`Cannot open the database at ${dir}: .*directory`));
  });

  it('names the file and the cause when the file is not a database', () => {
    const file = path.join(tempDir(), 'corrupt.db');
    writeFileSync(
      file,
      'this is not an SQLite database, just text that happens to be long enough '.repeat(100),
    );
    expect(() => openDatabase(file)).toThrow(
      /Cannot open the database at .*corrupt\.db: file is not a database/,
    );
  });

  it('names the file and the cause when the file is read-only', () => {
    const dir = tempDir();
    const file = path.join(dir, 'readonly.db');
    writeFileSync(file, '');
    chmodSync(file, 0o444);
    // root ignores permission bits; the immutable attribute stops root too.
    if (process.getuid?.() === 0) {
      expect(spawnSync('chattr', ['+i', file]).status).toBe(0);
      cleanups.unshift(() => spawnSync('chattr', ['-i', file]));
    }
    expect(() => openDatabase(file)).toThrow(/Cannot open the database at .*readonly\.db: .*read-?only/i);
  });
});
