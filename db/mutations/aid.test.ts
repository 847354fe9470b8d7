import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aidForm } from '@/domain/validation/aid';
import { resolveDatabasePath } from '../client';
import { storedRevision } from '../data-changes.mjs';
import { getDataVersion, getDb } from '../index';
import { useTempAppDatabase } from '../testing/app-database';
import { createAidPackage, retireAidPackage, restoreAidPackage, updateAidPackage } from './aid';
import { ConflictError, InvalidInputError, LikelyDuplicateError } from './errors';

let cleanup: () => void;
let editor: number;
beforeAll(() => {
  cleanup = useTempAppDatabase();
  editor = Number(
    getDb()
      .$client.prepare(
        `INSERT INTO users (email, name, password_hash) VALUES ('ed@example.org', 'Ed Itor', 'x')`,
      )
      .run().lastInsertRowid,
  );
});
afterAll(() => cleanup());

const db = () => getDb().$client;
const count = (table: string) => db().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const partyId = (slug: string) =>
  db().prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as number;

const input = (changes: Record<string, unknown> = {}) =>
  aidForm.parse({
    donorId: String(partyId('united-kingdom')),
    recipientId: String(partyId('ukraine')),
    category: 'military',
    status: 'authorized',
    amount: '100000000',
    currency: 'GBP',
    amountUsd: '131000000',
    announcedOn: '2022-04-01',
    title: 'UK military aid',
    citations: JSON.stringify([
      {
        newSource: { title: 'UK MoD press release', language: 'en', url: 'https://www.gov.uk/x' },
        quote: '£100 million',
      },
    ]),
    ...changes,
  });

describe('aid package mutations', () => {
  it('creates a package, its new source and citation, and audits both in one go', () => {
    const before = { aid: count('aid_packages'), sources: count('sources'), audit: count('audit_log') };
    const { id } = createAidPackage(input(), editor);
    expect(count('aid_packages')).toBe(before.aid + 1);
    expect(count('sources')).toBe(before.sources + 1);
    const audit = db()
      .prepare(
        'SELECT action, entity_type AS type, user_id AS userId, after FROM audit_log ORDER BY id DESC LIMIT 2',
      )
      .all() as {
      action: string;
      type: string;
      userId: number;
      after: string;
    }[];
    expect(audit.map((a) => [a.action, a.type, a.userId])).toEqual([
      ['create', 'aid_package', editor],
      ['create', 'source', editor],
    ]);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({
      id,
      amount: 100_000_000,
      currency: 'GBP',
      amountUsd: 131_000_000,
      citations: [{ quote: '£100 million' }],
    });
    expect(count('audit_log')).toBe(before.audit + 2);
  });

  it('warns of a likely duplicate and saves it only when confirmed', () => {
    const before = count('aid_packages');
    expect(() => createAidPackage(input(), editor)).toThrow(LikelyDuplicateError);
    expect(count('aid_packages')).toBe(before);
    createAidPackage(input({ confirmDuplicate: 'on' }), editor);
    expect(count('aid_packages')).toBe(before + 1);
  });

  it('refuses an unknown party and stores nothing, not even the new source', () => {
    const before = { aid: count('aid_packages'), sources: count('sources'), audit: count('audit_log') };
    expect(() => createAidPackage(input({ donorId: '9999', title: 'Other' }), editor)).toThrow(
      InvalidInputError,
    );
    expect({ aid: count('aid_packages'), sources: count('sources'), audit: count('audit_log') }).toEqual(
      before,
    );
  });

  it('updates with the version the editor opened, and refuses a stale one', () => {
    const { id } = createAidPackage(input({ title: 'To edit', announcedOn: '2022-05-01' }), editor);
    updateAidPackage(id, 1, input({ title: 'Edited', announcedOn: '2022-05-01' }), editor);
    const row = db().prepare('SELECT title, version FROM aid_packages WHERE id = ?').get(id);
    expect(row).toEqual({ title: 'Edited', version: 2 });
    // A second editor still holding version 1 must not overwrite the first one's change.
    expect(() =>
      updateAidPackage(id, 1, input({ title: 'Overwrite', announcedOn: '2022-05-01' }), editor),
    ).toThrow(ConflictError);
    expect(() =>
      updateAidPackage(id, 1, input({ title: 'Overwrite', announcedOn: '2022-05-01' }), editor),
    ).toThrow(/Someone else changed this entry since you opened it \(Ed Itor at/);
    expect(db().prepare('SELECT title FROM aid_packages WHERE id = ?').pluck().get(id)).toBe('Edited');
    const update = db()
      .prepare(`SELECT before, after FROM audit_log WHERE entity_id = ? AND action = 'update'`)
      .get(id) as { before: string; after: string };
    expect(JSON.parse(update.before).title).toBe('To edit');
    expect(JSON.parse(update.after).title).toBe('Edited');
  });

  it('retires and restores, each audited, and refuses retiring twice', () => {
    const { id } = createAidPackage(input({ title: 'To retire', announcedOn: '2022-06-01' }), editor);
    retireAidPackage(id, 1, editor);
    expect(db().prepare('SELECT retired_at FROM aid_packages WHERE id = ?').pluck().get(id)).not.toBeNull();
    expect(() => retireAidPackage(id, 2, editor)).toThrow(/already retired/);
    restoreAidPackage(id, 2, editor);
    expect(db().prepare('SELECT retired_at FROM aid_packages WHERE id = ?').pluck().get(id)).toBeNull();
    const actions = db()
      .prepare(`SELECT action FROM audit_log WHERE entity_type = 'aid_package' AND entity_id = ? ORDER BY id`)
      .pluck()
      .all(id);
    expect(actions).toEqual(['create', 'retire', 'restore']);
  });
});

describe("the file's revision, which every process compares its caches with", () => {
  it('moves with each committed write, in its transaction, and not with a refused one', () => {
    const before = storedRevision();
    expect(before).not.toBeNull();
    const version = getDataVersion();
    const { id } = createAidPackage(input({ title: 'Revision one', announcedOn: '2022-07-01' }), editor);
    expect(storedRevision()).toBe(before! + 1);
    expect(getDataVersion()).toEqual({ ...version, revision: version.revision + 1 });
    // Another connection (another process) reads the same from the file.
    const other = new Database(resolveDatabasePath(), { readonly: true });
    try {
      const stored = other.prepare(`SELECT value FROM app_meta WHERE key = 'data_revision'`).pluck().get();
      expect(Number(stored)).toBe(before! + 1);
    } finally {
      other.close();
    }
    expect(() =>
      updateAidPackage(id, 99, input({ title: 'Stale', announcedOn: '2022-07-01' }), editor),
    ).toThrow(ConflictError);
    expect(storedRevision()).toBe(before! + 1);
  });
});
