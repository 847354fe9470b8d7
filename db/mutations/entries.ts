import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { isoNow } from '../iso-now';
import {
  aidPackages,
  citations,
  eventParties,
  events,
  parties,
  sanctions,
  sources,
  users,
  auditLog,
} from '../schema';
import { ENTITY_LABELS, type AuditedEntity } from '../../domain/vocabulary';
import { recordAudit } from './audit';
import { ConflictError, EntryNotFoundError, InvalidInputError } from './errors';

// What every editable entry shares: a version for optimistic concurrency, soft retirement,
// and a snapshot of its whole state (citations included) for the audit log.

const TABLES = {
  aid_package: aidPackages,
  sanction: sanctions,
  event: events,
  party: parties,
  source: sources,
} satisfies Record<AuditedEntity, unknown>;

// Prepared once per connection: every write snapshots its entry for the audit log, an
// import once per row, and building the query each time cost more than running it.
const statements = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  const id = sql.placeholder('id');
  const cited = (column: 'aidPackageId' | 'sanctionId' | 'eventId') =>
    db
      .select({ sourceId: citations.sourceId, quote: citations.quote })
      .from(citations)
      .where(eq(citations[column], id))
      .orderBy(asc(citations.id))
      .prepare();
  return {
    aid: db.select().from(aidPackages).where(eq(aidPackages.id, id)).prepare(),
    sanction: db.select().from(sanctions).where(eq(sanctions.id, id)).prepare(),
    event: db.select().from(events).where(eq(events.id, id)).prepare(),
    eventParties: db
      .select({ id: eventParties.partyId })
      .from(eventParties)
      .where(eq(eventParties.eventId, id))
      .orderBy(asc(eventParties.partyId))
      .prepare(),
    party: db.select().from(parties).where(eq(parties.id, id)).prepare(),
    source: db.select().from(sources).where(eq(sources.id, id)).prepare(),
    aidCitations: cited('aidPackageId'),
    sanctionCitations: cited('sanctionId'),
    eventCitations: cited('eventId'),
  };
}

/** The entry as the audit log records it; null when there is no such entry. */
export function snapshot(db: Db, entity: AuditedEntity, id: number): Record<string, unknown> | null {
  let q = statements.get(db);
  if (!q) {
    q = prepare(db);
    statements.set(db, q);
  }
  const by = { id };
  switch (entity) {
    case 'aid_package': {
      const row = q.aid.get(by);
      return row ? { ...row, citations: q.aidCitations.all(by) } : null;
    }
    case 'sanction': {
      const row = q.sanction.get(by);
      return row ? { ...row, citations: q.sanctionCitations.all(by) } : null;
    }
    case 'event': {
      const row = q.event.get(by);
      if (!row) return null;
      const partyIds = q.eventParties.all(by).map((p) => p.id);
      return { ...row, partyIds, citations: q.eventCitations.all(by) };
    }
    case 'party':
      return q.party.get(by) ?? null;
    case 'source':
      return q.source.get(by) ?? null;
  }
}

/**
 * Claims the next version of an entry, or refuses when the editor's copy is stale.
 * Call first in the transaction, before changing anything else.
 */
export function claimVersion(db: Db, entity: AuditedEntity, id: number, expectedVersion: number): void {
  const table = TABLES[entity];
  const claimed = db
    .update(table)
    .set({ version: sql`${table.version} + 1`, updatedAt: isoNow() })
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .run();
  if (claimed.changes === 1) return;
  const current = db
    .select({ version: table.version, updatedAt: table.updatedAt })
    .from(table)
    .where(eq(table.id, id))
    .get();
  if (!current) throw new EntryNotFoundError(ENTITY_LABELS[entity], id);
  const lastEditor = db
    .select({ name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entityType, entity), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  throw new ConflictError({ ...current, updatedBy: lastEditor?.name ?? null });
}

/** Retires (soft-deletes) or restores an entry, with its audit entry. */
export function setRetired(
  db: Db,
  entity: AuditedEntity,
  id: number,
  expectedVersion: number,
  userId: number,
  retire: boolean,
): void {
  const before = snapshot(db, entity, id);
  if (!before) throw new EntryNotFoundError(ENTITY_LABELS[entity], id);
  if (retire === (before.retiredAt !== null)) {
    throw new InvalidInputError({
      form: [`This ${ENTITY_LABELS[entity]} is already ${retire ? 'retired' : 'live'}.`],
    });
  }
  claimVersion(db, entity, id, expectedVersion);
  const table = TABLES[entity];
  db.update(table)
    .set({ retiredAt: retire ? isoNow() : null })
    .where(eq(table.id, id))
    .run();
  recordAudit(db, {
    userId,
    action: retire ? 'retire' : 'restore',
    entityType: entity,
    entityId: id,
    before,
    after: snapshot(db, entity, id),
  });
}
