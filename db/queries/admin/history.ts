import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../index';
import type { AuditAction, AuditedEntity } from '../../../domain/vocabulary';
import { clampPage, type Page, type PageResult } from '../list/filters';
import { PARTY_FIELDS, type SnapshotNames } from '../../../domain/snapshots';

export interface HistoryFilter {
  entityType?: AuditedEntity;
  entityId?: number;
  action?: AuditAction;
  userId?: number;
  from?: string;
  to?: string;
}

export interface HistoryEntry {
  id: number;
  at: string;
  action: AuditAction;
  entityType: AuditedEntity;
  entityId: number;
  /** Title or name of the entry now (or as last recorded). */
  label: string;
  editor: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** Names of the parties and sources the snapshots refer to by id, for a readable diff. */
  names: SnapshotNames;
}

const where = (f: HistoryFilter) =>
  sql.join(
    [
      sql`1 = 1`,
      f.entityType ? sql`l.entity_type = ${f.entityType}` : undefined,
      f.entityId !== undefined ? sql`l.entity_id = ${f.entityId}` : undefined,
      f.action ? sql`l.action = ${f.action}` : undefined,
      f.userId !== undefined ? sql`l.user_id = ${f.userId}` : undefined,
      f.from ? sql`l.at >= ${f.from}` : undefined,
      // `to` is a day: include all of it.
      f.to ? sql`l.at < date(${f.to}, '+1 day')` : undefined,
    ].filter((p) => p !== undefined),
    sql` AND `,
  );

/** Audit entries, newest first, with who made them and what the entry is called. */
export function listHistory(filter: HistoryFilter, paging: Page): PageResult<HistoryEntry> {
  const db = getDb();
  const total =
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log l WHERE ${where(filter)}`)?.n ?? 0;
  const { page, pageCount, offset } = clampPage(paging, total);
  const rows = db.all<
    Omit<HistoryEntry, 'before' | 'after' | 'names'> & { before: string | null; after: string | null }
  >(sql`
    SELECT l.id, l.at, l.action, l.entity_type AS entityType, l.entity_id AS entityId, u.name AS editor, l.before, l.after,
           coalesce(json_extract(l.after, '$.title'), json_extract(l.after, '$.name'),
                    json_extract(l.before, '$.title'), json_extract(l.before, '$.name'), '#' || l.entity_id) AS label
    FROM audit_log l LEFT JOIN users u ON u.id = l.user_id
    WHERE ${where(filter)}
    ORDER BY l.id DESC LIMIT ${paging.pageSize} OFFSET ${offset}`);
  const parsed = rows.map((r) => ({
    ...r,
    before: r.before ? JSON.parse(r.before) : null,
    after: r.after ? JSON.parse(r.after) : null,
  }));
  const names = namesIn(parsed.flatMap((r) => [r.before, r.after]));
  return {
    rows: parsed.map((r) => ({ ...r, names })),
    total,
    page,
    pageCount,
    pageSize: paging.pageSize,
  };
}

const ids = (values: unknown[]) => values.filter((v): v is number => Number.isSafeInteger(v));

/** Looks up, in two queries, the names of every party and source the snapshots mention. */
function namesIn(snapshots: (Record<string, unknown> | null)[]): SnapshotNames {
  const parties = new Set<number>();
  const sources = new Set<number>();
  for (const snapshot of snapshots) {
    for (const [field, value] of Object.entries(snapshot ?? {})) {
      if (PARTY_FIELDS.has(field))
        for (const id of ids(Array.isArray(value) ? value : [value])) parties.add(id);
      if (field === 'citations' && Array.isArray(value))
        for (const id of ids(value.map((c) => c?.sourceId))) sources.add(id);
    }
  }
  const lookup = (
    table: 'parties' | 'sources',
    column: 'name' | 'title',
    wanted: Set<number>,
  ): Record<number, string> => {
    if (wanted.size === 0) return {};
    const rows = getDb()
      .$client.prepare(
        `SELECT id, ${column} AS label FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify([...wanted])) as { id: number; label: string }[];
    return Object.fromEntries(rows.map((r) => [r.id, r.label]));
  };
  return { parties: lookup('parties', 'name', parties), sources: lookup('sources', 'title', sources) };
}

/** Editors who have made changes, for the history filter. */
export function listEditors(): { id: number; name: string }[] {
  return getDb().all(sql`SELECT id, name FROM users ORDER BY name`);
}
