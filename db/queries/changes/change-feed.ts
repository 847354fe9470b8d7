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

export type { FieldChange };

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

// The entries a party is a side of, each arm read off its own index: the live ones off
// the partial side indexes, the retired few off the retired-rows index (the side indexes
// leave them out), an event's parties off event_parties. Disjoint arms, so UNION ALL.
function partyEntries(partyId: number, kind: ChangeKind | undefined): SQL {
  const arms: SQL[] = [];
  const wants = (k: ChangeKind) => kind === undefined || kind === k;
  const sides = (entity: string, table: string, retired: string, a: string, b: string) => [
    sql`SELECT ${entity}, id FROM ${sql.raw(table)} WHERE ${sql.raw(a)} = ${partyId} AND retired_at IS NULL`,
    sql`SELECT ${entity}, id FROM ${sql.raw(table)} WHERE ${sql.raw(b)} = ${partyId} AND retired_at IS NULL`,
    sql`SELECT ${entity}, id FROM ${sql.raw(table)} INDEXED BY ${sql.raw(retired)}
        WHERE retired_at IS NOT NULL AND (${sql.raw(a)} = ${partyId} OR ${sql.raw(b)} = ${partyId})`,
  ];
  if (wants('aid'))
    arms.push(...sides('aid_package', 'aid_packages', 'aid_retired_updated_idx', 'donor_id', 'recipient_id'));
  if (wants('sanctions'))
    arms.push(...sides('sanction', 'sanctions', 'sanctions_retired_updated_idx', 'imposing_id', 'target_id'));
  if (wants('events'))
    arms.push(sql`SELECT 'event', event_id FROM event_parties WHERE party_id = ${partyId}`);
  if (wants('parties')) arms.push(sql`SELECT 'party', ${partyId}`);
  if (arms.length === 0) arms.push(sql`SELECT NULL, NULL WHERE 0`);
  return sql.join(arms, sql` UNION ALL `);
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

// The entries a party is a side of, as a test on one audit entry: for the walk along the
// log by time, when the party has so many entries that gathering and sorting all their
// changes would cost more than passing over the others' changes.
function partyTest(partyId: number, kind: ChangeKind | undefined): SQL {
  const wants = (k: ChangeKind) => kind === undefined || kind === k;
  const tests: SQL[] = [];
  if (wants('aid'))
    tests.push(sql`(a.entity_type = 'aid_package' AND EXISTS (SELECT 1 FROM aid_packages x
      WHERE x.id = a.entity_id AND (x.donor_id = ${partyId} OR x.recipient_id = ${partyId})))`);
  if (wants('sanctions'))
    tests.push(sql`(a.entity_type = 'sanction' AND EXISTS (SELECT 1 FROM sanctions x
      WHERE x.id = a.entity_id AND (x.imposing_id = ${partyId} OR x.target_id = ${partyId})))`);
  if (wants('events'))
    tests.push(sql`(a.entity_type = 'event' AND EXISTS (SELECT 1 FROM event_parties x
      WHERE x.event_id = a.entity_id AND x.party_id = ${partyId}))`);
  if (wants('parties')) tests.push(sql`(a.entity_type = 'party' AND a.entity_id = ${partyId})`);
  return tests.length ? sql`(${sql.join(tests, sql` OR `)})` : sql`0`;
}

/** Above this many live entries, a party's changes are found by walking the log (see partyTest). */
export const WALK_ABOVE = 2_000;

/** How many live entries a party is a side of, counted off the side indexes. */
function partyEntryCount(partyId: number, kind: ChangeKind | undefined): number {
  const wants = (k: ChangeKind) => kind === undefined || kind === k;
  const counts: SQL[] = [sql`0`];
  if (wants('aid'))
    counts.push(
      sql`(SELECT count(*) FROM aid_packages WHERE donor_id = ${partyId} AND retired_at IS NULL)`,
      sql`(SELECT count(*) FROM aid_packages WHERE recipient_id = ${partyId} AND retired_at IS NULL)`,
    );
  if (wants('sanctions'))
    counts.push(
      sql`(SELECT count(*) FROM sanctions WHERE imposing_id = ${partyId} AND retired_at IS NULL)`,
      sql`(SELECT count(*) FROM sanctions WHERE target_id = ${partyId} AND retired_at IS NULL)`,
    );
  if (wants('events')) counts.push(sql`(SELECT count(*) FROM event_parties WHERE party_id = ${partyId})`);
  return getDb().get<{ n: number }>(sql`SELECT ${sql.join(counts, sql` + `)} AS n`)?.n ?? 0;
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
