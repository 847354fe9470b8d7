import Database from 'better-sqlite3';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../testing/temp-database';
import { backupDatabase } from './backup';
import { restoreDatabase } from './restore';
import { RefusedFileError } from './verify';

let source: TempDatabase;
let dir: string;
beforeEach(() => {
  source = createTempDatabase();
  dir = path.dirname(source.file);
});
afterEach(() => source.dispose());

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};
const addAttempts = (db: Database.Database, n: number) => {
  const insert = db.prepare(
    `INSERT INTO login_attempts (email, client_address, succeeded) VALUES (?, 'test', 0)`,
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) insert.run(`someone-${i}-${'x'.repeat(200)}@example.org`);
  })();
};

describe('backupDatabase', () => {
  it('copies a consistent snapshot while another connection keeps writing', async () => {
    addAttempts(source.db.$client, 5_000); // ~300 pages: the backup takes several steps
    const target = path.join(dir, 'copy.db');
    let writes = 0;
    const writer = setInterval(() => {
      addAttempts(source.db.$client, 10);
      writes++;
    }, 0);
    const result = await backupDatabase(source.file, target).finally(() => clearInterval(writer));

    expect(writes).toBeGreaterThan(0);
    expect(result.counts.parties).toBe(10);
    expect(count(target, 'login_attempts')).toBe(result.counts.login_attempts);
    expect(count(source.file, 'login_attempts')).toBeGreaterThan(result.counts.login_attempts!);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(existsSync(`${target}-wal`)).toBe(false);
  });

  it('writes a copy readable by this user only, as is the database restored from it', async () => {
    const copy = path.join(dir, 'private.db');
    await backupDatabase(source.file, copy);
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    const restored = path.join(dir, 'restored.db');
    await restoreDatabase(copy, restored);
    expect(statSync(restored).mode & 0o777).toBe(0o600);
  });

  it('never overwrites an existing file', async () => {
    const target = path.join(dir, 'taken.db');
    writeFileSync(target, 'keep me');
    await expect(backupDatabase(source.file, target)).rejects.toThrow(/the file exists/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
  });
});

describe('restoreDatabase', () => {
  let backup: string;
  let target: string;
  beforeEach(async () => {
    backup = path.join(dir, 'backup.db');
    await backupDatabase(source.file, backup);
    target = path.join(dir, 'restored.db');
    writeFileSync(target, 'the current database');
  });

  const refused = async (candidate: string, reason: RegExp) => {
    const error = await restoreDatabase(candidate, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedFileError);
    expect((error as Error).message).toMatch(reason);
    expect(readFileSync(target, 'utf8')).toBe('the current database');
  };

  it('refuses a corrupt file, leaving the database untouched', async () => {
    const corrupt = path.join(dir, 'corrupt.db');
    const bytes = readFileSync(backup);
    bytes.fill(0x5a, 4096, 3 * 4096); // pages 2 and 3 overwritten
    writeFileSync(corrupt, bytes);
    await refused(corrupt, /integrity check failed|cannot be read|corrupt/);
    const garbage = path.join(dir, 'garbage.db');
    writeFileSync(garbage, 'not a database '.repeat(500));
    await refused(garbage, /cannot be opened as an SQLite database/);
  });

  it('refuses a file from a newer version of the app, or from another app', async () => {
    const newer = path.join(dir, 'newer.db');
    const other = path.join(dir, 'other.db');
    await backupDatabase(source.file, newer);
    const db = new Database(newer);
    db.prepare(
      `INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', (SELECT max(created_at) + 1 FROM __drizzle_migrations))`,
    ).run();
    db.close();
    await refused(newer, /schema is newer than this version of the app/);
    const plain = new Database(other);
    plain.exec('CREATE TABLE notes (body TEXT)');
    plain.close();
    await refused(other, /not a Sanctions & Aid Tracker database/);
  });

  it('refuses while the database is open in another connection (the app running)', async () => {
    await restoreDatabase(backup, target);
    const app = new Database(target);
    app.pragma('journal_mode = WAL');
    app.prepare('SELECT count(*) FROM parties').get();
    try {
      await expect(restoreDatabase(backup, target)).rejects.toThrow(/in use; stop the app first/);
    } finally {
      app.close();
    }
  });

  it('puts the backup in place under a new identity and keeps the replaced file', async () => {
    const result = await restoreDatabase(backup, target);
    expect(result.keptAs).toMatch(/restored\.db\.replaced-\d{4}-/);
    expect(readFileSync(result.keptAs!, 'utf8')).toBe('the current database');
    expect(count(target, 'aid_packages')).toBe(count(source.file, 'aid_packages'));
    const db = new Database(target, { readonly: true });
    const id = db.prepare(`SELECT value FROM app_meta WHERE key = 'database_id'`).pluck().get();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(id).toBe(result.databaseId);
    expect(id).not.toBe(
      source.db.$client.prepare(`SELECT value FROM app_meta WHERE key = 'database_id'`).pluck().get(),
    );
  });
});
