import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../../index';
import type { AuditAction, AuditedEntity, ImportFormat } from '../../../domain/vocabulary';
import {
  encodeChangeCursor,
  ENTITY_OF_KIND,
  type ChangeAction,
  type ChangeCursor,
  type ChangeKind,
} from '../../../domain/changes';
import {
  changeAction,
  entryTitle,
  fieldChanges,
  KIND_OF_ENTITY,
  permalink,
  type FieldChange,
} from './field-changes';
import { partyEntries, partyEntryCount, partyTest, WALK_ABOVE } from './party-changes';

export type { FieldChange };
export { WALK_ABOVE };

export interface ChangeFilter {
  kind?: ChangeKind;
  /** Changes to the party itself and to the entries it is a side of (now). */
  partyId?: number;
  /** Days, inclusive (UTC). */
  since?: string;
  until?: string;
  /** Changes older than this one. */
  after?: ChangeCursor;
}

/** One change as the public sees it: never who made it. */
export interface PublicChange {
  /** The audit entry's id: stable, so feeds can name the change. */
  id: number;
  at: string;
  action: ChangeAction;
  kind: ChangeKind;
  entryId: number;
  title: string;
  /** Path of the entry's public page. */
  permalink: string;
  fields: FieldChange[];
  /** The import the change came from, if any. */
  import: { batchId: number; format: ImportFormat } | null;
}

export interface ChangePage {
  changes: PublicChange[];
  /** Cursor for the next (older) page; null on the last. */
  next: string | null;
}

interface Row {
  id: number;
  at: string;
  action: AuditAction;
  entityType: AuditedEntity;
  entityId: number;
  before: string | null;
  after: string | null;
  batchId: number | null;
  format: ImportFormat | null;
}

/**
 * Changes newest first, a page at a time (keyset on the audit log's time and id).
 * A whole `sql` template: the party filter is a compound of per-index reads the builder
 * cannot write, and the kind and time filters must stay on the (entity_type, at) index.
 */
export function listChanges(filter: ChangeFilter, limit: number): ChangePage {
  const rows = getDb().all<Row>(changesSql(filter, limit + 1));
  const more = rows.length > limit;
  const changes = rows.slice(0, limit).map(toPublic);
  const last = changes.at(-1);
  return { changes, next: more && last ? encodeChangeCursor({ at: last.at, id: last.id }) : null };
}

/** The statement behind `listChanges` (exported for the test of its plan). */
export function changesSql(filter: ChangeFilter, limit: number): SQL {
  if (filter.partyId !== undefined && partyEntryCount(filter.partyId, filter.kind) > WALK_ABOVE)
    return walkSql(filter, limit);
  const conditions = timeConditions(filter);
  if (filter.kind && filter.partyId === undefined)
    conditions.unshift(sql`a.entity_type = ${ENTITY_OF_KIND[filter.kind]}`);
  const where = conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const party = filter.partyId;
  const entries = party === undefined ? sql`` : sql`WITH e(t, id) AS (${partyEntries(party, filter.kind)})`;
  const from =
    party === undefined
      ? sql`audit_log a`
      : sql`e CROSS JOIN audit_log a ON a.entity_type = e.t AND a.entity_id = e.id`;
  return sql`
    ${entries}
    SELECT a.id, a.at, a.action, a.entity_type AS entityType, a.entity_id AS entityId,
           a.before, a.after, a.batch_id AS batchId, b.format
    FROM ${from}
    LEFT JOIN import_batches b ON b.id = a.batch_id
    ${where}
    ORDER BY a.at DESC, a.id DESC
    LIMIT ${limit}`;
}

/**
 * The log walked newest first, each change tested for the party. Named index: left to
 * itself, SQLite reads every change of the kinds the test names and sorts them.
 */
function walkSql(filter: ChangeFilter, limit: number): SQL {
  const conditions = timeConditions(filter);
  if (filter.kind) conditions.unshift(sql`a.entity_type = ${ENTITY_OF_KIND[filter.kind]}`);
  conditions.push(partyTest(filter.partyId ?? 0, filter.kind));
  return sql`
    SELECT a.id, a.at, a.action, a.entity_type AS entityType, a.entity_id AS entityId,
           a.before, a.after, a.batch_id AS batchId, b.format
    FROM audit_log a INDEXED BY ${sql.raw(filter.kind ? 'audit_type_at_idx' : 'audit_at_idx')}
    LEFT JOIN import_batches b ON b.id = a.batch_id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY a.at DESC, a.id DESC
    LIMIT ${limit}`;
}

function timeConditions(filter: ChangeFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.since) conditions.push(sql`a.at >= ${filter.since}`);
  // `until` is a day: all of it.
  if (filter.until) conditions.push(sql`a.at < date(${filter.until}, '+1 day')`);
  if (filter.after) conditions.push(sql`(a.at, a.id) < (${filter.after.at}, ${filter.after.id})`);
  return conditions;
}

const parse = (json: string | null): Record<string, unknown> | null => {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
};

function toPublic(row: Row): PublicChange {
  const before = parse(row.before);
  const after = parse(row.after);
  return {
    id: row.id,
    at: row.at,
    action: changeAction(row.action, row.entityType, before, after),
    kind: KIND_OF_ENTITY[row.entityType],
    entryId: row.entityId,
    title: entryTitle(row.entityId, before, after),
    permalink: permalink(row.entityType, row.entityId, after ?? before),
    fields: fieldChanges(row.action, before, after),
    import: row.batchId !== null && row.format ? { batchId: row.batchId, format: row.format } : null,
  };
}
