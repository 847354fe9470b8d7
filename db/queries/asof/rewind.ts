import 'server-only';
import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type BetterSqlite3 from 'better-sqlite3';
import { getDb } from '../../index';
import { aidPackages, events, parties, sanctions, sources } from '../../schema';
import type { AuditedEntity } from '../../../domain/vocabulary';

// The tracker as it stood at the end of a day, read by the queries of today: inside a
// transaction that is always rolled back, the entries changed since are put back as the
// audit log recorded them before their first change, and those created since are retired.
// The rollup tables' triggers follow, so the totals, the cube counts and every tuned list
// plan read the past as they read the present, at a cost that grows with the entries
// changed since the day, not with the size of the tables (decision 011).

const TABLES = {
  aid_package: aidPackages,
  sanction: sanctions,
  event: events,
  party: parties,
  source: sources,
} satisfies Record<AuditedEntity, Table>;

/** Entries whose cited sources the audit snapshot holds, and their column in `citations`. */
const CITED: Partial<Record<AuditedEntity, string>> = {
  aid_package: 'aid_package_id',
  sanction: 'sanction_id',
  event: 'event_id',
};

/** The last instant of a day (UTC) as timestamp columns hold it; later instants compare greater. */
export const endOfDay = (asof: string) => `${asof}T23:59:59.999Z`;

/** How a read bounds itself: `dated` reads ask for aid and sanctions announced by the day only. */
export interface RewindScope {
  asof: string;
  /**
   * The read keeps to aid and sanctions announced by the day (`to` ≤ asof), so those announced
   * after it (all created after it: no entry is dated in the future) need not be retired.
   */
  dated: boolean;
}

/** The day the connection is rewound to while a read runs, so nested reads run as they are. */
let current: RewindScope | undefined;

export class AsOfBusyError extends Error {
  constructor() {
    super('The database is busy with a write, perhaps an import; ask again in a few seconds.');
    this.name = 'AsOfBusyError';
  }
}

/**
 * Runs `read` (synchronous) on the data as it stood at the end of `scope.asof`, then
 * restores today's. A read nested in another for the same day runs in it.
 */
export function readAsOf<T>(scope: RewindScope, read: () => T): T {
  if (current) {
    if (current.asof === scope.asof && (scope.dated || !current.dated)) return read();
    throw new Error(`A read as of ${scope.asof} inside one as of ${current.asof}`);
  }
  const client = getDb().$client;
  const nested = client.inTransaction;
  // The write lock is taken at once or not at all: waiting for it would hold up every
  // request of this synchronous process (an import elsewhere holds it for minutes).
  const timeout = client.pragma('busy_timeout', { simple: true }) as number;
  client.pragma('busy_timeout = 0');
  try {
    client.exec(nested ? 'SAVEPOINT asof' : 'BEGIN IMMEDIATE');
  } catch (error) {
    throw (error as { code?: string }).code?.startsWith('SQLITE_BUSY') ? new AsOfBusyError() : error;
  } finally {
    client.pragma(`busy_timeout = ${timeout}`);
  }
  current = scope;
  try {
    rewind(client, scope);
    const result = read();
    if (result instanceof Promise) throw new Error('readAsOf takes a synchronous read');
    return result;
  } finally {
    current = undefined;
    client.exec(nested ? 'ROLLBACK TO asof; RELEASE asof' : 'ROLLBACK');
  }
}

interface Change {
  entityType: AuditedEntity;
  entityId: number;
  before: string | null;
}

function rewind(client: BetterSqlite3.Database, { asof, dated }: RewindScope): void {
  const end = endOfDay(asof);
  // Entries the audit log says changed after the day: each as its first change since found it.
  const changes = client
    .prepare(
      `SELECT entity_type AS entityType, entity_id AS entityId, before FROM audit_log
       WHERE id IN (SELECT min(id) FROM audit_log WHERE at > ? GROUP BY entity_type, entity_id)`,
    )
    .all(end) as Change[];
  for (const change of changes) restore(client, change, end, dated ? asof : undefined);
  // Rows written by the loaders (reference data, synthetic files) have no audit entry: those
  // created after the day are found by their times. Every change since moves updated_at, so
  // the updated_at index holds them all among its newest (and an entry put back above
  // holds its times of then).
  for (const table of ['aid_packages', 'sanctions'] as const) {
    client
      .prepare(
        `UPDATE ${table} SET retired_at = ? WHERE id IN (SELECT id FROM ${table} INDEXED BY ${table === 'aid_packages' ? 'aid_updated_idx' : 'sanctions_updated_idx'}
         WHERE updated_at > ? AND created_at > ? AND retired_at IS NULL ${dated ? 'AND announced_on <= ?' : ''})`,
      )
      .run(...[end, end, end, ...(dated ? [asof] : [])]);
  }
  // The others are small: read whole.
  for (const table of ['events', 'parties', 'sources']) {
    client
      .prepare(`UPDATE ${table} SET retired_at = ? WHERE created_at > ? AND retired_at IS NULL`)
      .run(end, end);
  }
}

/** Puts one entry back as `before` holds it, or retires it when it did not exist yet. */
function restore(
  client: BetterSqlite3.Database,
  { entityType, entityId, before }: Change,
  end: string,
  announcedBy: string | undefined,
): void {
  const table = TABLES[entityType];
  const name = getTableName(table);
  if (before === null) {
    // A dated read leaves out aid and sanctions announced after the day by itself.
    const dated = announcedBy !== undefined && (entityType === 'aid_package' || entityType === 'sanction');
    client
      .prepare(
        `UPDATE ${name} SET retired_at = ? WHERE id = ? AND retired_at IS NULL ${dated ? 'AND announced_on <= ?' : ''}`,
      )
      .run(...[end, entityId, ...(dated ? [announcedBy] : [])]);
    return;
  }
  const snapshot = JSON.parse(before) as Record<string, unknown>;
  // Columns the snapshot holds; one added to the schema after it keeps today's value. When
  // an entry was created never changes: the row's own time decides whether it existed.
  const set = Object.entries(getTableColumns(table)).filter(
    ([key]) => key !== 'id' && key !== 'createdAt' && key in snapshot,
  );
  // OR IGNORE: a value another entry has taken since (a slug, a list's id) leaves this one as it is.
  client
    .prepare(
      `UPDATE OR IGNORE ${name} SET ${set.map(([, column]) => `${column.name} = ?`).join(', ')} WHERE id = ?`,
    )
    .run(...set.map(([key]) => sqlValue(snapshot[key])), entityId);
  const cited = CITED[entityType];
  if (cited && Array.isArray(snapshot.citations)) {
    client.prepare(`DELETE FROM citations WHERE ${cited} = ?`).run(entityId);
    const insert = client.prepare(`INSERT INTO citations (${cited}, source_id, quote) VALUES (?, ?, ?)`);
    for (const c of snapshot.citations as { sourceId: number; quote: string }[])
      insert.run(entityId, c.sourceId, c.quote);
  }
  if (entityType === 'event' && Array.isArray(snapshot.partyIds)) {
    client.prepare('DELETE FROM event_parties WHERE event_id = ?').run(entityId);
    const insert = client.prepare('INSERT INTO event_parties (event_id, party_id) VALUES (?, ?)');
    for (const partyId of snapshot.partyIds as number[]) insert.run(entityId, partyId);
  }
}

const sqlValue = (value: unknown) =>
  typeof value === 'boolean'
    ? Number(value)
    : value !== null && typeof value === 'object'
      ? JSON.stringify(value)
      : (value ?? null);
