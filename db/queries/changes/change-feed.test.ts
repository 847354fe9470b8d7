import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanctionForm } from '@/domain/validation/sanction';
import { decodeChangeCursor } from '@/domain/changes';
import { getDb } from '../../index';
import { useTempAppDatabase } from '../../testing/app-database';
import { createSanction, retireSanction, updateSanction } from '../../mutations/sanctions';
import { sql } from 'drizzle-orm';
import { changesSql, listChanges, WALK_ABOVE, type ChangeFilter } from './change-feed';

let cleanup: () => void;
let editor: number;
let sanctionId: number;
const db = () => getDb().$client;
const partyId = (slug: string) =>
  db().prepare('SELECT id FROM parties WHERE slug = ?').pluck().get(slug) as number;

const sanction = (status: string, title: string) =>
  sanctionForm.parse({
    imposingId: String(partyId('european-union')),
    targetId: String(partyId('vladimir-putin')),
    measure: 'asset_freeze',
    status,
    announcedOn: '2022-02-25',
    effectiveOn: '2022-02-26',
    ...(status === 'lifted' && { liftedOn: '2023-01-01' }),
    title,
    citations: JSON.stringify([{ sourceId: 1, quote: 'citation' }]),
  });

beforeAll(() => {
  cleanup = useTempAppDatabase();
  editor = Number(
    db()
      .prepare(
        `INSERT INTO users (email, name, password_hash) VALUES ('secret.editor@x.org', 'Secret Editor', 'x')`,
      )
      .run().lastInsertRowid,
  );
  sanctionId = createSanction(sanction('imposed', 'EU freezes <Putin> & co'), editor).id;
  updateSanction(sanctionId, 1, sanction('lifted', 'EU freezes <Putin> & co'), editor);
  retireSanction(sanctionId, 2, editor);
  // An import's change: the batch says which file format, never who confirmed it.
  const batch = db()
    .prepare(
      `INSERT INTO import_batches (file_name, sha256, format, as_of, counts, user_id)
       VALUES ('sdn.xml', ?, 'ofac-sdn', '2024-01-01', '{}', ?)`,
    )
    .run('a'.repeat(64), editor).lastInsertRowid;
  db()
    .prepare(
      `INSERT INTO audit_log (user_id, action, entity_type, entity_id, after, batch_id)
       VALUES (?, 'create', 'party', ?, json_object('name', 'Imported Co', 'slug', 'imported-co'), ?)`,
    )
    .run(editor, partyId('russia'), batch);
});
afterAll(() => cleanup());

describe('listChanges', () => {
  it('lists changes newest first, in words, with the public fields that changed', () => {
    const { changes } = listChanges({ kind: 'sanctions' }, 10);
    const mine = changes.filter((c) => c.entryId === sanctionId);
    expect(mine.map((c) => c.action)).toEqual(['retired', 'lifted', 'added']);
    const lifted = mine[1];
    expect(lifted?.permalink).toBe(`/sanctions/${sanctionId}`);
    expect(lifted?.title).toBe('EU freezes <Putin> & co');
    expect(lifted?.fields).toContainEqual({ field: 'status', before: 'imposed', after: 'lifted' });
    expect(lifted?.fields.map((f) => f.field)).not.toContain('version');
    expect(lifted?.import).toBeNull();
  });

  it('says which import a change came from, and never who made any change', () => {
    const { changes } = listChanges({}, 200);
    expect(changes[0]?.import).toEqual({ batchId: expect.any(Number), format: 'ofac-sdn' });
    const text = JSON.stringify(changes);
    expect(text).not.toMatch(/secret\.editor@x\.org|Secret Editor|user/i);
  });

  it('pages with a cursor, without repeating or skipping a change', () => {
    const all = listChanges({}, 1000).changes.map((c) => c.id);
    const seen: number[] = [];
    let cursor = undefined as string | null | undefined;
    do {
      const page = listChanges({ after: cursor ? (decodeChangeCursor(cursor) ?? undefined) : undefined }, 2);
      seen.push(...page.changes.map((c) => c.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('filters by party: its own changes and those of the entries it is a side of, retired ones too', () => {
    const putin = listChanges({ partyId: partyId('vladimir-putin') }, 50).changes;
    expect(putin.filter((c) => c.entryId === sanctionId).map((c) => c.action)).toEqual([
      'retired',
      'lifted',
      'added',
    ]);
    const russiaParties = listChanges({ partyId: partyId('russia'), kind: 'parties' }, 50).changes;
    expect(russiaParties.map((c) => c.title)).toEqual(['Imported Co']);
    expect(listChanges({ partyId: partyId('ukraine'), kind: 'sanctions' }, 50).changes).toEqual([]);
  });

  it('finds a party with many entries by walking the log, with the same answer', () => {
    const target = partyId('russia');
    const eu = partyId('european-union');
    db()
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${WALK_ABOVE + 1})
         INSERT INTO sanctions (imposing_id, target_id, measure, status, announced_on, title)
         SELECT ?, ?, 'asset_freeze', 'imposed', '2022-03-01', 'Bulk ' || i FROM n`,
      )
      .run(eu, target);
    db()
      .prepare(
        `INSERT INTO audit_log (action, entity_type, entity_id, after)
         SELECT 'create', 'sanction', id, json_object('title', title) FROM sanctions
         WHERE title LIKE 'Bulk %' AND id % 500 = 0`,
      )
      .run();
    const walked = listChanges({ partyId: target, kind: 'sanctions' }, 100).changes;
    expect(walked.length).toBeGreaterThanOrEqual(4);
    expect(walked.every((c) => c.kind === 'sanctions' && c.title.startsWith('Bulk '))).toBe(true);
    const plan = getDb()
      .all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${changesSql({ partyId: target }, 51)}`)
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/SCAN a USING INDEX audit_at_idx/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    const byKind = getDb()
      .all<{ detail: string }>(
        sql`EXPLAIN QUERY PLAN ${changesSql({ partyId: target, kind: 'sanctions' }, 51)}`,
      )
      .map((r) => r.detail)
      .join('\n');
    expect(byKind).toMatch(/SEARCH a USING INDEX audit_type_at_idx/);
    expect(byKind).not.toMatch(/TEMP B-TREE/);
  });

  it('filters by day', () => {
    expect(listChanges({ until: '2000-01-01' }, 50).changes).toEqual([]);
    expect(listChanges({ since: '2000-01-01' }, 50).changes.length).toBeGreaterThan(0);
  });

  it('reads the audit log through its indexes, never a scan of it', () => {
    const plan = (filter: ChangeFilter) =>
      getDb()
        .all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${changesSql(filter, 51)}`)
        .map((r) => r.detail)
        .join('\n');
    const after = { at: '2030-01-01T00:00:00.000Z', id: 5 };
    expect(plan({ kind: 'sanctions', after })).toMatch(/audit_type_at_idx/);
    expect(plan({ kind: 'sanctions', after })).not.toMatch(/TEMP B-TREE/);
    expect(plan({ after })).toMatch(/audit_at_idx/);
    expect(plan({ after })).not.toMatch(/TEMP B-TREE/);
    const party = plan({ partyId: partyId('ukraine'), since: '2022-01-01' });
    expect(party).toMatch(/audit_entity_idx/);
    expect(party).not.toMatch(/SCAN (a|audit_log|aid_packages|sanctions|event_parties)$/m);
  });
});
