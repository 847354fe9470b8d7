import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../index';
import type { AuditAction, AuditedEntity } from '../vocabulary';
import { clampPage, type Page, type PageResult } from './filters';

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
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log l WHERE ${where(filter)}`)?.n ?? 0;
  const { page, pageCount, offset } = clampPage(paging, total);
  const rows = db.all<Omit<HistoryEntry, 'before' | 'after'> & { before: string | null; after: string | null }>(sql`
    SELECT l.id, l.at, l.action, l.entity_type AS entityType, l.entity_id AS entityId, u.name AS editor, l.before, l.after,
           coalesce(json_extract(l.after, '$.title'), json_extract(l.after, '$.name'),
                    json_extract(l.before, '$.title'), json_extract(l.before, '$.name'), '#' || l.entity_id) AS label
    FROM audit_log l LEFT JOIN users u ON u.id = l.user_id
    WHERE ${where(filter)}
    ORDER BY l.id DESC LIMIT ${paging.pageSize} OFFSET ${offset}`);
  return {
    rows: rows.map((r) => ({ ...r, before: r.before ? JSON.parse(r.before) : null, after: r.after ? JSON.parse(r.after) : null })),
    total,
    page,
    pageCount,
    pageSize: paging.pageSize,
  };
}

/** Editors who have made changes, for the history filter. */
export function listEditors(): { id: number; name: string }[] {
  return getDb().all(sql`SELECT id, name FROM users ORDER BY name`);
}
