import Database from 'better-sqlite3';
import path from 'node:path';
import { hashPassword } from '../app/lib/auth/password';
import { openDatabase } from '../db/client';
import { seedNewDatabase } from '../db/seed/seed';
import { upsertUser } from '../db/mutations/users';
import type { AidParties } from './http-editor';

// The temp databases of the data-safety specs: made before any server starts, with the
// app's own migrations, reference data, account creation and password hashing.

export const EDITOR_PASSWORD = 'safety-editor-password-2022';

export interface EditorDatabase {
  file: string;
  emails: string[];
  parties: AidParties;
}

/** A new database file in `dir` with `accounts` editors sharing one password. */
export async function createEditorDatabase(dir: string, accounts: number): Promise<EditorDatabase> {
  const file = path.join(dir, 'tracker.db');
  const { db } = openDatabase(file, { whenNew: seedNewDatabase });
  try {
    // One scrypt hash (~1 s) serves every account: the same password, checked the same way.
    const hash = await hashPassword(EDITOR_PASSWORD);
    const emails = Array.from({ length: accounts }, (_, i) => `safety-editor-${i + 1}@example.org`);
    for (const email of emails)
      upsertUser(db, email, `Safety Editor ${email.split('@')[0]?.split('-').at(-1)}`, hash);
    const id = (slug: string) =>
      db.$client.prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as number;
    return { file, emails, parties: { donorId: id('united-kingdom'), recipientId: id('ukraine') } };
  } finally {
    db.$client.close();
  }
}

export interface SafetyReport {
  integrity: string;
  foreignKeyProblems: number;
  /** Acknowledged titles not stored exactly once with their 'create' audit entry. */
  lost: string[];
  /** Titles stored more than once. */
  duplicated: string[];
  /** Packages saved through the app lacking their audit entry or their citation: half-written. */
  halfWritten: number;
  /** 'create' audit entries of aid packages that do not exist. */
  orphanAudit: number;
  packages: number;
}

/**
 * What a crash may never do, checked on the file as the next start would open it:
 * corrupt it, lose an acknowledged save, or leave part of one. `prefix` marks the titles
 * the test saved (the reference data has no audit entries of its own).
 */
export function inspectDatabase(file: string, acknowledged: Iterable<string>, prefix: string): SafetyReport {
  const db = new Database(file, { fileMustExist: true });
  try {
    const one = <T>(sql: string, ...params: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...params) as T;
    const like = `${prefix}%`;
    const stored = db
      .prepare(
        `SELECT a.title, count(*) AS copies,
                sum(EXISTS (SELECT 1 FROM audit_log l WHERE l.entity_type = 'aid_package' AND l.entity_id = a.id AND l.action = 'create')) AS audited
         FROM aid_packages a WHERE a.title LIKE ? GROUP BY a.title`,
      )
      .all(like) as { title: string; copies: number; audited: number }[];
    const byTitle = new Map(stored.map((r) => [r.title, r]));
    return {
      integrity: one<string>('PRAGMA integrity_check'),
      foreignKeyProblems: db.prepare('PRAGMA foreign_key_check').all().length,
      lost: [...acknowledged].filter((t) => {
        const row = byTitle.get(t);
        return !row || row.copies !== 1 || row.audited !== 1;
      }),
      duplicated: stored.filter((r) => r.copies > 1).map((r) => r.title),
      halfWritten: one<number>(
        `SELECT count(*) FROM aid_packages a WHERE a.title LIKE ? AND (
           NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity_type = 'aid_package' AND l.entity_id = a.id AND l.action = 'create')
           OR NOT EXISTS (SELECT 1 FROM citations c WHERE c.aid_package_id = a.id))`,
        like,
      ),
      orphanAudit: one<number>(
        `SELECT count(*) FROM audit_log l WHERE l.entity_type = 'aid_package' AND l.action = 'create'
           AND NOT EXISTS (SELECT 1 FROM aid_packages a WHERE a.id = l.entity_id)`,
      ),
      packages: stored.length,
    };
  } finally {
    db.close();
  }
}
