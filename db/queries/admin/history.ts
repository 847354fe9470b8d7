import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { getDb } from '../../index';
import { auditLog, parties, sources, users } from '../../schema';
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
  and(
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.entityId !== undefined ? eq(auditLog.entityId, f.entityId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.userId !== undefined ? eq(auditLog.userId, f.userId) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    // `to` is a day: include all of it.
    f.to ? lt(auditLog.at, sql`date(${f.to}, '+1 day')`) : undefined,
  );

/** What the entry is called: its title or name after the change, else before, else its id. */
const LABEL = sql<string>`coalesce(json_extract(${auditLog.after}, '$.title'), json_extract(${auditLog.after}, '$.name'),
  json_extract(${auditLog.before}, '$.title'), json_extract(${auditLog.before}, '$.name'), '#' || ${auditLog.entityId})`;

/** Audit entries, newest first, with who made them and what the entry is called. */
export function listHistory(filter: HistoryFilter, paging: Page): PageResult<HistoryEntry> {
  const db = getDb();
  const total = db.select({ n: count() }).from(auditLog).where(where(filter)).get()?.n ?? 0;
  const { page, pageCount, offset } = clampPage(paging, total);
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      editor: users.name,
      before: auditLog.before,
      after: auditLog.after,
      label: LABEL,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where(filter))
    .orderBy(desc(auditLog.id))
    .limit(paging.pageSize)
    .offset(offset)
    .all() as Omit<HistoryEntry, 'names'>[];
  const names = namesIn(rows.flatMap((r) => [r.before, r.after]));
  return {
    rows: rows.map((r) => ({ ...r, names })),
    total,
    page,
    pageCount,
    pageSize: paging.pageSize,
  };
}

const ids = (values: unknown[]) => values.filter((v): v is number => Number.isSafeInteger(v));

/** Looks up, in two queries, the names of every party and source the snapshots mention. */
function namesIn(snapshots: (Record<string, unknown> | null)[]): SnapshotNames {
  const partyIds = new Set<number>();
  const sourceIds = new Set<number>();
  for (const snapshot of snapshots) {
    for (const [field, value] of Object.entries(snapshot ?? {})) {
      if (PARTY_FIELDS.has(field))
        for (const id of ids(Array.isArray(value) ? value : [value])) partyIds.add(id);
      if (field === 'citations' && Array.isArray(value))
        for (const id of ids(value.map((c) => c?.sourceId))) sourceIds.add(id);
    }
  }
  // One statement text whatever the number of ids: the ids travel as one JSON array.
  const among = (wanted: Set<number>) => sql`(SELECT value FROM json_each(${JSON.stringify([...wanted])}))`;
  const named = (rows: { id: number; label: string }[]) =>
    Object.fromEntries(rows.map((r) => [r.id, r.label])) as Record<number, string>;
  const db = getDb();
  const partyRows =
    partyIds.size === 0
      ? []
      : db
          .select({ id: parties.id, label: parties.name })
          .from(parties)
          .where(inArray(parties.id, among(partyIds)))
          .all();
  const sourceRows =
    sourceIds.size === 0
      ? []
      : db
          .select({ id: sources.id, label: sources.title })
          .from(sources)
          .where(inArray(sources.id, among(sourceIds)))
          .all();
  return { parties: named(partyRows), sources: named(sourceRows) };
}

/** Editors who have made changes, for the history filter. */
export function listEditors(): { id: number; name: string }[] {
  return getDb().select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name)).all();
}
